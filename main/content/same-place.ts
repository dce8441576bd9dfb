import { z } from 'zod';
import type { ContentProblem } from './problems';
import type { StructureEntry } from './load-structures';
import { hasLiveState } from './live-state';

/**
 * data/same-place.json, edited by hand: cards of one territory that share an address and a phone number on
 * purpose, each group with why. Any other such pair is refused at load: two cards for one place tell a visitor
 * two different things (the PSP of Fort-de-France and its national row, "open" and "closed" at the same time).
 */
export const samePlaceFile = 'same-place.json';

export const samePlaceFileSchema = z.array(
  z
    .object({
      structures: z.array(z.string().min(1)).min(2),
      why: z.string().min(10),
    })
    .strict(),
);
export type SamePlace = z.infer<typeof samePlaceFileSchema>;

/** Letters and digits of an address, without accents or case: "18 Rue Robespierre" = "18 rue  Robespierre". */
const plain = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const digits = (phone: string) => phone.replace(/\D/g, '');

/**
 * No two cards of a territory share an address and a phone number unless the content says why: all of them but
 * one are mobile services (a bus based at its fixed site, never shown "open"), or same-place.json names them.
 */
export function checkSamePlace(cards: StructureEntry[], samePlace: SamePlace, problems: ContentProblem[]): void {
  const explained = new Set(samePlace.map((g) => [...g.structures].sort().join('|')));
  const ids = new Set(cards.map((e) => e.structure.id));
  samePlace.forEach((g, i) =>
    g.structures.forEach((id, j) => {
      if (!ids.has(id))
        problems.push({ file: samePlaceFile, field: `[${i}].structures[${j}]`, message: `"${id}" is not a card` });
    }),
  );
  const byPlace = new Map<string, StructureEntry[]>();
  for (const entry of cards) {
    const s = entry.structure;
    if (!s.address) continue;
    for (const phone of new Set(s.phones.map(digits))) {
      const key = [s.territory, plain(s.address), s.postcode ?? '', phone].join('|');
      byPlace.set(key, [...(byPlace.get(key) ?? []), entry]);
    }
  }
  const reported = new Set<string>();
  for (const [key, group] of byPlace) {
    const groupIds = [...new Set(group.map((e) => e.structure.id))].sort();
    if (groupIds.length < 2 || reported.has(groupIds.join('|'))) continue;
    const [first] = group;
    if (explained.has(groupIds.join('|'))) {
      // Explained cards may each keep their own hours, but at most one weekly table may say "open now": two live
      // states that disagree would show "open" and "closed" side by side for one place.
      const live = [...new Map(group.map((e) => [e.structure.id, e.structure])).values()].filter(hasLiveState);
      const hours = [...new Set(live.map((s) => s.hours))];
      if (hours.length > 1) {
        reported.add(groupIds.join('|'));
        problems.push({
          file: first!.file,
          field: `[${first!.index}].hours`,
          message: `${live.map((s) => s.id).join(' and ')} are one place (${samePlaceFile}) with live states from different hours (${hours.map((h) => `"${h}"`).join(', ')}): keep one card's live state, or one card`,
        });
      }
      continue;
    }
    if (group.filter((e) => !e.structure.mobile).length <= 1) continue;
    reported.add(groupIds.join('|'));
    problems.push({
      file: first!.file,
      field: `[${first!.index}].address`,
      message: `${groupIds.join(' and ')} are two cards at one place (${key.split('|').slice(1).join(', ')}): pair the national row in counterparts.json, or say why in ${samePlaceFile}`,
    });
  }
}
