import type { Texts } from '../texts/catalog';
import type { StringContext } from './context';
import type { TranslationProblemView } from '../../common/api/translation-contract';
import { numbersAgree, statedNumbers } from './numbers';

/**
 * The checks a translation must pass before it replaces the current text, shared by the PO import and the desk
 * review. Each problem names its key and a reason a translator can act on.
 */
export type TranslationProblem = TranslationProblemView;

export interface CheckInput {
  french: Texts;
  /** The language's complete set of texts as it would be after the change. */
  proposed: Texts;
  /** The keys whose text changes or that become reviewed: content checks apply to these. */
  checked: Iterable<string>;
  context: (key: string, french: string) => StringContext;
  /** The language checked: Arabic's dual says "2 mois" with no numeral (translations/numbers.ts). */
  lang?: string;
}

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/** A full sentence ends with a full stop, question or exclamation mark in its script's own form. */
const sentenceEnd = /[.!?。！？؟։።۔।…]["'»”’)\]]*\s*$/u;
export const endsLikeSentence = (text: string): boolean => sentenceEnd.test(text.trim());

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A checklist label is a short name (no final full stop); its note is a sentence (ending with one). Each member of
 * a label/note pair is checked on its own, so a swap is caught in a file and can still be mended one string at a
 * time at the desk.
 */
function labelNoteShape(key: string, french: Texts, text: string, problems: TranslationProblem[]): void {
  const isNote = /^phrase:.+\.item\.[^.]+\.note$/.test(key);
  const isLabel = /^phrase:.+\.item\.[^.]+$/.test(key) && french[`${key}.note`] !== undefined;
  const reason = isNote
    ? 'a checklist note is a sentence ending with a full stop; this looks like a label: are the label and note swapped?'
    : 'a checklist label names a document, with no final full stop; this looks like its note: are the label and note swapped?';
  if ((isNote && !endsLikeSentence(text)) || (isLabel && endsLikeSentence(text)))
    problems.push({ key, code: 'label-note-swapped', reason });
}

export function checkTranslations(input: CheckInput): TranslationProblem[] {
  const { french, proposed } = input;
  const problems: TranslationProblem[] = [];
  for (const key of Object.keys(proposed))
    if (french[key] === undefined)
      problems.push({ key, code: 'unknown-key', reason: 'unknown key: French has no such string' });
  for (const key of Object.keys(french))
    if (proposed[key] === undefined)
      problems.push({ key, code: 'missing', reason: 'missing: every string must be present' });
  for (const key of new Set(input.checked)) {
    const fr = french[key];
    const text = proposed[key];
    if (fr === undefined || text === undefined) continue;
    if (text.trim() === '') {
      problems.push({ key, code: 'empty', reason: 'empty text' });
      continue;
    }
    if (!same(placeholders(fr), placeholders(text))) {
      const expected =
        placeholders(fr)
          .map((p) => `{{${p}}}`)
          .join(' ') || '—';
      const reason = `placeholders changed: French has ${expected}`;
      problems.push({ key, code: 'placeholders', reason, values: { expected } });
    }
    if (!numbersAgree(fr, text, input.lang)) {
      const expected = statedNumbers(fr).join(', ') || '—';
      const reason = `numbers differ from the French (${expected}): phone numbers, amounts, days and ages must stay the same`;
      problems.push({ key, code: 'numbers', reason, values: { expected } });
    }
    const max = input.context(key, fr).maxLength;
    const length = [...text].length;
    if (max !== null && length > max) {
      const reason = `too long for its button: ${length} characters, at most ${max}`;
      problems.push({ key, code: 'too-long', reason, values: { length, max } });
    }
    labelNoteShape(key, french, text, problems);
  }
  return problems;
}

export function formatTranslationProblems(problems: TranslationProblem[]): string {
  return problems.map((p) => `  ${p.key}: ${p.reason}`).join('\n');
}
