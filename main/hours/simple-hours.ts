/**
 * A fast check for the plain weekly form the national-list converter writes, e.g.
 * "Mo,We-Fr 08:30-12:15; Tu 08:30-12:15,14:00-16:15; PH off". Parsing each of ~2,000 such strings with
 * opening_hours at every content load costs about a second; a string in this strict subset is valid by
 * construction (the test checks the shipped ones against opening_hours). Anything else goes to the real parser.
 */
const day = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const days = `${day}(?:-${day})?(?:,${day}(?:-${day})?)*`;
const start = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const end = '(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)';
const times = `${start}-${end}(?:,${start}-${end})*`;
const rule = `${days} ${times}`;
const simpleHours = new RegExp(`^${rule}(?:; ${rule})*(?:; PH off)?$`);

export function isSimpleWeeklyHours(hours: string): boolean {
  return simpleHours.test(hours);
}
