// Writes the composed pictograms of assets/pictograms/ from OpenMoji's own SVGs (CC BY-SA 4.0), so a meaning
// OpenMoji has no single emoji for is still drawn from its parts, reproducibly:
//   <code>-20E0        the pictogram with a "no" overlay (U+20E0, combining enclosing circle backslash), drawn
//                      with the ring and bar of OpenMoji's 🚫 (1F6AB) but not its white disc, so what is negated
//                      stays visible ("AME without a residence permit": the residence card, crossed out);
//   1F319 ×n (joined   n crescent moons, a count of months ("three months" is three moons): a number said by
//   with "-")          a calendar page showing a date reads as that date, not as a duration.
// Run: npx tsx scripts/content/compose-pictograms.ts (the test tests/unit/assets/pictograms.test.ts checks the
// files are what this script writes).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../main/paths';

const openmoji = join(projectRoot, 'node_modules', 'openmoji', 'color', 'svg');
const out = join(projectRoot, 'assets', 'pictograms');

/** The drawing inside an OpenMoji SVG (its groups), without the ids that would repeat in a composition. */
function inner(code: string): string {
  const svg = readFileSync(join(openmoji, `${code}.svg`), 'utf8');
  const body = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1];
  if (!body) throw new Error(`${code}: not an OpenMoji SVG`);
  return body.replace(/\s+id="[^"]*"/g, '').replace(/<g\/>\s*/g, '');
}

const svg = (body: string) => `<svg viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg">\n${body.trim()}\n</svg>\n`;

/** 🚫 without its white disc: the red ring and bar, and their black outlines. */
function noOverlay(): string {
  return inner('1F6AB').replace(/<circle cx="36" cy="36" r="26" fill="#fff"\/>\s*/, '');
}

export function crossedOut(code: string): string {
  return svg(`<g>${inner(code)}</g>\n<g>${noOverlay()}</g>`);
}

/** n moons (1 to 4) laid out so each stays large enough to see at 96 px. */
export function moons(n: number): string {
  const places: Record<number, [number, number][]> = {
    1: [[0, 0]],
    2: [
      [-17, 0],
      [17, 0],
    ],
    3: [
      [-17, -15],
      [17, -15],
      [0, 15],
    ],
    4: [
      [-17, -15],
      [17, -15],
      [-17, 15],
      [17, 15],
    ],
  };
  const at = places[n];
  if (!at) throw new Error(`moons: ${n} is not 1 to 4`);
  const moon = inner('1F319');
  const scale = n === 1 ? 1 : 0.5;
  return svg(
    at
      .map(
        ([dx, dy]) =>
          `<g transform="translate(${36 + dx - 36 * scale} ${36 + dy - 36 * scale}) scale(${scale})">${moon}</g>`,
      )
      .join('\n'),
  );
}

/** Every composed pictogram the content uses, by the file name (code) it is served under. */
export const compositions: Record<string, () => string> = {
  '1FAAA-20E0': () => crossedOut('1FAAA'),
  '1F319-1F319': () => moons(2),
  '1F319-1F319-1F319': () => moons(3),
};

if (process.argv[1]?.endsWith('compose-pictograms.ts')) {
  for (const [code, make] of Object.entries(compositions)) {
    writeFileSync(join(out, `${code}.svg`), make());
    console.log(`assets/pictograms/${code}.svg`);
  }
}
