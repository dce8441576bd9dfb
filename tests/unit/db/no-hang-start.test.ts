import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../../../main/services/kiosk';
import { readSettings, writeSettings } from '../../../main/services/settings';
import { isPinSet } from '../../../main/services/staff/pin-store';
import { loadMachineConfig } from '../../../main/config/load';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { cliArgs } from '../../helpers/cli';
import { setQuickPin } from '../../helpers/pin';
import { withTemp } from '../../helpers/temp';

// Issue 25: a FIFO where the kiosk expects a file made `cli info` and `serve` hang at start for ever (killed after
// 60–90 s), and a folder at repere.sqlite-wal cost the PIN and the counters.

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

/** `cli info` in its own process, killed if it has not finished in 60 s (a hang fails the test, not the run). */
function cliInfo(dataDir: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, cliArgs(['info', '--data-dir', dataDir]), {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, ...env },
  });
  assert.equal(r.signal, null, `cli info hung (killed): ${r.stderr}`);
  return r;
}

/** A data folder with settings and a PIN set, the kiosk closed (its -wal checkpointed away). */
async function dataWithPin(dir: string): Promise<string> {
  const dataDir = join(dir, 'data');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  writeSettings(kiosk.db, { idleTimeoutSeconds: 240 });
  await setQuickPin(kiosk.db, '482915');
  kiosk.close();
  return dataDir;
}

const namesIn = (dir: string, prefix: string) => readdirSync(dir).filter((n) => n.startsWith(prefix));

test('a FIFO at content/state.json: the CLI starts on the shipped content, says so, keeps the FIFO aside', async (t) => {
  const dataDir = await dataWithPin(withTemp(t));
  mkdirSync(join(dataDir, 'content'), { recursive: true });
  mkfifo(join(dataDir, 'content', 'state.json'));
  const r = cliInfo(dataDir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /state\.json is a named pipe \(FIFO\), not a regular file/);
  const [aside] = namesIn(join(dataDir, 'content'), 'state.json.damaged-');
  assert.ok(aside && statSync(join(dataDir, 'content', aside)).isFIFO());
  assert.ok(statSync(join(dataDir, 'content', 'state.json')).isFile(), 'a fresh state.json replaced it');
});

test('a FIFO at repere.sqlite: the CLI starts on a fresh database, says so, keeps the FIFO aside', async (t) => {
  const dataDir = join(withTemp(t), 'data');
  mkdirSync(dataDir, { recursive: true });
  mkfifo(join(dataDir, 'repere.sqlite'));
  const r = cliInfo(dataDir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /repere\.sqlite is a named pipe \(FIFO\), not a regular file: kept aside/);
  const [aside] = namesIn(dataDir, 'repere.sqlite.damaged-');
  assert.ok(aside && statSync(join(dataDir, aside)).isFIFO());
  assert.ok(statSync(join(dataDir, 'repere.sqlite')).isFile());
});

test('repere.sqlite-wal as a folder: only the folder is set aside; the PIN and the settings stay', async (t) => {
  const dataDir = await dataWithPin(withTemp(t));
  mkdirSync(join(dataDir, 'repere.sqlite-wal'));
  const r = cliInfo(dataDir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stderr,
    /repere\.sqlite-wal is a folder, not a regular file: kept aside.*The database itself was kept/,
  );
  assert.deepEqual(namesIn(dataDir, 'repere.sqlite.damaged-'), [], 'the intact database was not set aside');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  try {
    assert.equal(isPinSet(kiosk.db), true);
    assert.equal(readSettings(kiosk.db).idleTimeoutSeconds, 240);
  } finally {
    kiosk.close();
  }
});

test('a FIFO as the content lock, or in place of a content file, never blocks a start', async (t) => {
  const dataDir = await dataWithPin(withTemp(t));
  mkdirSync(join(dataDir, 'content'), { recursive: true });
  mkfifo(join(dataDir, 'content', '.lock'));
  assert.equal(cliInfo(dataDir).status, 0, 'a FIFO lock is no live writer: broken like a stale one');
  // The content folder itself named by --content-dir: refused with the file named, not waited on.
  const content = join(withTemp(t), 'content');
  execFileSync('cp', ['-r', defaultContentDir, content]);
  rmSync(join(content, 'themes.json'));
  mkfifo(join(content, 'themes.json'));
  const viaFlag = spawnSync(
    process.execPath,
    cliArgs(['info', '--content-dir', content, '--data-dir', join(withTemp(t), 'd')]),
    { cwd: projectRoot, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' },
  );
  assert.equal(viaFlag.signal, null, 'hung on a FIFO content file');
  assert.notEqual(viaFlag.status, 0);
  assert.match(viaFlag.stderr, /themes\.json.*named pipe \(FIFO\), not a regular file/);
});

test('a FIFO named as the machine config is refused as not a regular file', { timeout: 10_000 }, (t) => {
  const file = join(withTemp(t), 'config.json');
  mkfifo(file);
  const r = loadMachineConfig({ path: file, explicit: true });
  assert.equal(r.status, 'invalid');
  assert.match(r.status === 'invalid' ? r.problems[0]!.message : '', /named pipe \(FIFO\), not a regular file/);
});
