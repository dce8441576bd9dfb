import { formatRanges, toOpeningHours, weekdayCodes, type Range } from './hours-cells';

/**
 * The national list's comments that limit a weekday to some weeks ("Ouvert le premier samedi du mois de 9h à
 * 12h", "1er et 3ème lundi du mois", "Fermeture chaque 1er mardi matin du mois", "ouverture le samedi en semaine
 * impaire"). The common whole-comment forms become opening_hours rules (Sa[1], Mo[1,3], Tu[1] afternoon only,
 * week 01-53/2); any other comment that changes the hours by week is only detected: its row gets no live state.
 */
export type WeekRuleReading =
  { kind: 'none' } | { kind: 'converted'; hours: string; rule: string } | { kind: 'varies'; why: string };

const dayWords: Record<string, number> = { lundi: 0, mardi: 1, mercredi: 2, jeudi: 3, vendredi: 4, samedi: 5 };
const nthWords: Record<string, number> = {
  '1er': 1,
  '1ere': 1,
  premier: 1,
  '2e': 2,
  '2eme': 2,
  deuxieme: 2,
  '3e': 3,
  '3eme': 3,
  troisieme: 3,
  '4e': 4,
  '4eme': 4,
  quatrieme: 4,
  dernier: -1,
};
const day = '(lundi|mardi|mercredi|jeudi|vendredi|samedi)s?';
const nth = '(1er|1ere|premier|2e|2eme|deuxieme|3e|3eme|troisieme|4e|4eme|quatrieme|dernier)s?';
const nths = `${nth}(?:\\s*(?:et|,)\\s*${nth})?`;
const hour = '(\\d{1,2})\\s*h\\s*(\\d{2})?';

/** "Ouvert le premier samedi du mois de 9h à 12h", "2ème et 4ème lundis du mois", "Ouverture le 1er samedi du mois". */
const openNth = new RegExp(
  `^(?:le ${day}, )?(?:(?:ouvert|ouverture)(?: uniquement)? )?(?:le |les |tous les )?${nths} ${day} du mois(?: de ${hour} a ${hour})?$`,
);
/** "Structure fermée le premier lundi du mois", "Fermeture chaque 1er mardi matin du mois". */
const closedNth = new RegExp(
  `^(?:structure fermee|fermeture|ferme)(?: chaque| tous les| le| les)? ${nth} ${day}(?: (matin|apres-midi))? du mois$`,
);
/** "Ouverture les samedi toutes les semaines impaires", "ouvert le samedi en semaine paire". */
const openParity = new RegExp(
  `^(?:ouverture|ouvert)(?: uniquement)? (?:le|les) ${day}(?: toutes les| en| uniquement en)? semaines? (paires?|impaires?)$`,
);
/** Anything else that makes hours depend on the week: detected, never converted. */
const variesByWeek = new RegExp(
  `semaines?\\s+(paires?|impaires?|paries)|une semaine sur|1 semaine sur|sur deux|\\b${nth}\\b[^.]{0,40}\\bdu mois|${nth} sem(aine)? du mois`,
);

/** Lower case, no accents, one space: the comment as the patterns read it. */
const plain = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();

const minutesOf = (h: string, m: string | undefined) => Number(h) * 60 + Number(m ?? 0);

/** The weekly cells with one day taken out, then that day's own rule (before the public holidays rule). */
function withDayRule(days: Range[][], dayIndex: number, rule: string, keepDay: boolean): string {
  const base = toOpeningHours(days.map((r, i) => (i === dayIndex && !keepDay ? [] : r)));
  return base === null ? `${rule}; PH off` : base.replace(/; PH off$/, `; ${rule}; PH off`);
}

export function readWeekRules(comment: string, days: Range[][]): WeekRuleReading {
  const text = plain(comment);
  if (text === '') return { kind: 'none' };
  const open = openNth.exec(text);
  if (open) {
    const [, , n1, n2, dayWord, h1, m1, h2, m2] = open;
    const index = dayWords[dayWord!]!;
    const weeks = [n1, n2].filter((n) => n !== undefined).map((n) => nthWords[n!]!);
    const said: Range[] = h1 !== undefined ? [[minutesOf(h1, m1), minutesOf(h2!, m2)]] : [];
    const ranges = days[index]!.length > 0 ? days[index]! : said;
    if (ranges.length === 0) return { kind: 'varies', why: 'which weeks is said, but no hours for that day' };
    const rule = `${weekdayCodes[index]}[${weeks.join(',')}] ${formatRanges(ranges)}`;
    return { kind: 'converted', hours: withDayRule(days, index, rule, false), rule };
  }
  const closed = closedNth.exec(text);
  if (closed) {
    const [, n1, dayWord, half] = closed;
    const index = dayWords[dayWord!]!;
    const ranges = days[index]!;
    if (ranges.length === 0) return { kind: 'varies', why: 'a closure of a day the cells do not open' };
    const kept = half === 'matin' ? ranges.filter(([a]) => a >= 720) : half ? ranges.filter(([a]) => a < 720) : [];
    const spec = `${weekdayCodes[index]}[${nthWords[n1!]}]`;
    const rule = kept.length > 0 ? `${spec} ${formatRanges(kept)}` : `${spec} off`;
    return { kind: 'converted', hours: withDayRule(days, index, rule, true), rule };
  }
  const parity = openParity.exec(text);
  if (parity) {
    const [, dayWord, which] = parity;
    const index = dayWords[dayWord!]!;
    if (days[index]!.length === 0) return { kind: 'varies', why: 'which weeks is said, but no hours for that day' };
    const weeks = which!.startsWith('impaire') ? 'week 01-53/2' : 'week 02-52/2';
    const rule = `${weeks} ${weekdayCodes[index]} ${formatRanges(days[index]!)}`;
    return { kind: 'converted', hours: withDayRule(days, index, rule, false), rule };
  }
  return variesByWeek.test(text) ? { kind: 'varies', why: 'hours depend on the week' } : { kind: 'none' };
}
