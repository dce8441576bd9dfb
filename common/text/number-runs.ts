/**
 * Runs of digits inside translated text: a phone number ("0806 001 620"), an hour ("8:30"), a date, an amount.
 * Inside a right-to-left sentence the Unicode bidi algorithm orders space-separated digit groups right to left,
 * so "0806 001 620" would be drawn "620 001 0806". Each run is therefore isolated left to right where the text
 * is shown, printed or put in a QR code; speech reads the logical order and needs nothing.
 */

/** A digit (any script: 0-9, ٠-٩, ۰-۹, ০-৯…), then digits or single separators each followed by a digit. */
const numberRun = /\p{Nd}(?:\p{Nd}|[ \u00a0\u202f.,:/\u2010-\u2013-](?=\p{Nd}))*/gu;

export interface TextPiece {
  text: string;
  /** A run of digits to keep left to right. */
  number: boolean;
}

/** The text cut into words and number runs, in order; joined back, the pieces are the text. */
export function numberRuns(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(numberRun)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), number: false });
    pieces.push({ text: match[0], number: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), number: false });
  return pieces;
}

/** LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE (Unicode 6.3). */
const LRI = '\u2066';
const PDI = '\u2069';

/** The text with each number run wrapped in LRI…PDI: for plain text (a QR code) where no markup can isolate. */
export function isolateNumbers(text: string): string {
  return numberRuns(text)
    .map((p) => (p.number ? `${LRI}${p.text}${PDI}` : p.text))
    .join('');
}
