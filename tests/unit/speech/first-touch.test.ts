import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineOnFakes, fr, settle } from '../../helpers/speech-fakes';

// Issue 26: under load, a touch on a language button was silent for seconds while the start screen's names were
// still being rendered ahead: it waited for its own name's turn in the background queue.
const names = ['Français.', 'English.', 'العربية.', 'Українська.', '简体中文。'].map((text) => fr(text));

test('a touched phrase still being rendered ahead goes next in the worker, before the other names', async () => {
  const { engine, worker, output } = engineOnFakes();
  engine.prerender(names);
  await settle();
  assert.deepEqual(worker.asked, ['Français.'], 'rendering ahead, one at a time');

  const heard = engine.speak([names[3]!]);
  await settle();
  assert.deepEqual(output.started, [{ text: 'Українська.', from: 'stream' }], 'it plays as its chunks come');
  await worker.finish('Français.');
  assert.deepEqual(worker.asked, ['Français.', 'Українська.'], 'the touched name jumps the queue');
  assert.deepEqual(worker.streamed, ['Українська.'], 'and is streamed, not handed over whole at its end');
  await worker.finish('Українська.');
  await output.end('Українська.');
  assert.deepEqual(await heard, ['espeak']);

  // The rest is still rendered ahead, each once.
  for (const name of ['English.', 'العربية.', '简体中文。']) await worker.finish(name);
  assert.deepEqual([...worker.asked].sort(), names.map((n) => n.text).sort());
});

test('a touched name that is stopped before its turn goes back to rendering ahead, not out of the queue', async () => {
  const { engine, worker, output } = engineOnFakes();
  engine.prerender(names);
  await settle();
  void engine.speak([names[4]!]);
  engine.stop(); // the visitor touched elsewhere at once
  for (let i = 0; i < names.length; i++) await worker.finish(worker.asked[i]!);
  assert.deepEqual([...worker.asked].sort(), names.map((n) => n.text).sort(), 'every name is rendered, once');
  assert.deepEqual(output.stopped, ['简体中文。'], 'its stream was stopped before it had a sample');
  assert.deepEqual(worker.streamed, [], 'rendered ahead again: nobody listens to its chunks');

  // Rendered all the same: the next touch on it starts at once, in the touch itself.
  void engine.speak([names[4]!]);
  assert.deepEqual(output.started.at(-1), { text: '简体中文。', from: 'buffer' });
});
