import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Phrase } from '../../../renderer/src/speech/phrase';
import { engineOnFakes, settle } from '../../helpers/speech-fakes';

// Pashto has no synthetic voice; Dari (fa) has one. The translator stands in for renderer/src/bridge.
const title: Phrase = { text: 'موضوعات', lang: 'ps', key: 'themes.title' };
const instruction: Phrase = { text: 'یو انځور کېکاږئ.', lang: 'ps', key: 'themes.instruction' };
const dari: Record<string, string> = { 'themes.title': 'موضوع‌ها', 'themes.instruction': 'یک تصویر را لمس کنید.' };
const toDari = (p: Phrase): Phrase | null =>
  p.lang === 'ps' && p.key && dari[p.key] ? { text: dari[p.key]!, lang: 'fa', key: p.key } : null;

test('bridge: a Pashto phrase with no clip is said in Dari, with the Dari text and voice, announced as Pashto', async () => {
  const { engine, worker, output, announced } = engineOnFakes();
  engine.bridges.set(toDari);
  const done = engine.speak([title]);
  await settle();
  assert.deepEqual(worker.asked, [dari['themes.title']], 'the Dari text is synthesised, not the Pashto one');
  assert.deepEqual(output.texts(), [dari['themes.title']]);
  await worker.finish(dari['themes.title']!);
  await output.end(dari['themes.title']!);
  assert.deepEqual(await done, ['espeak']);
  assert.deepEqual(announced, [{ phrase: title, source: 'espeak', bridge: toDari(title) }]);
  assert.equal(engine.snapshot().missingLang, null, 'no missing-audio sign');
});

test('bridge: a recorded Pashto clip wins for its phrase; the next phrase, without one, keeps the bridge', async () => {
  const { engine, worker, output, announced } = engineOnFakes({ ps: ['themes.title'] });
  engine.bridges.set(toDari);
  const done = engine.speak([title, instruction]);
  await settle();
  assert.deepEqual(output.started[0], { text: title.text, from: 'buffer' }, 'the Pashto clip plays');
  await output.end(title.text);
  await worker.finish(dari['themes.instruction']!);
  await output.end(dari['themes.instruction']!);
  assert.deepEqual(await done, ['clip', 'espeak']);
  assert.deepEqual(worker.asked, [dari['themes.instruction']], 'the clipped phrase is never synthesised in Dari');
  assert.deepEqual(announced, [
    { phrase: title, source: 'clip' },
    { phrase: instruction, source: 'espeak', bridge: toDari(instruction) },
  ]);
});

test('bridge: without a bridge text (or with bridges off) the phrase is not heard and the sign shows', async () => {
  const { engine, worker, output } = engineOnFakes();
  engine.bridges.set(() => null);
  assert.deepEqual(await engine.speak([title]), ['none']);
  assert.equal(engine.snapshot().missingLang, 'ps');
  assert.deepEqual(worker.asked, []);
  assert.deepEqual(output.started, []);
});

test('bridge: a stand-in voice IT chose reads Pashto itself, so no bridge is used', async () => {
  const { engine, worker } = engineOnFakes();
  engine.configure({ rate: 1, volume: 0.8, fallbackVoices: { ps: 'fa' } });
  engine.bridges.set(toDari);
  void engine.speak([title]);
  await settle();
  assert.deepEqual(worker.asked, [title.text], 'the Pashto text, read by the Dari voice');
});

test('bridge: a Pashto phrase rendered ahead is rendered in Dari, and a touch then starts it at once', async () => {
  const { engine, worker, output } = engineOnFakes();
  engine.bridges.set(toDari);
  engine.prerender([title]);
  await settle();
  assert.deepEqual(worker.asked, [dari['themes.title']]);
  await worker.finish(dari['themes.title']!);
  void engine.speak([title]);
  assert.deepEqual(output.started, [{ text: dari['themes.title'], from: 'buffer' }], 'started in the touch itself');
});

test('bridge: with a stand-in voice, a Pashto phrase rendered ahead is rendered by it, and a touch starts it at once', async () => {
  // Issue 26: the start screen's Pashto names were never rendered ahead with IT's stand-in voice, so the first
  // touch on Pashto waited for the worker and, on a busy kiosk, was silent for seconds.
  const { engine, worker, output } = engineOnFakes();
  engine.configure({ rate: 1, volume: 0.8, fallbackVoices: { ps: 'fa' } });
  engine.bridges.set(toDari);
  engine.prerender([title]);
  await settle();
  assert.deepEqual(worker.asked, [title.text], 'the Pashto text, rendered ahead by the Dari voice');
  await worker.finish(title.text);
  void engine.speak([title]);
  assert.deepEqual(output.started, [{ text: title.text, from: 'buffer' }], 'started in the touch itself');
});
