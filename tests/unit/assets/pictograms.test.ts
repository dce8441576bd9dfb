import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { compositions } from '../../../scripts/content/compose-pictograms';
import { picto } from '../../../renderer/src/components/pictograms';

const pictogramDir = join(projectRoot, 'assets', 'pictograms');

/** Pictogram codes named anywhere in data/ ("pictogram": "…") or the renderer (code="…", or a CSS url). */
function referencedCodes(): Set<string> {
  const codes = new Set<string>();
  const scan = (dir: string, pattern: RegExp) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) scan(p, pattern);
      else for (const m of readFileSync(p, 'utf8').matchAll(pattern)) codes.add(m[1]!);
    }
  };
  scan(defaultContentDir, /"pictogram":\s*"([0-9A-F-]+)"/g);
  scan(join(projectRoot, 'renderer', 'src'), /(?:code="|\/pictograms\/)([0-9A-F-]+)/g);
  for (const code of Object.values(picto)) codes.add(code);
  return codes;
}

test('every pictogram the content or UI names is bundled, and only those are', () => {
  const used = referencedCodes();
  assert.ok(used.size >= 9);
  const missing = [...used].filter((c) => !existsSync(join(pictogramDir, `${c}.svg`)));
  assert.deepEqual(missing, []);
  const unused = readdirSync(pictogramDir)
    .filter((f) => f.endsWith('.svg'))
    .map((f) => f.replace(/\.svg$/, ''))
    .filter((c) => !used.has(c));
  assert.deepEqual(unused, []);
});

test('bundled pictograms are OpenMoji SVGs with no script or remote reference', () => {
  for (const f of readdirSync(pictogramDir).filter((x) => x.endsWith('.svg'))) {
    const svg = readFileSync(join(pictogramDir, f), 'utf8');
    assert.match(svg, /^<svg[^>]*viewBox="0 0 72 72"/, f);
    assert.doesNotMatch(svg, /<script|href="http|url\(http/i, f);
  }
});

test('composed pictograms are exactly what scripts/content/compose-pictograms.ts draws from OpenMoji', () => {
  const composed = Object.keys(compositions);
  assert.ok(composed.length >= 2);
  for (const code of composed) {
    assert.equal(readFileSync(join(pictogramDir, `${code}.svg`), 'utf8'), compositions[code]!(), code);
  }
  // Every other bundled pictogram is an unmodified OpenMoji file.
  const openmoji = join(projectRoot, 'node_modules', 'openmoji', 'color', 'svg');
  for (const f of readdirSync(pictogramDir).filter((x) => x.endsWith('.svg') && !composed.includes(x.slice(0, -4)))) {
    assert.equal(readFileSync(join(pictogramDir, f), 'utf8'), readFileSync(join(openmoji, f), 'utf8'), f);
  }
});
