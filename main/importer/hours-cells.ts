/**
 * The national list's weekday cells ("09:00 - 12:00 / 13:30 - 17:00") → time ranges, with a note of every
 * repair made. The file is messy: placeholders "00:00 - 00:00", three or four ranges, repeated or
 * overlapping ranges. Nothing is guessed: a cell that cannot be read makes the whole row's hours unknown.
 */
export const weekdayColumns = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi'] as const;
export const weekdayCodes = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const;

/** [start, end) in minutes after midnight. */
export type Range = [number, number];

export interface CellReading {
  ranges: Range[];
  /** What was repaired, in words, for the import report. */
  repairs: string[];
  /** Set when the cell cannot be read: the row's hours become unknown. */
  error: string | null;
}

const rangePattern = /^(\d{2}):(\d{2}) - (\d{2}):(\d{2})$/;

function minutes(h: string, m: string): number | null {
  const hh = Number(h);
  const mm = Number(m);
  return hh <= 24 && mm < 60 && hh * 60 + mm <= 1440 ? hh * 60 + mm : null;
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export function readCell(cell: string): CellReading {
  const text = cell.trim();
  if (text === '') return { ranges: [], repairs: [], error: null };
  const parts = text.split('/').map((p) => p.trim().replace(/\s+/g, ' '));
  const repairs: string[] = [];
  const ranges: Range[] = [];
  let placeholders = 0;
  for (const part of parts) {
    const m = rangePattern.exec(part);
    const start = m ? minutes(m[1]!, m[2]!) : null;
    const end = m ? minutes(m[3]!, m[4]!) : null;
    if (start === null || end === null) return { ranges: [], repairs, error: `"${part}" is not a time range` };
    if (start === 0 && end === 0) placeholders++;
    else if (end <= start) return { ranges: [], repairs, error: `"${part}" ends before it starts` };
    else ranges.push([start, end]);
  }
  if (placeholders > 0) repairs.push(`${placeholders} placeholder range(s) "00:00 - 00:00" dropped`);
  const merged = mergeRanges(ranges);
  if (merged.length < ranges.length) repairs.push(`overlapping or repeated ranges merged into ${merged.length}`);
  if (parts.length > 2) repairs.push(`${parts.length} ranges in the cell`);
  return { ranges: merged, repairs, error: null };
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
export const formatRanges = (ranges: Range[]): string => ranges.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',');

/**
 * One weekday's ranges each (Monday first) → an opening_hours string: days with equal ranges grouped,
 * runs of consecutive days written Mo-Fr. Null when no day has a range.
 * `PH off`: France Services close on public holidays, as the hand-typed rows say (to be confirmed per structure).
 */
export function toOpeningHours(days: Range[][]): string | null {
  const groups = new Map<string, number[]>();
  days.forEach((ranges, i) => {
    if (ranges.length === 0) return;
    const key = formatRanges(ranges);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  if (groups.size === 0) return null;
  const rules = [...groups.entries()]
    .sort((a, b) => a[1][0]! - b[1][0]!)
    .map(([ranges, idx]) => `${daySpec(idx)} ${ranges}`);
  return `${rules.join('; ')}; PH off`;
}

function daySpec(idx: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const a = weekdayCodes[idx[i]!]!;
    const b = weekdayCodes[idx[j]!]!;
    if (j === i) runs.push(a);
    else if (j === i + 1) runs.push(a, b);
    else runs.push(`${a}-${b}`);
    i = j + 1;
  }
  return runs.join(',');
}
