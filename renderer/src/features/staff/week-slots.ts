/**
 * The staff form's hours: open slots per weekday, written as an opening_hours string and read back from one.
 * Only what the form can show is read back (weekdays, day ranges and lists, times, "PH off"); anything else
 * (week numbers, months, "Tu[2,4]") reads as null, and the form keeps the string as it is.
 */
export const weekdays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof weekdays)[number];
export interface Slot {
  from: string;
  to: string;
}
export interface WeekSlots {
  days: Record<Weekday, Slot[]>;
  /** Closed on public holidays ("PH off"), as most offices are. */
  holidaysOff: boolean;
}

export const emptyWeek = (): WeekSlots => ({
  days: { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] },
  holidaysOff: true,
});

const time = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const slotText = (s: Slot) => `${s.from}-${s.to}`;

/** A slot the string may hold: two times, the end after the start. */
export const validSlot = (s: Slot) => time.test(s.from) && time.test(s.to) && s.from < s.to;

/** The slot "add a slot" proposes: the morning first, then the afternoon, then an hour after the last one. */
export function nextSlot(slots: Slot[]): Slot {
  const end = slots
    .map((s) => s.to)
    .sort()
    .at(-1);
  if (end === undefined) return { from: '09:00', to: '12:00' };
  if (end <= '13:00') return { from: '14:00', to: '17:00' };
  const hour = Math.min(Number(end.slice(0, 2)) + 1, 24);
  return { from: end, to: hour === 24 ? '24:00' : `${String(hour).padStart(2, '0')}${end.slice(2)}` };
}

/** Runs of consecutive weekdays: [Mo, Tu, We, Fr] → "Mo-We,Fr". */
function dayList(days: Weekday[]): string {
  const idx = days.map((d) => weekdays.indexOf(d));
  const parts: string[] = [];
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const [a, b] = [weekdays[idx[i]!]!, weekdays[idx[j]!]!];
    parts.push(j === i ? a : j === i + 1 ? `${a},${b}` : `${a}-${b}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** The opening_hours string of a week; null when no day has a slot (hours unknown). Slots are sorted. */
export function slotsToHours(week: WeekSlots): string | null {
  const groups = new Map<string, Weekday[]>();
  for (const d of weekdays) {
    const slots = week.days[d]
      .filter(validSlot)
      .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
      // The same slot twice says nothing more.
      .filter((s, i, all) => i === 0 || slotText(s) !== slotText(all[i - 1]!));
    if (slots.length === 0) continue;
    const key = slots.map(slotText).join(',');
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (groups.size === 0) return null;
  const rules = [...groups].map(([slots, days]) => `${dayList(days)} ${slots}`);
  return [...rules, ...(week.holidaysOff ? ['PH off'] : [])].join('; ');
}

/** "Mo-We,Fr" → [Mo, Tu, We, Fr]; null for anything else. */
function readDays(text: string): Weekday[] | null {
  const out: Weekday[] = [];
  for (const part of text.split(',')) {
    const m = /^([A-Z][a-z])(?:-([A-Z][a-z]))?$/.exec(part);
    const a = weekdays.indexOf(m?.[1] as Weekday);
    const b = m?.[2] === undefined ? a : weekdays.indexOf(m[2] as Weekday);
    if (!m || a < 0 || b < a) return null;
    for (let i = a; i <= b; i++) out.push(weekdays[i]!);
  }
  return out;
}

/** The slots of an opening_hours string the form can show, or null (see the top of this file). */
export function hoursToSlots(hours: string | null): WeekSlots | null {
  const week = { ...emptyWeek(), holidaysOff: false };
  if (hours === null) return { ...week, holidaysOff: true };
  for (const rule of hours.split(';').map((r) => r.trim())) {
    if (rule === '') continue;
    if (rule === 'PH off') {
      week.holidaysOff = true;
      continue;
    }
    const m = /^(\S+) (\S+)$/.exec(rule);
    const days = m && readDays(m[1]!);
    if (!m || !days) return null;
    const slots =
      m[2] === 'off'
        ? []
        : m[2]!.split(',').map((s) => {
            const [from = '', to = ''] = s.split('-');
            return { from, to };
          });
    if (!slots.every(validSlot)) return null;
    // As in opening_hours, a later rule for a day replaces the earlier one.
    for (const d of days) week.days[d] = slots;
  }
  return week;
}
