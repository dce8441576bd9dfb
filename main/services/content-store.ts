import type { Db } from '../db/open';
import type { Content, Territory, Theme } from '../content/schema';
import { putStructures, refreshIntervals } from './structure-store';
import { reapplyStaffEdits } from './staff/structure-edits';
import { installLocalPlaces } from './local-places';
import { readSettings } from './settings';

export interface InstallResult {
  installed: boolean;
  contentVersion: string;
}

/**
 * Puts validated content into the database when its version differs from the one installed.
 * The replacement is one transaction: readers see the old content or the new, never a mix.
 * Structures' open intervals are computed from `now` (the local day in each territory) in it too.
 */
export function installContent(db: Db, content: Content, now: Date = new Date()): InstallResult {
  const version = content.manifest.contentVersion;
  if (installedContentVersion(db) === version) return { installed: false, contentVersion: version };
  db.transaction(() => {
    db.exec('DELETE FROM themes; DELETE FROM territories;');
    const putTerritory = db.prepare('INSERT INTO territories (id, name, timezone, data) VALUES (?, ?, ?, ?)');
    for (const t of content.territories) putTerritory.run(t.id, t.name, t.timezone, JSON.stringify(t));
    const putTheme = db.prepare('INSERT INTO themes (id, position, pictogram, data) VALUES (?, ?, ?, ?)');
    content.themes.forEach((t, i) => putTheme.run(t.id, i, t.pictogram, JSON.stringify(t)));
    putStructures(db, content.structures, content.placePhrases);
    // The places staff added (here, or on another kiosk and carried by the pack) come back after them.
    installLocalPlaces(db, content.localPlaces);
    // Staff edits of hours and closures outlive a re-install unless the new content changed that field.
    reapplyStaffEdits(db, now);
    // Only the kiosk's own territory now; any other is computed when first read (ensureFreshIntervals).
    refreshIntervals(db, [configuredTerritory(db, content.manifest.defaultTerritory)], now);
    const putMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    putMeta.run('content_version', version);
    putMeta.run('content_date', content.manifest.date);
    putMeta.run('default_territory', content.manifest.defaultTerritory);
  })();
  return { installed: true, contentVersion: version };
}

export function installedContentVersion(db: Db): string | null {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'content_version'").get() as { value: string } | undefined;
  return row?.value ?? null;
}

export function metaValue(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function listThemes(db: Db): Theme[] {
  const rows = db.prepare('SELECT data FROM themes ORDER BY position').all() as { data: string }[];
  return rows.map((r) => JSON.parse(r.data) as Theme);
}

export function listTerritories(db: Db): Territory[] {
  const rows = db.prepare('SELECT data FROM territories ORDER BY id').all() as { data: string }[];
  return rows.map((r) => JSON.parse(r.data) as Territory);
}

/**
 * The configured territory, the one rule for it: the settings' choice, else the content's default (`defaultId`:
 * the installed content's, unless given while installing), else the first one installed.
 */
export function configuredTerritory(db: Db, defaultId = metaValue(db, 'default_territory')): Territory {
  const id = readSettings(db).territory ?? defaultId;
  const all = listTerritories(db);
  const territory = all.find((t) => t.id === id) ?? all[0];
  if (!territory) throw new Error('no territory is installed');
  return territory;
}
