// Digits in the script's own numerals count as the same digits (Arabic-Indic, Persian, Devanagari, Bengali,
// full-width).
const digitZeros = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/g, (d) => {
    const cp = d.codePointAt(0)!;
    const zero = digitZeros.find((z) => cp >= z && cp <= z + 9)!;
    return String(cp - zero);
  });
}

/**
 * The numbers a text states, as a sorted list: "8 h" and "8:00" are the same hour, "1 000" and "1000" the same
 * amount, "0806 001 620" one phone number however its groups are spaced.
 */
export function statedNumbers(text: string): string[] {
  return (
    asciiDigits(text)
      .replace(/(\d)\s*[:.h]\s*00(?!\d)/g, '$1')
      .replace(/(\d)[\s\u00a0\u202f.,](?=\d{3}(?!\d))/g, '$1')
      .match(/\d+/g) ?? []
  ).sort();
}

// What a faithful translation may state differently from the French, and nothing more (each seen in the review of
// 2026-12-05, ../shared/reviews): a phone number, an amount, a day or an age changed is still refused.
const months = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const frenchDate = new RegExp(`(?<!\\d)(1er|\\d{1,2})\\s+(${months})(?![\\p{L}])`, 'giu');
const monthNumber = (name: string) => String(months.split('|').indexOf(name.toLowerCase()) + 1);

/** The numbers a translation may add, or leave out (said in words), beside the French ones. */
function allowances(french: string, lang: string | undefined): { mayAdd: string[]; mayOmit: string[] } {
  const mayAdd: string[] = [];
  const mayOmit: string[] = [];
  for (const [, day, month] of french.matchAll(frenchDate)) {
    // "14 octobre 2015" is "2015年10月14日" in Chinese: the month becomes a number.
    mayAdd.push(monthNumber(month!));
    // "1er août" is "یکم اگست" in Urdu, "the first of August": the first day said in words.
    if (day === '1er') mayOmit.push('1');
  }
  // A minor ("mineur") is a person under 18: "a child under 18" states what the French word means.
  if (/\bmineure?s?\b/i.test(french)) mayAdd.push('18');
  // Arabic says two of a thing with the dual and no numeral: "2 mois" is "شهرين".
  if (lang === 'ar') mayOmit.push(...[...french.matchAll(/(?<![\d.,:])2\s+\p{L}{2,}/gu)].map(() => '2'));
  return { mayAdd, mayOmit };
}

/** `a` less `b`, as multisets. */
function less(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i === -1) return true;
    rest.splice(i, 1);
    return false;
  });
}

/**
 * True when the translation states the French numbers: the same ones, but for a date's month written as a number,
 * a first day or an Arabic dual said in words, and the age a "mineur" is.
 */
export function numbersAgree(french: string, text: string, lang?: string): boolean {
  const fr = statedNumbers(french);
  const tr = statedNumbers(text);
  const { mayAdd, mayOmit } = allowances(french, lang);
  return less(less(fr, tr), mayOmit).length === 0 && less(less(tr, fr), mayAdd).length === 0;
}
