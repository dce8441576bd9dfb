import type { Structure } from '../content/structure-schema';

/**
 * Whether a structure's weekly hours may say "open now", "closes at", "opens at": not a mobile service (a bus),
 * not unknown hours, not hours that vary with the week, between places or to be checked (hoursVary). The one
 * rule for the visitor's cards and the CLI.
 */
export function hasLiveState(s: Pick<Structure, 'mobile' | 'hours' | 'hoursVary'>): boolean {
  return !s.mobile && s.hours !== null && s.hoursVary === undefined;
}
