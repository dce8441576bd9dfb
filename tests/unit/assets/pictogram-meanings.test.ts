import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { picto } from '../../../renderer/src/components/pictograms';

// Issue 26: ✅ meant open, the chosen language and "I am here"; ☎ useful numbers and "hours may have changed"; 📅
// an appointment and "information from…"; 📍 where to go and an address. A visitor who cannot read learns a
// pictogram once: each one the interface draws has one meaning.
test('one meaning per pictogram: no two meanings of the interface share a code, and each is bundled', () => {
  const byCode = new Map<string, string[]>();
  for (const [meaning, code] of Object.entries(picto)) byCode.set(code, [...(byCode.get(code) ?? []), meaning]);
  const shared = [...byCode].filter(([, meanings]) => meanings.length > 1).map(([c, m]) => `${c}: ${m.join(', ')}`);
  assert.deepEqual(shared, []);
  const missing = Object.values(picto).filter(
    (c) => !existsSync(join(projectRoot, 'assets', 'pictograms', `${c}.svg`)),
  );
  assert.deepEqual(missing, []);
});

test('the interface draws its pictograms through the table only: no code written in a component', () => {
  const literal: string[] = [];
  const scan = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) scan(p);
      else if (/\.(tsx?|css)$/.test(e.name) && !p.endsWith('pictograms.ts'))
        for (const m of readFileSync(p, 'utf8').matchAll(
          /code="([0-9A-F-]+)"|\/pictograms\/([0-9A-F-]+)\.svg|'([0-9A-F]{4,5}(?:-[0-9A-F]{4,5})*)'/g,
        ))
          literal.push(`${p.slice(projectRoot.length + 1)}: ${m[1] ?? m[2] ?? m[3]}`);
    }
  };
  scan(join(projectRoot, 'renderer', 'src'));
  // The touch hint is drawn by CSS, which cannot import the table: it must still be the table's touchHint.
  assert.deepEqual(
    literal.filter((l) => l !== `renderer/src/styles/kiosk-frame.css: ${picto.touchHint}`),
    [],
  );
});
