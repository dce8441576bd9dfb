import { monthYear } from './dial';

/** A source's date as the visitor reads it: "juillet 2024" for a day, as is for a year or a span, "—" if none. */
export function sourceDate(date: string | null, lang: string): string {
  if (date === null) return '—';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? monthYear(date, lang) : date;
}
