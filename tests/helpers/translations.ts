import { join } from 'node:path';
import { readShippedTexts } from '../../main/texts/catalog';
import type { ProposedString } from '../../main/translations/review';
import { copyContent } from './content';
import { tempDir } from './temp';

/** A language handed back untouched: every shipped text, all still fuzzy. Tests then edit a few entries. */
export function untouchedProposal(src: { contentDir: string }, lang: string): Record<string, ProposedString> {
  return Object.fromEntries(
    Object.entries(readShippedTexts(src, lang)).map(([key, text]) => [key, { text, fuzzy: true }]),
  );
}

/** Runs `use` with a copy of the shipped content and an empty kiosk data folder, both removed after. */
export function withContentCopy<T>(use: (src: { contentDir: string; dataDir: string }) => T): T {
  const t = tempDir();
  try {
    return use({ contentDir: copyContent(join(t.dir, 'content')), dataDir: join(t.dir, 'data') });
  } finally {
    t.cleanup();
  }
}
