import { join } from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { schemaVersion } from '../db/migrate';
import { loadContent } from '../content/load';
import { listTerritories, listThemes, metaValue } from './content-store';
import { contentDirFor, readContentState, syncContent } from './packs/active-content';
import { readSettings } from './settings';
import { supportedLocales } from '../../common/locales';

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
  close(): void;
}

/** Opens the database, installs the content if its version changed, and returns the service context. */
export function openKiosk(given: KioskPaths, clock: () => Date = () => new Date()): Kiosk {
  // A content pack imported by staff (see services/packs) replaces the bundled content until restored.
  const bundledContentDir = given.bundledContentDir ?? given.contentDir;
  const source = readContentState(given.dataDir).current;
  const paths = { ...given, bundledContentDir, contentDir: contentDirFor(bundledContentDir, given.dataDir, source) };
  const content = loadContent(paths.contentDir);
  const db = openDatabase(join(paths.dataDir, 'repere.sqlite'));
  try {
    syncContent(db, content, source, clock());
  } catch (err) {
    db.close();
    throw err;
  }
  return { db, paths, clock, close: () => db.close() };
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
    territory: settings.territory ?? metaValue(kiosk.db, 'default_territory') ?? '',
    languages: settings.languages,
    idleTimeoutSeconds: settings.idleTimeoutSeconds,
    speechRate: settings.speechRate,
    volume: settings.volume,
    fallbackVoices: settings.fallbackVoices ?? {},
    exploreFirst: settings.exploreFirst ?? false,
  };
}

export { listThemes };
