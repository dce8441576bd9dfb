import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { openKiosk } from '../../../main/services/kiosk';
import { clipFile } from '../../../main/services/clips';
import { encodePcm16Wav } from '../../../common/audio/wav';
import { defaultContentDir } from '../../../main/paths';
import { toneWav } from '../../helpers/packs';
import { tempDir } from '../../helpers/temp';
import { setQuickPin } from '../../helpers/pin';

async function setup() {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir });
  await setQuickPin(kiosk.db, '246813');
  const h = createHandlers(kiosk);
  const { token } = (await dispatch(h, 'staffEnter', { pin: '246813' })) as { token: string };
  return { h, kiosk, token, dir: t.dir, done: () => (kiosk.close(), t.cleanup()) };
}

const userError = (pattern: RegExp) => (e: unknown) =>
  e instanceof CallFailure && e.error.code === 'bad-input' && pattern.test(e.error.message);

test('a FIFO named *.zip in packs/ is neither listed nor opened: validation answers at once with a clear problem', async () => {
  const s = await setup();
  try {
    mkdirSync(join(s.dir, 'packs'));
    assert.equal(spawnSync('mkfifo', [join(s.dir, 'packs', 'trap.zip')]).status, 0, 'mkfifo');
    const listed = (await dispatch(s.h, 'staffListPacks', { token: s.token })) as { files: { name: string }[] };
    assert.deepEqual(listed.files, []);
    const r = (await dispatch(s.h, 'staffValidatePack', { token: s.token, name: 'trap.zip' })) as {
      ok: boolean;
      problems: { message: string }[];
    };
    assert.equal(r.ok, false);
    assert.match(r.problems[0]!.message, /not a regular file/);
  } finally {
    s.done();
  }
});

test('user mistakes answer bad-input (400) with their own message, never "could not complete"', async () => {
  const s = await setup();
  try {
    await assert.rejects(dispatch(s.h, 'staffRestoreBackup', { token: s.token }), userError(/no backup/));
    await assert.rejects(
      dispatch(s.h, 'staffStats', { token: s.token, from: '2026-12-09', to: '2026-12-01' }),
      userError(/after/),
    );
    const clip = (wav: Uint8Array, key = 'themes.title') =>
      dispatch(s.h, 'staffSaveClip', {
        token: s.token,
        lang: 'fr',
        key,
        wavBase64: Buffer.from(wav).toString('base64'),
      });
    await assert.rejects(clip(new Uint8Array(0)), userError(/WAV/));
    await assert.rejects(clip(encodePcm16Wav([], 16000)), userError(/too short|WAV/), 'header only');
    await assert.rejects(clip(toneWav(1600, 16000)), userError(/too short/), '0.1 s');
    await assert.rejects(clip(toneWav(4800, 16000), 'Themes.Title'), userError(/key/), 'upper-case key');
    assert.equal(clipFile({ contentDir: defaultContentDir, dataDir: s.dir }, 'fr', 'themes.title'), null);
    assert.equal(await clip(toneWav(4800, 16000)), null, '0.3 s is kept');
    assert.ok(clipFile({ contentDir: defaultContentDir, dataDir: s.dir }, 'fr', 'themes.title'));
  } finally {
    s.done();
  }
});
