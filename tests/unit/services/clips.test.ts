import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clipFile, deleteRecordedClip, listClipKeys, saveRecordedClip } from '../../../main/services/clips';
import { withTemp } from '../../helpers/temp';
import { encodePcm16Wav } from '../../../common/audio/wav';

/** A real (tiny) PCM WAV: 16-bit mono, `samples` of a square wave. */
function wav(samples = 4000, level = 8000): Buffer {
  const square = Int16Array.from({ length: samples }, (_, i) => (i % 20 < 10 ? level : -level));
  return Buffer.from(encodePcm16Wav(square, 16000));
}

test('shipped and recorded clips are listed; a staff recording wins; bad names never resolve', (t) => {
  const dir = withTemp(t);
  const dirs = { contentDir: join(dir, 'content'), dataDir: join(dir, 'data') };
  mkdirSync(join(dirs.contentDir, 'audio', 'ps'), { recursive: true });
  writeFileSync(join(dirs.contentDir, 'audio', 'ps', 'theme.care.wav'), wav(100, 1000));
  assert.deepEqual(listClipKeys(dirs, 'ps'), ['theme.care']);
  assert.deepEqual(listClipKeys(dirs, 'ff'), []);

  const recorded = wav(4200, 9000);
  saveRecordedClip(dirs, 'ps', 'theme.care', recorded);
  saveRecordedClip(dirs, 'ps', 'nav.home', wav());
  assert.deepEqual(listClipKeys(dirs, 'ps'), ['nav.home', 'theme.care']);
  assert.deepEqual(readFileSync(clipFile(dirs, 'ps', 'theme.care')!), recorded);

  deleteRecordedClip(dirs, 'ps', 'theme.care');
  assert.match(clipFile(dirs, 'ps', 'theme.care')!, /content/);
  assert.equal(clipFile(dirs, 'ps', '../../etc/passwd'), null);
  assert.equal(clipFile(dirs, 'xx', 'nav.home'), null);
  assert.throws(() => saveRecordedClip(dirs, 'ps', 'nav.back', Buffer.from('not a wav file at all, just text')));
  assert.throws(() => saveRecordedClip(dirs, 'ps', '../evil', wav()));
});
