/** Consecutive items of one one-of group become one segment, so "one of these" is said once per group. */
export type Segment<T> = { kind: 'single'; item: T } | { kind: 'group'; group: string; items: T[] };

export function segmentsOf<T extends { group: string | null; id: string }>(items: T[]): Segment<T>[] {
  const out: Segment<T>[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.group !== null && last?.kind === 'group' && last.group === item.group) last.items.push(item);
    else if (item.group !== null) out.push({ kind: 'group', group: item.group, items: [item] });
    else out.push({ kind: 'single', item });
  }
  return out;
}
