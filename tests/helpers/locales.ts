import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../main/paths';

export const localeDir = join(projectRoot, 'renderer', 'locales');

/** The one reader of the UI locale files for tests: renderer/locales/<code>.json, parsed (callers type it). */
export function readLocale(code: string): unknown {
  return JSON.parse(readFileSync(join(localeDir, `${code}.json`), 'utf8'));
}
