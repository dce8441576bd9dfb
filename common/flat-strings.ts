/**
 * A locale file's leaves under dotted keys ("theme.care"), in file order: the one flattening of the UI strings
 * (main's text catalog, the voice studio, the tests). Every leaf is listed, string or not, so a test can refuse
 * one that is not a string; an array is a leaf.
 */
export function flatLeaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => flatLeaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The string leaves only: what i18next shows, staff review and the voice studio records. */
export function flatStrings(value: unknown): [string, string][] {
  return flatLeaves(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}
