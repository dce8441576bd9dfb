import type { StructureRecord } from './structure-schema';

/**
 * Whether a structure's weekly hours may say "open now", "closes at", "opens at": not a mobile service (a bus),
 * not unknown hours, not hours that vary with the week, between places or to be checked (hoursVary). The one
 * rule for the visitor's cards, the CLI and the one-place check (same-place.ts).
 */
export function hasLiveState(s: Pick<StructureRecord, 'mobile' | 'hours' | 'hoursVary'>): boolean {
  return !s.mobile && s.hours !== null && s.hoursVary === undefined;
}
