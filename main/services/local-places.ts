import type { Db } from '../db/open';
import { localPlaceSchema, localPlaceStructure, type LocalPlace } from '../content/local-place-schema';
import { putStructure } from './structure-store';

/**
 * Places staff added (local_places): rows of origin 'kiosk' were added or edited on this kiosk, rows of origin
 * 'pack' came with the active content (a pack's local-places.json). A kiosk row wins over a pack row with the
 * same id. The structures table shows the winner of each id, like any content structure.
 */
export type LocalOrigin = 'kiosk' | 'pack';

/** The stored form: schema order of keys, so equal places are equal strings (the change log compares them). */
export const encodeLocalPlace = (p: LocalPlace): string => JSON.stringify(localPlaceSchema.parse(p));

export function localPlaceRow(db: Db, id: string, origin: LocalOrigin): LocalPlace | null {
  const data = db.prepare('SELECT data FROM local_places WHERE id = ? AND origin = ?').pluck().get(id, origin) as
    string | undefined;
  return data === undefined ? null : (JSON.parse(data) as LocalPlace);
}

/** Each id's winning row (kiosk before pack), with its origin, in the order they were added. */
export function listLocalPlaces(db: Db): { place: LocalPlace; origin: LocalOrigin }[] {
  const rows = db
    .prepare(
      `SELECT data, origin FROM local_places l WHERE origin = 'kiosk'
         OR NOT EXISTS (SELECT 1 FROM local_places k WHERE k.id = l.id AND k.origin = 'kiosk')
       ORDER BY json_extract(data, '$.addedOn'), id`,
    )
    .all() as { data: string; origin: LocalOrigin }[];
  return rows.map((r) => ({ place: JSON.parse(r.data) as LocalPlace, origin: r.origin }));
}

/** Puts the winning row of `id` into the structures table, or takes it out when neither row exists. */
export function showLocalPlace(db: Db, id: string): void {
  const place = localPlaceRow(db, id, 'kiosk') ?? localPlaceRow(db, id, 'pack');
  putStructure(db, id, place && localPlaceStructure(place));
}

/** Writes (or, with null, removes) this kiosk's row of a place and shows the result. */
export function writeKioskPlace(db: Db, id: string, place: LocalPlace | null): void {
  if (place === null) db.prepare("DELETE FROM local_places WHERE id = ? AND origin = 'kiosk'").run(id);
  else
    db.prepare(
      `INSERT INTO local_places (id, origin, territory, data) VALUES (?, 'kiosk', ?, ?)
       ON CONFLICT (id, origin) DO UPDATE SET territory = excluded.territory, data = excluded.data`,
    ).run(id, place.territory, encodeLocalPlace(place));
  showLocalPlace(db, id);
}

/**
 * Runs in installContent's transaction, after the content's structures are in: the pack rows become the new
 * content's places, and every place (this kiosk's too) is shown again. A place whose territory the content
 * lacks stays stored but unshown; an id the content now uses for its own structure is left to the content.
 */
export function installLocalPlaces(db: Db, packPlaces: LocalPlace[]): void {
  db.prepare("DELETE FROM local_places WHERE origin = 'pack'").run();
  const put = db.prepare("INSERT INTO local_places (id, origin, territory, data) VALUES (?, 'pack', ?, ?)");
  for (const p of packPlaces) put.run(p.id, p.territory, encodeLocalPlace(p));
  const known = new Set(db.prepare('SELECT id FROM territories').pluck().all() as string[]);
  const taken = db.prepare('SELECT 1 FROM structures WHERE id = ?');
  for (const { place } of listLocalPlaces(db))
    if (known.has(place.territory) && !taken.get(place.id)) showLocalPlace(db, place.id);
}
