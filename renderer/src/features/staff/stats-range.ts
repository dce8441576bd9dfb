import { localDay } from '../../../../common/time/wall-clock';

/**
 * The stats screen's first range: the last 30 days, counted in the kiosk's zone (its territory's), where main
 * counts visits, and not in the browser's: on a machine set to UTC, a Paris visit after 23:00 is tomorrow's.
 */
export function lastThirtyDays(at: Date, timeZone: string): { from: string; to: string } {
  const to = localDay(at, timeZone);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}
