import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../main/paths';
import { startKeys } from '../../../renderer/src/i18n/start-keys';

// Before a language is chosen, only its start strings are loaded (renderer/src/i18n/start-keys.ts): whatever the
// start screen and its speech bar show or speak in a language other than the page's must be one of them.
test('every string the start screen shows or speaks in another language is a start string', () => {
  const files = [
    ...readdirSync(join(projectRoot, 'renderer/src/features/start')).map((f) => `renderer/src/features/start/${f}`),
    'renderer/src/speech/SpeechBar.tsx',
  ].filter((f) => f.endsWith('.tsx'));
  const used = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(projectRoot, file), 'utf8');
    for (const m of source.matchAll(/\bt\('([\w.]+)',\s*\{\s*lng:/g)) used.add(m[1]!);
    for (const m of source.matchAll(/\bphrase\('([\w.]+)'/g)) used.add(m[1]!);
  }
  assert.ok(used.size >= 4, [...used].join(', '));
  assert.deepEqual(
    [...used].filter((key) => !(startKeys as readonly string[]).includes(key)),
    [],
  );
});
