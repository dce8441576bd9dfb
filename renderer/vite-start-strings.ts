import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { startKeys } from './src/i18n/start-keys.ts';

/** `import startStrings from 'virtual:repere-start-strings'`: per locale, only the start screen's strings. */
export const startStringsId = 'virtual:repere-start-strings';
const resolved = `\0${startStringsId}`;

type Tree = { [key: string]: string | Tree };

function pick(strings: Tree, keys: readonly string[]): Tree {
  const out: Tree = {};
  for (const key of keys) {
    const path = key.split('.');
    let from: string | Tree | undefined = strings;
    for (const part of path) from = typeof from === 'object' ? from[part] : undefined;
    if (typeof from !== 'string') continue; // tests/unit/i18n/locales.test.ts fails a locale missing a key
    let into = out;
    for (const part of path.slice(0, -1)) into = (into[part] ??= {}) as Tree;
    into[path.at(-1)!] = from;
  }
  return out;
}

/**
 * The start screen names and invites in every offered language, so the first load needs those few strings of
 * every locale, and not the rest of them (about 18 KB a language): this module holds them, derived from the
 * locale files at build time (and again on each change in dev), never copied by hand.
 */
export function startStrings(localeDir: string): Plugin {
  return {
    name: 'repere-start-strings',
    resolveId: (id) => (id === startStringsId ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      const table: Record<string, Tree> = {};
      for (const file of readdirSync(localeDir)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        const path = join(localeDir, file);
        this.addWatchFile(path);
        table[file.replace(/\.json$/, '')] = pick(JSON.parse(readFileSync(path, 'utf8')) as Tree, startKeys);
      }
      return `export default ${JSON.stringify(table)};`;
    },
  };
}
