import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClipCache } from '../../../renderer/src/speech/clip-cache';
import { settle } from '../../helpers/speech-fakes';

const tone = { duration: 1 } as AudioBuffer;

test('clips: what a visit asked for and that arrives after its end is not kept for the next visitor', async () => {
  let answerList: (keys: string[]) => void = () => {};
  let answerClip: (clip: AudioBuffer) => void = () => {};
  const cache = new ClipCache({
    list: () => new Promise((resolve) => (answerList = resolve)),
    load: () => new Promise((resolve) => (answerClip = resolve)),
  });

  void cache.keysFor('ps');
  cache.clear(); // the visit ended before the listing came back
  answerList(['themes.title']);
  await settle();
  assert.equal(cache.knownKeys('ps'), undefined, 'the ended visit’s listing is not kept');

  // The next visit asks again and gets it; a clip it loads is ready only while that visit lasts.
  void cache.keysFor('ps');
  answerList(['themes.title']);
  await settle();
  assert.deepEqual([...cache.knownKeys('ps')!], ['themes.title']);
  const loading = cache.buffer('ps', 'themes.title');
  await settle();
  cache.clear();
  answerClip(tone);
  assert.equal(await loading, tone, 'the caller still gets it');
  assert.equal(cache.ready('ps', 'themes.title'), undefined, 'but it is not kept');
});
