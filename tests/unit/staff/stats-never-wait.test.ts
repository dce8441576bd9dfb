import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openKiosk } from '../../../main/services/kiosk';
import { countEvent } from '../../../main/services/staff/stats';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { withTemp } from '../../helpers/temp';

/** Another process holding the database's write lock (as the content worker or a CLI import does) until `go`. */
const writerScript = `
const [file, dir] = process.argv.slice(1);
const fs = require('node:fs');
const db = new (require('better-sqlite3'))(file);
db.exec("BEGIN IMMEDIATE; INSERT OR REPLACE INTO meta (key, value) VALUES ('writer', 'held')");
fs.writeFileSync(dir + '/locked', '');
const cell = new Int32Array(new SharedArrayBuffer(4));
for (let i = 0; i < 6000 && !fs.existsSync(dir + '/go'); i++) Atomics.wait(cell, 0, 0, 10);
db.exec('COMMIT');
db.close();
`;

async function holdWriteLock(dbFile: string, dir: string) {
  const child = spawn(process.execPath, ['-e', writerScript, dbFile, dir], { cwd: projectRoot, stdio: 'inherit' });
  const exited = once(child, 'exit');
  while (!existsSync(join(dir, 'locked'))) {
    assert.equal(child.exitCode, null, 'the writer holds the lock');
    await sleep(20);
  }
  return {
    /** Tells the writer to commit (it does within its next 10 ms poll). */
    go: () => writeFileSync(join(dir, 'go'), ''),
    async ended() {
      const [code] = (await exited) as [number];
      assert.equal(code, 0);
    },
  };
}

const sessions = (kiosk: ReturnType<typeof openKiosk>) =>
  kiosk.db.prepare("SELECT COALESCE(SUM(count), 0) FROM stat_counters WHERE kind = 'session'").pluck().get();

// The thread that counts a visitor's tap is the one that answers visitors: waiting for another connection's write
// lock (busy_timeout, 5 s) held every request behind it (issue 25, an import installing its content).
test('a count made while another process holds the write lock returns at once and is written afterwards', async (t) => {
  const dir = withTemp(t);
  const dataDir = join(dir, 'data');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  t.after(() => kiosk.close());
  const writer = await holdWriteLock(join(dataDir, 'repere.sqlite'), dir);
  const event = { kind: 'session', id: 'start' } as const;
  // Returns while the lock is held (the writer waits for `go`, written only below): it did not wait for it.
  countEvent(kiosk.db, kiosk.clock(), kiosk.timeZone(), event);
  assert.equal(sessions(kiosk), 0, 'not written yet: the lock is held');
  writer.go();
  await writer.ended();
  countEvent(kiosk.db, kiosk.clock(), kiosk.timeZone(), event);
  assert.equal(sessions(kiosk), 2, 'both: the kept one with the next');
});

test('counts kept while the lock was held are written when the kiosk closes', async (t) => {
  const dir = withTemp(t);
  const dataDir = join(dir, 'data');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  const writer = await holdWriteLock(join(dataDir, 'repere.sqlite'), dir);
  countEvent(kiosk.db, kiosk.clock(), kiosk.timeZone(), { kind: 'language', id: 'ps' });
  // Closing while the lock is still held: the close waits for it (the busy timeout), then writes the count.
  writer.go();
  kiosk.close();
  await writer.ended();
  const again = openKiosk({ contentDir: defaultContentDir, dataDir });
  t.after(() => again.close());
  const languages = again.db.prepare("SELECT item, count FROM stat_counters WHERE kind = 'language'").all();
  assert.deepEqual(languages, [{ item: 'ps', count: 1 }]);
});
