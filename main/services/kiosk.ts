import { join } from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { schemaVersion } from '../db/migrate';
import { loadContent } from '../content/load';
import { installContent, listTerritories, listThemes, metaValue } from './content-store';
import { readSettings, supportedLocales } from './settings';

export interface KioskPaths {
  /** Folder holding the editable content (data/ in the repository, a resource in the installed app). */
  contentDir: string;
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
export function openKiosk(paths: KioskPaths, clock: () => Date = () => new Date()): Kiosk {
  const content = loadContent(paths.contentDir);
  const db = openDatabase(join(paths.dataDir, 'repere.sqlite'));
  try {
    installContent(db, content);
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
  };
}

export { listThemes };
