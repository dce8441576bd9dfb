import type { ProcedureDetail } from '../../../../common/api/contract';

export type UsefulNumber = ProcedureDetail['numbers'][number];

/** A short number a person in danger dials (15, 112, 3919): shown as a big touch target of its own. */
export function isDialNumber(n: UsefulNumber): boolean {
  return n.kind === 'phone' && /^\d{2,4}$/.test(n.value);
}

/**
 * "3919" → "3 9 1 9": spaced digits make every voice read the number digit by digit in the visitor's language
 * ("trois neuf un neuf", not "trois mille neuf cent dix-neuf"). One rule for the whole kiosk, kept with speech.
 */
export { digitByDigit } from '../../speech/runs';

/** "July 2024" from 2024-07-22, in the visitor's language (i18n/months.ts). */
export { monthYear } from '../../i18n/months';
