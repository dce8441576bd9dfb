import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openKiosk } from '../../../main/services/kiosk';
import { listThemes, metaValue } from '../../../main/services/content-store';
import { readContentState } from '../../../main/services/packs/active-content';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { readJson } from '../../helpers/content';
import { makeFolderPack, zipFolder } from '../../helpers/packs';
import { withTemp } from '../../helpers/temp';
import { bundleOrSource } from '../../helpers/cli';

/** A small seeded generator, so a failing run can be replayed with the same kill points. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Runs the import loop and SIGKILLs it `delayMs` after it is ready, or, with `afterImport`, `delayMs` after its
 * first import completed. Resolves with the number of imports done and how long the first one took.
 */
function runAndKill(
  args: string[],
  delayMs: number,
  afterImport = false,
): Promise<{ imports: number; firstMs: number }> {
  return new Promise((resolve, reject) => {
    // Under `npm test`, the loop's bundle: tsx would compile the sources each round.
    const loop = bundleOrSource(process.env.REPERE_TEST_IMPORT_LOOP, 'tests/helpers/import-loop.ts');
    const child = spawn(process.execPath, [...loop, ...args], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    let readyAt = 0;
    let firstMs = 0;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!readyAt && out.includes('ready\n')) readyAt = performance.now();
      if (!firstMs && out.includes('imported')) firstMs = performance.now() - readyAt;
      if (!timer && (afterImport ? firstMs > 0 : readyAt > 0)) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the import loop stopped by itself (${code}): ${err}`));
      else resolve({ imports: out.split('\n').filter((l) => l.startsWith('imported')).length, firstMs });
    });
  });
}

test('SIGKILL during imports, 12 times at random points: the database is always sound and holds one whole content', async (t) => {
  const dir = withTemp(t);
  const dataDir = join(dir, 'data');
  const packA = await zipFolder(
    makeFolderPack(join(dir, 'a'), { version: '2099.01.01-1', themes: 3 }),
    join(dir, 'a.zip'),
  );
  const packB = await zipFolder(
    makeFolderPack(join(dir, 'b'), { version: '2099.01.02-1', themes: 6 }),
    join(dir, 'b.zip'),
  );
  const themeIds = readJson<{ id: string }[]>(defaultContentDir, 'themes.json').map((x) => x.id);
  const shipped = readJson<{ contentVersion: string }>(defaultContentDir, 'manifest.json').contentVersion;
  // Each possible whole content: version -> its theme ids.
  const wholes = new Map([
    [shipped, themeIds.join(',')],
    ['2099.01.01-1', themeIds.slice(0, 3).join(',')],
    ['2099.01.02-1', themeIds.slice(0, 6).join(',')],
  ]);
  openKiosk({ contentDir: defaultContentDir, dataDir }).close();
  const random = seeded(20261125);
  const seen = new Set<string>();
  let imports = 0;
  // An import's length depends on the content and the machine's load: the first round measures one, then
  // every kill lands at a random point within two and a half imports of the loop being ready (the loop
  // imports A then B, so some kills land after B is in).
  let importMs = 0;
  for (let round = 0; round < 12; round++) {
    const run = await runAndKill(
      [dataDir, packA, packB],
      Math.floor(random() * (round === 0 ? 400 : importMs * 2.5)),
      round === 0,
    );
    if (round === 0) importMs = run.firstMs;
    imports += run.imports;
    // 1. The raw database, before anything repairs it: sound, and one whole content.
    const db = new Database(join(dataDir, 'repere.sqlite'));
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok', `round ${round}`);
    const version = (db.prepare("SELECT value FROM meta WHERE key = 'content_version'").get() as { value: string })
      .value;
    const ids = (db.prepare('SELECT id FROM themes ORDER BY position').all() as { id: string }[])
      .map((r) => r.id)
      .join(',');
    db.close();
    assert.equal(ids, wholes.get(version), `round ${round}: version ${version} with themes ${ids}`);
    seen.add(version);
    // 2. After a restart the database matches the content state.json names, and that copy exists.
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
    const state = readContentState(dataDir);
    const active = metaValue(kiosk.db, 'content_version')!;
    assert.equal(
      listThemes(kiosk.db)
        .map((x) => x.id)
        .join(','),
      wholes.get(active),
    );
    assert.equal(metaValue(kiosk.db, 'content_source'), state.current);
    if (state.current !== 'bundled') assert.ok(existsSync(join(dataDir, 'content', state.current)));
    kiosk.close();
  }
  assert.ok(imports > 0, 'the kills did not all land before the first import');
  assert.ok(seen.size >= 2, `kills landed at varied points (${[...seen].join(', ')})`);
});
