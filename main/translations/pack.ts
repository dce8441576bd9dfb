import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPack } from '../services/packs/export';
import type { PackManifest } from '../services/packs/rules';
import type { Kiosk } from '../services/kiosk';
import { supportedLocales } from '../../common/locales';
import { readKioskReviews } from '../texts/kiosk-reviews';
import { mergeReviewsIntoContent } from './merge';
import { refreshStatusFiles } from './refresh';

/** The next content version after `current` on `day` (YYYY.MM.DD-N), so kiosks take the pack as newer. */
export function nextContentVersion(current: string, day: Date): string {
  const today = day.toISOString().slice(0, 10).replace(/-/g, '.');
  const [date, n] = current.split('-');
  return date === today ? `${today}-${Number(n) + 1}` : `${today}-1`;
}

/**
 * A content pack of the active content with this kiosk's reviews written in (texts and per-string status), under
 * a new content version: imported on other kiosks (CLI, staff screen or a fleet's `contentPack`) like any pack.
 */
export async function exportReviewedPack(kiosk: Kiosk, file: string): Promise<PackManifest> {
  const staging = mkdtempSync(join(kiosk.paths.dataDir, '.reviewed-pack-'));
  try {
    const contentDir = join(staging, 'content');
    cpSync(kiosk.paths.contentDir, contentDir, { recursive: true });
    for (const lang of supportedLocales) {
      const reviews = readKioskReviews(kiosk.paths.dataDir, lang);
      if (Object.keys(reviews).length > 0) mergeReviewsIntoContent(contentDir, lang, reviews);
    }
    refreshStatusFiles({ contentDir }, supportedLocales, join(staging, 'ui-summary.json'));
    const manifestFile = join(contentDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { contentVersion: string; date: string };
    manifest.contentVersion = nextContentVersion(manifest.contentVersion, kiosk.clock());
    manifest.date = kiosk.clock().toISOString().slice(0, 10);
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
    return await exportPack({ ...kiosk, paths: { ...kiosk.paths, contentDir } }, file);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
