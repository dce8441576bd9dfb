import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { flatStrings } from '../common/flat-strings';
import { languages } from '../common/locales';
import { scriptFontOf, type ScriptFont } from '../common/script-fonts';
import { startKeys } from './src/i18n/start-keys';

/** `import 'virtual:repere-start-fonts.css'`: the few script font faces the start screen's own text needs. */
export const startFontsId = 'virtual:repere-start-fonts.css';

const weights = ['400', '700'];
/** The end of Latin Extended-B: below it, Noto Sans draws every character. */
const latinEnd = 0x250;

/** Code points a `unicode-range` descriptor covers, as [from, to] pairs. */
export function ranges(descriptor: string): [number, number][] {
  return descriptor.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** The characters the start screen writes in each script font: its languages' names and start strings. */
function startCharacters(localeDir: string): Map<ScriptFont, Set<number>> {
  const out = new Map<ScriptFont, Set<number>>();
  for (const [code, font] of Object.entries(scriptFontOf)) {
    const strings = flatStrings(JSON.parse(readFileSync(join(localeDir, `${code}.json`), 'utf8')));
    const start = strings.filter(([key]) => (startKeys as readonly string[]).includes(key));
    const texts = [languages[code]!.endonym, ...start.map(([, text]) => text)];
    const chars = out.get(font) ?? new Set<number>();
    // Latin letters, digits and spaces are Noto Sans's, first in the stack: a script font's Latin faces can wait.
    for (const c of texts.join('')) if (c.codePointAt(0)! >= latinEnd) chars.add(c.codePointAt(0)!);
    out.set(font, chars);
  }
  return out;
}

/** A face the start screen needs: its @font-face rule, as @fontsource writes it, and the stylesheet it is from. */
export interface StartFace {
  rule: string;
  stylesheet: string;
}

/**
 * Of each script font's rules, the faces whose unicode-range holds a character the start screen writes in a
 * language of that script (derived from the locale files and common/locales.ts).
 */
export function startFontFaces(localeDir: string): StartFace[] {
  const require = createRequire(import.meta.url);
  const faces: StartFace[] = [];
  for (const [font, wanted] of startCharacters(localeDir)) {
    for (const weight of weights) {
      const stylesheet = require.resolve(`@fontsource/${font}/${weight}.css`);
      for (const rule of readFileSync(stylesheet, 'utf8').match(/@font-face\s*{[^}]*}/g) ?? []) {
        const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
        if (!range || ranges(range).some(([from, to]) => [...wanted].some((c) => c >= from && c <= to)))
          faces.push({ rule, stylesheet });
      }
    }
  }
  return faces;
}

/**
 * The start screen names every language in its own script, and a script's full font rules are heavy (Simplified
 * Chinese alone has about 100 faces a weight). This module holds only the faces the start screen uses
 * (startFontFaces) and goes in the first stylesheet; the full rules load once the start screen is painted
 * (fonts.ts). Same files, so no face is downloaded twice. With Chromium slowed down 4× (a cheap kiosk), waiting for
 * the full rules instead held the first screen back by about 120 ms (p50 of 12 alternating loads; no difference
 * at this machine's own speed): docs/benchmarks.md.
 */
export function startFonts(localeDir: string): Plugin {
  // A module id at a real place, so Vite resolves each face's url() from here like any stylesheet's.
  const resolved = join(dirname(localeDir), 'src', '__start-fonts.css');
  return {
    name: 'repere-start-fonts',
    resolveId: (id) => (id === startFontsId ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      const faces = startFontFaces(localeDir);
      for (const { stylesheet } of faces) this.addWatchFile(stylesheet);
      return faces
        .map(({ rule, stylesheet }) => {
          const from = relative(dirname(resolved), dirname(stylesheet)).split('\\').join('/');
          return rule.replace(/url\(\.\/([^)]+)\)/g, `url(${from}/$1)`);
        })
        .join('\n');
    },
  };
}
