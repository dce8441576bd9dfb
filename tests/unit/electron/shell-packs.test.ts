import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { uiKeys } from '../../../main/services/clip-coverage';
import { openKiosk } from '../../../main/services/kiosk';
import { exportClipPack } from '../../../main/services/packs/clip-pack-export';
import { defaultContentDir } from '../../../main/paths';
import { recordTakes } from '../../helpers/clip-packs';
import { makeFolderPack } from '../../helpers/packs';
import { logLines } from '../../helpers/electron/electron-log';
import { startShell } from '../../helpers/electron/shell';
import { withTemp } from '../../helpers/temp';

/** The first log line of `event` written after `from` lines, waited for (the import runs after the window). */
async function logLine(event: string, from: number): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const line = logLines()
      .slice(from)
      .find((l) => l.includes(`${event} `));
    if (line) return line;
    await sleep(50);
  }
  throw new Error(`no ${event} line in the log`);
}

test('the shell imports the configured clipPack at start, and the app protocol then serves its clips', async (t) => {
  const dir = withTemp(t, 'repere-shell-clips-');
  const [key] = uiKeys();
  const takes = recordTakes(join(dir, 'a'), [{ lang: 'ff', key: key! }]);
  const a = openKiosk({ contentDir: defaultContentDir, dataDir: join(dir, 'a') });
  const pack = join(dir, 'repere-clips.zip');
  try {
    await exportClipPack(a, pack);
  } finally {
    a.close();
  }
  const url = `app://repere/clips/ff/${encodeURIComponent(key!)}.wav`;

  const from = logLines().length;
  const { standIn } = await startShell(t, { kioskId: 'k-b', clipPack: pack });
  assert.match(await logLine('clip-pack.start-import', from), /^\[info\] .*action=imported count=1/);
  const served = await standIn.fetchApp(url);
  assert.equal(served.status, 200);
  assert.ok(Buffer.from(await served.arrayBuffer()).equals(takes.get(`ff/${key!}`)!), 'the recorded take, as is');
});

test('the shell logs the configured contentPack import with fields the log keeps (none dropped)', async (t) => {
  const dir = withTemp(t, 'repere-shell-content-');
  const pack = makeFolderPack(join(dir, 'pack'), { version: '2099.07.01-1' });
  const from = logLines().length;
  await startShell(t, { kioskId: 'k-c', contentPack: pack });
  const line = await logLine('content-pack.start-import', from);
  assert.match(line, /^\[info\] content-pack\.start-import action=imported version=2099\.07\.01-1 count=0$/);
});

test('a configured contentPack that cannot be read is logged as refused, with its number of problems', async (t) => {
  const dir = withTemp(t, 'repere-shell-content-');
  const from = logLines().length;
  await startShell(t, { kioskId: 'k-c', contentPack: join(dir, 'missing.zip') });
  const line = await logLine('content-pack.start-import', from);
  assert.match(line, /^\[error\] content-pack\.start-import action=refused version=null count=[1-9]\d*$/);
});
