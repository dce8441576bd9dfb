import type { TranslationProblem } from './checks';

/**
 * What a translation may never hold, whatever its language (issue 25): control characters (NUL was stored as
 * reviewed text), the bidi embeddings, overrides and isolates that reorder what a reader sees (U+202A–U+202E,
 * U+2066–U+2069; the marks U+200E/U+200F stay allowed), and markup, which the printed sheet shows literally.
 * Line breaks are allowed: some notes have two sentences on two lines.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlOrBidi = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const markup = /<\s*\/?\s*[A-Za-z!][^<>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);/;

/** Far above any real string (the longest shipped one has under 200 characters), far below what hurts. */
export const maxTranslationLength = 2000;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The problems of one text, each naming the entry. */
export function unsafeTextProblems(key: string, text: string): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  if (text.length > maxTranslationLength)
    problems.push({
      key,
      code: 'too-long',
      reason: `too long: ${text.length} characters, ${maxTranslationLength} at most`,
      values: { length: text.length, max: maxTranslationLength },
    });
  const bad = controlOrBidi.exec(text)?.[0];
  if (bad !== undefined)
    problems.push({
      key,
      code: 'unsafe-characters',
      reason: `holds ${codePoint(bad)}, a control or direction-forcing character: refused`,
      values: { char: codePoint(bad) },
    });
  const tag = markup.exec(text)?.[0];
  if (tag !== undefined)
    problems.push({
      key,
      code: 'markup',
      reason: `holds markup (${tag.slice(0, 40)}): refused, it would be shown as it is`,
      values: { markup: tag.slice(0, 40) },
    });
  return problems;
}
