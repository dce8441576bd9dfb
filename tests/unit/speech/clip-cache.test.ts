import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClipCache } from '../../../renderer/src/speech/clip-cache';
import { settle } from '../../helpers/speech-fakes';

const tone = { duration: 1 } as AudioBuffer;

test('clips: what a visit asked for and that arrives after its end is not kept for the next visitor', async () => {
  let answerList: (keys: Record<string, string[]>) => void = () => {};
  let answerClip: (clip: AudioBuffer) => void = () => {};
  const cache = new ClipCache({
    list: () => new Promise((resolve) => (answerList = resolve)),
    load: () => new Promise((resolve) => (answerClip = resolve)),
  });

  void cache.keysFor('ps');
  cache.clear(); // the visit ended before the listing came back
  answerList({ ps: ['themes.title'] });
  await settle();
  assert.equal(cache.knownKeys('ps'), undefined, 'the ended visit’s listing is not kept');

  // The next visit asks again and gets it; a clip it loads is ready only while that visit lasts.
  void cache.keysFor('ps');
  answerList({ ps: ['themes.title'] });
  await settle();
  assert.deepEqual([...cache.knownKeys('ps')!], ['themes.title']);
  const loading = cache.buffer('ps', 'themes.title');
  await settle();
  cache.clear();
  answerClip(tone);
  assert.equal(await loading, tone, 'the caller still gets it');
  assert.equal(cache.ready('ps', 'themes.title'), undefined, 'but it is not kept');
});

test('clips: the languages asked together are asked in one call, each once per visit, and again after it', async () => {
  const asked: string[][] = [];
  const cache = new ClipCache({
    list: (langs) => {
      asked.push(langs);
      return Promise.resolve({ ps: ['nav.home'], fa: [] });
    },
    load: () => Promise.resolve(tone),
  });
  cache.ask(['ps', 'fa', 'ps', 'ur']);
  void cache.keysFor('fa'); // already asked: no second call
  cache.ask(['fa', 'ti']); // only the new one
  assert.deepEqual(asked, [['ps', 'fa', 'ur'], ['ti']]);
  await settle();
  assert.deepEqual([...cache.knownKeys('ps')!], ['nav.home']);
  assert.deepEqual([...cache.knownKeys('ur')!], [], 'a language the answer leaves out has no clip');
  cache.clear();
  cache.ask(['ps', 'fa']);
  assert.deepEqual(asked.at(-1), ['ps', 'fa'], 'the next visit asks afresh (staff may record between visits)');
});

test('clips: a failed listing leaves every language it asked for without clips, not pending', async () => {
  const cache = new ClipCache({ list: () => Promise.reject(new Error('offline')), load: () => Promise.resolve(tone) });
  cache.ask(['ps', 'fa']);
  assert.deepEqual([...(await cache.keysFor('ps'))], []);
  assert.deepEqual([...(await cache.keysFor('fa'))], []);
});
