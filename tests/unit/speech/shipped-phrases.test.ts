import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ShippedPhrases, type ShippedIndex } from '../../../renderer/src/speech/shipped-phrases';
import { engineOnFakes, fr, settle } from '../../helpers/speech-fakes';

// The start screen's phrases synthesised at build time (renderer/vite-start-phrases.ts): what the engine does with
// them, on fakes. tests/unit/renderer/start-phrases.test.ts checks what the build writes; tests/e2e/start-phrases
// that a kiosk in Chromium finds every one of them.

/** Two French phrases in one file: "Français." is samples 0–1, "English." samples 2–4. */
const index: ShippedIndex = {
  rate: 1,
  phrases: [
    { lang: 'fr', text: 'Français.', file: 'fr.bin', sampleRate: 22050, offset: 0, length: 2 },
    { lang: 'fr', text: 'English.', file: 'fr.bin', sampleRate: 22050, offset: 2, length: 3 },
  ],
};
const samples = Int16Array.of(16384, -32768, 8192, 0, -16384);

/** A reader of the files that counts its reads; it fails while `failing` is set, and waits while `held` is. */
function files() {
  const reads: string[] = [];
  let release = () => {};
  const state = {
    reads,
    failing: false,
    held: null as Promise<void> | null,
    hold() {
      state.held = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    read: async (file: string): Promise<ArrayBuffer> => {
      reads.push(file);
      if (state.held) await state.held;
      if (state.failing) throw new Error('unreadable');
      return samples.slice().buffer;
    },
  };
  return state;
}

test('a shipped phrase is found only at its rate, by its voice and text; its file is read once, as floats', async () => {
  const disk = files();
  const shipped = new ShippedPhrases(index, disk.read);
  assert.equal(shipped.find({ lang: 'fr', text: 'Français.' }, 0.9), null, 'another rate');
  assert.equal(shipped.find({ lang: 'en', text: 'Français.' }, 1), null, 'another voice');
  assert.equal(shipped.find({ lang: 'fr', text: 'Français !' }, 1), null, 'another text');
  assert.deepEqual(disk.reads, [], 'nothing read for a phrase not shipped');

  const [first, second] = await Promise.all([
    shipped.find({ lang: 'fr', text: 'Français.' }, 1),
    shipped.find({ lang: 'fr', text: 'English.' }, 1),
  ]);
  assert.deepEqual([...first!.samples], [0.5, -1]);
  assert.deepEqual([...second!.samples], [0.25, 0, -0.5]);
  assert.equal(first!.sampleRate, 22050);
  assert.deepEqual(disk.reads, ['fr.bin'], 'one read for both');
});

test('a file that cannot be read gives no phrase, and is read again by the next one; a cut file gives none', async () => {
  const disk = files();
  disk.failing = true;
  const shipped = new ShippedPhrases(index, disk.read);
  assert.equal(await shipped.find({ lang: 'fr', text: 'Français.' }, 1), null);
  disk.failing = false;
  assert.ok(await shipped.find({ lang: 'fr', text: 'Français.' }, 1));
  assert.deepEqual(disk.reads, ['fr.bin', 'fr.bin']);

  const cut = new ShippedPhrases(index, () => Promise.resolve(samples.slice(0, 4).buffer));
  assert.ok(await cut.find({ lang: 'fr', text: 'Français.' }, 1), 'the first phrase is whole');
  assert.equal(await cut.find({ lang: 'fr', text: 'English.' }, 1), null, 'the second is cut short');
});

test('rendering ahead a shipped phrase asks nothing of the worker, and its first touch plays it at once', async () => {
  const disk = files();
  const { engine, worker, output } = engineOnFakes({}, new ShippedPhrases(index, disk.read));
  engine.prerender([fr('Français.'), fr('Deutsch.')]);
  await settle();
  assert.deepEqual(worker.asked, ['Deutsch.'], 'only the phrase not shipped is synthesised');

  const heard = engine.speak([fr('Français.')]);
  assert.deepEqual(output.started, [{ text: 'Français.', from: 'buffer' }], 'started inside the touch');
  await output.end('Français.');
  assert.deepEqual(await heard, ['espeak']);

  // Kept across visits, like any phrase rendered ahead.
  engine.reset();
  engine.prerender([fr('Français.')]);
  void engine.speak([fr('Français.')]);
  assert.deepEqual(output.started.at(-1), { text: 'Français.', from: 'buffer' });
  assert.deepEqual(disk.reads, ['fr.bin']);
  assert.deepEqual(worker.asked, ['Deutsch.']);
});

test('a touch while the shipped file is read waits for it, not for the worker', async () => {
  const disk = files();
  disk.hold();
  const { engine, worker, output } = engineOnFakes({}, new ShippedPhrases(index, disk.read));
  engine.prerender([fr('English.')]);
  const heard = engine.speak([fr('English.')]);
  await settle();
  assert.deepEqual(output.started, [], 'nothing to play yet');
  disk.release();
  await settle();
  assert.deepEqual(output.started, [{ text: 'English.', from: 'buffer' }]);
  await output.end('English.');
  assert.deepEqual(await heard, ['espeak']);
  assert.deepEqual(worker.asked, []);
});

test('a shipped phrase whose file cannot be read is rendered ahead by the worker, and a touch meanwhile hears it', async () => {
  const disk = files();
  disk.failing = true;
  const { engine, worker, output } = engineOnFakes({}, new ShippedPhrases(index, disk.read));
  engine.prerender([fr('Français.')]);
  const heard = engine.speak([fr('Français.')]);
  await settle();
  assert.deepEqual(worker.asked, ['Français.'], 'the worker synthesises it instead');
  await worker.finish('Français.');
  assert.deepEqual(output.started, [{ text: 'Français.', from: 'buffer' }]);
  await output.end('Français.');
  assert.deepEqual(await heard, ['espeak']);
});

test('at a rate staff changed, the start phrases are rendered ahead by the worker as before', async () => {
  const disk = files();
  const { engine, worker } = engineOnFakes({}, new ShippedPhrases(index, disk.read));
  engine.configure({ rate: 1.2, volume: 0.8 });
  engine.prerender([fr('Français.'), fr('English.')]);
  await settle();
  await worker.finish('Français.');
  assert.deepEqual(worker.asked, ['Français.', 'English.']);
  assert.deepEqual(disk.reads, []);
});
