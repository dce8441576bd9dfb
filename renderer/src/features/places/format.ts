import type { PlaceView, WeekDayView } from '../../../../common/api/contract';

/** A locale Intl can name days in; Chromium lacks some of ours (e.g. ff), French is the source then. */
export function intlLocale(lang: string): string {
  return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : 'fr';
}

/** "8:00" / "08:00" / "٨:٠٠" in the visitor's language, at the territory's wall clock. */
export function formatTime(iso: string, lang: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

/**
 * Weekday names come from the locale files (days.*), one table per locale like every other UI string: Chromium has
 * no day names for ti, ps, ff or ht, and would fall back to French.
 */
const weekdayKeys = [
  'days.sunday',
  'days.monday',
  'days.tuesday',
  'days.wednesday',
  'days.thursday',
  'days.friday',
  'days.saturday',
] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

/** The weekday of an instant in the territory's zone, as its i18n key. */
export function weekdayKeyAt(iso: string, timeZone: string): WeekdayKey {
  const short = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(new Date(iso));
  return weekdayKeys[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(short)]!;
}

/** The weekday of a local date such as 2026-12-08 (noon UTC keeps the same calendar day everywhere). */
export function weekdayKeyOfDate(date: string): WeekdayKey {
  return weekdayKeys[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
}

/** "HH:MM" of a week-table slot, localised (24:00 stays as midnight's end). */
export function formatSlot(hhmm: string, lang: string): string {
  if (hhmm === '24:00') return formatSlot('23:59', lang);
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(intlLocale(lang), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 1, h, m)),
  );
}

/**
 * A week-table cell: the sure slots, then the ranges open some weeks only as "not every week: …" (the Justibus's
 * "ponctuellement" Saturday), and "closed" only when the day has neither.
 */
export function dayHours(day: WeekDayView, lang: string, t: (key: string, args?: { slots: string }) => string): string {
  const list = (slots: WeekDayView['slots']) =>
    slots.map((s) => `${formatSlot(s.from, lang)} – ${formatSlot(s.to, lang)}`).join(', ');
  const parts = [
    ...(day.slots.length > 0 ? [list(day.slots)] : []),
    ...(day.sometimes.length > 0 ? [t('places.notEveryWeek', { slots: list(day.sometimes) })] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : t('places.closedAllDay');
}

/** Same local day as "today" in the territory? */
export function isSameLocalDay(iso: string, todayDate: string): boolean {
  return iso.slice(0, 10) === todayDate;
}

export function todayOf(place: PlaceView): string {
  return place.week.find((d) => d.today)?.date ?? '';
}
