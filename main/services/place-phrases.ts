import type { Db } from '../db/open';

/** A structure-facing phrase in `lang`, else the French source (every locale is checked at load). */
export function placePhrase(db: Db, lang: string, id: string): string {
  const row = db
    .prepare("SELECT text FROM place_phrases WHERE id = ? AND lang IN (?, 'fr') ORDER BY lang = 'fr' LIMIT 1")
    .get(id, lang) as { text: string } | undefined;
  return row?.text ?? id;
}
