/**
 * What real content needs, with room to spare, and no more (issue 25): a signed pack with one hours string of
 * 20,000 rules (360 KB) passed the 5 MB file limit and blocked every visitor request for 25 s at import.
 * The longest hours string of the shipped content is 193 characters with 7 rules.
 */
export const maxHoursLength = 500; // the staff screen's own limit (common/api/staff-contract.ts)
export const maxHoursRules = 30;

/** Rules of an opening_hours string: separated by ";", "," between rules is inside one, "||" is a fallback rule. */
export const hoursRuleCount = (hours: string) => hours.split(/;|\|\|/).filter((r) => r.trim() !== '').length;

/** Null when `hours` is within the bounds, else why, to name with the field. */
export function hoursOutOfBounds(hours: string): string | null {
  if (hours.length > maxHoursLength) return `longer than ${maxHoursLength} characters (${hours.length})`;
  const rules = hoursRuleCount(hours);
  return rules > maxHoursRules ? `more than ${maxHoursRules} rules (${rules})` : null;
}
