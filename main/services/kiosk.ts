import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { openCheckedDatabase, type StartupNotice } from '../db/recover';
import { schemaVersion } from '../db/migrate';
import { loadContent } from '../content/load';
import type { Content, Territory } from '../content/schema';
import { configuredTerritory, listTerritories, listThemes, metaValue } from './content-store';
import { contentDirFor, contentRoot, readContentState, stateFileName, syncContent } from './packs/active-content';
import { removeLeftovers, resolveContentState, startUnderContentLock } from './packs/startup';
import { readSettings } from './settings';
import { writeWaitingCounts } from './staff/stats';
import { effectiveBridges } from './bridge-languages';
import { supportedLocales } from '../../common/locales';
import { applyKioskReviews, kioskReviewsStamp, withReviewedPhrases } from './translation-reviews';

export interface KioskPaths {
  /** Folder holding the ACTIVE content: the bundled one, or an imported pack's copy under the data dir. */
  contentDir: string;
  /** The content shipped with the app (data/ in the repository, a read-only resource once installed). */
  bundledContentDir?: string;
  /** Folder for the database; ':memory:' is not accepted, tests give a temp dir. */
  dataDir: string;
}

export interface Kiosk {
  db: Db;
  paths: KioskPaths;
  clock: () => Date;
  /** The validated content now active (read again when a pack import or a restore switches its folder). */
  content(): Content;
  /**
   * Switches to the content in `dir`, already loaded and checked (by the content worker, for an import or a
   * restore): served from now on without reading its files again on this thread.
   */
  useContent(dir: string, content: Content): void;
  /** The configured territory: the settings' choice, else the content's default, else the first one. */
  territory(): Territory;
  /** That territory's IANA time zone: what "today", opening hours and the counters' days are measured in. */
  timeZone(): string;
  /** What the start had to repair or work around (damaged state.json, database kept aside): for log, IT, staff. */
  notices: StartupNotice[];
  close(): void;
}

/** A file-name-safe stamp of the start time, for files kept aside. */
export const asideStamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

const stateStamps = new WeakMap<KioskPaths, string>();

/** Points `paths.contentDir` at the copy state.json names whenever that file changed (its inode and mtime). */
function followContentState(paths: Required<KioskPaths>): void {
  let stamp: string;
  try {
    const s = statSync(join(contentRoot(paths.dataDir), stateFileName));
    stamp = `${s.ino}:${s.mtimeMs}`;
  } catch {
    stamp = 'none';
  }
  if (stateStamps.get(paths) === stamp) return;
  try {
    paths.contentDir = contentDirFor(paths.bundledContentDir, paths.dataDir, readContentState(paths.dataDir).current);
    stateStamps.set(paths, stamp);
  } catch {
    // Damaged since the start: keep the content this kiosk runs on; the next start repairs and says so.
  }
}

/** Opens the database, installs the content if its version changed, and returns the service context. */
export function openKiosk(given: KioskPaths, clock: () => Date = () => new Date()): Kiosk {
  // A content pack imported by staff (see services/packs) replaces the bundled content until restored.
  const bundledContentDir = given.bundledContentDir ?? given.contentDir;
  const opened = openCheckedDatabase(join(given.dataDir, 'repere.sqlite'), asideStamp(clock()));
  const db = opened.db;
  let started;
  try {
    started = startUnderContentLock(given.dataDir, () => {
      const { state, notices } = resolveContentState(given.dataDir, asideStamp(clock()));
      removeLeftovers(given.dataDir, state);
      const contentDir = contentDirFor(bundledContentDir, given.dataDir, state.current);
      const content = loadContent(contentDir);
      syncContent(db, content, state.current, clock());
      return { notices, contentDir, content };
    });
  } catch (err) {
    db.close();
    throw err;
  }
  const { notices, content } = started;
  if (opened.notice) notices.push(opened.notice);
  const paths = { ...given, bundledContentDir, contentDir: started.contentDir };
  let raw = { dir: paths.contentDir, content };
  let reviewed: { raw: Content; reviews: string; content: Content } | null = null;
  const kiosk: Kiosk = {
    db,
    paths,
    clock,
    notices,
    content() {
      // Another process (the CLI) may have switched the content: state.json names the folder to read.
      followContentState(paths);
      // Read again when a pack import or restore switches the folder, or a review is written on this kiosk.
      if (raw.dir !== paths.contentDir) raw = { dir: paths.contentDir, content: loadContent(paths.contentDir) };
      const reviews = kioskReviewsStamp(paths.dataDir);
      if (reviewed?.raw !== raw.content || reviewed.reviews !== reviews)
        reviewed = { raw: raw.content, reviews, content: withReviewedPhrases(kiosk, raw.content) };
      return reviewed.content;
    },
    useContent(dir, content) {
      paths.contentDir = dir;
      raw = { dir, content };
    },
    territory: () => configuredTerritory(db),
    timeZone: () => configuredTerritory(db).timezone,
    close() {
      // Counts kept in memory while another connection was writing (services/staff/stats.ts) are written now,
      // unless the database cannot take them (a full disk): closing never fails for them.
      try {
        writeWaitingCounts(db, true);
      } catch {
        // lost: a few anonymous counts
      }
      db.close();
    },
  };
  applyKioskReviews(kiosk);
  return kiosk;
}

export interface KioskInfo {
  contentVersion: string | null;
  contentDate: string | null;
  territories: { id: string; name: string; timezone: string }[];
  locales: string[];
  schemaVersion: number;
}

export function kioskInfo(kiosk: Kiosk): KioskInfo {
  return {
    contentVersion: metaValue(kiosk.db, 'content_version'),
    contentDate: metaValue(kiosk.db, 'content_date'),
    territories: listTerritories(kiosk.db).map(({ id, name, timezone }) => ({ id, name, timezone })),
    locales: [...supportedLocales],
    schemaVersion: schemaVersion(kiosk.db),
  };
}

export function kioskConfig(kiosk: Kiosk) {
  const settings = readSettings(kiosk.db);
  return {
    contentVersion: metaValue(kiosk.db, 'content_version') ?? '',
    territory: kiosk.territory().id,
    timezone: kiosk.timeZone(),
    languages: settings.languages,
    idleTimeoutSeconds: settings.idleTimeoutSeconds,
    speechRate: settings.speechRate,
    volume: settings.volume,
    fallbackVoices: settings.fallbackVoices ?? {},
    bridgeLanguages: effectiveBridges(settings.bridgeLanguages),
    // On unless IT turns it off: a visitor who cannot read hears a control before it acts (issue 15).
    exploreFirst: settings.exploreFirst ?? true,
  };
}

export { listThemes };
