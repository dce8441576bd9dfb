import type { Kiosk } from '../kiosk';
import { metaValue } from '../content-store';
import { importPack, type ImportResult } from './import';
import { validatePack } from './validate-pack';
import type { TrustOptions } from './validate';
import { compareContentVersions } from './versions';

export { compareContentVersions };

export type ImportIfNewerResult = ImportResult | { ok: true; skipped: true; contentVersion: string };

/**
 * For the machine config's `contentPack`, checked at each start: imported only when its content version is
 * newer than the active one, so restarting never re-imports, and restore-backup is not undone by it. The
 * first look spares a start the import's copy; the import itself decides again under the content lock.
 */
export async function importPackIfNewer(
  kiosk: Kiosk,
  source: string,
  options: TrustOptions = {},
): Promise<ImportIfNewerResult> {
  const installed = metaValue(kiosk.db, 'content_version') ?? '';
  const check = await validatePack(source, options);
  if (!check.ok) return check;
  if (compareContentVersions(check.manifest.contentVersion, installed) <= 0)
    return { ok: true, skipped: true, contentVersion: installed };
  const result = await importPack(kiosk, source, options);
  return !result.ok && result.downgrade
    ? { ok: true, skipped: true, contentVersion: result.downgrade.installed }
    : result;
}
