/**
 * A Multisites row's comment that names one commune per weekday, whole days only: "Lundi, mardi: Ploumagoar /
 * Jeudi: Pabu / Vendredi: Plouisy", "Lundi : Quillan- Mardi : Axat- …", "Lundi, mardi, mercredi à Plélan-le-Grand
 * _ Jeudi, vendredi à Bréal-sous-Montfort". The whole comment must be such a list: a half day (matin,
 * après-midi), an address, a phone number, a building or any other word leaves the row without day sites (it
 * keeps "moves between several places"). A day named twice is refused too.
 */
export type DaySites = Partial<Record<'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa', string>>;

const dayCodes: Record<string, keyof DaySites> = {
  lundi: 'Mo',
  mardi: 'Tu',
  mercredi: 'We',
  jeudi: 'Th',
  vendredi: 'Fr',
  samedi: 'Sa',
};
const day = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)s?';
const days = `(?:les? )?${day}(?:\\s*(?:,|et)\\s*${day})*`;
/**
 * A commune: words of letters, hyphens and apostrophes ending in a letter, none a day or "et" (Plélan-le-Grand,
 * Sierck-les-Bains, L'Orbrie); "Quillan- Mardi" ends at "Quillan".
 */
const word = "[\\p{L}'’-]*\\p{L}";
const commune = `\\p{Lu}(?:${word})?(?: (?!${day}\\b|et\\b)${word})*`;
const segment = new RegExp(`(${days})\\s*(?::|à|au)\\s*(${commune})\\s*(?:[/_;]|-\\s|$|(?=${day}\\b))\\s*`, 'iuy');
/** Words that are not part of a commune's name: a half day, a building, an appointment. */
const notCommune =
  /\b(?:matin|apr[eè]s[- ]midi|journ[ée]e|mairie|centre|espace|maison|p[ôo]le|site|salle|permanences?|rdv|rendez|sur|ferm[ée]e?|uniquement|accueil|semaines?)\b/iu;

/** The day sites a comment names, or null when it is not wholly such a list. */
export function readDaySites(comment: string): DaySites | null {
  const text = comment.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const sites: DaySites = {};
  segment.lastIndex = 0;
  while (segment.lastIndex < text.length) {
    const at = segment.lastIndex;
    const m = segment.exec(text);
    if (!m || m.index !== at) return null;
    const place = m[2]!.trim();
    if (notCommune.test(place) || new RegExp(`\\b${day}\\b`, 'iu').test(place)) return null;
    for (const word of m[1]!.toLowerCase().match(new RegExp(day, 'giu')) ?? []) {
      const code = dayCodes[word.replace(/s$/, '')]!;
      if (sites[code] !== undefined) return null;
      sites[code] = place;
    }
  }
  return Object.keys(sites).length > 0 ? sites : null;
}
