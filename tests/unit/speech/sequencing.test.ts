import { test } from 'node:test';
import assert from 'node:assert/strict';
import { engineOnFakes, fr, settle } from '../../helpers/speech-fakes';

test('a new touch stops the phrase that is sounding, and its own phrase plays instead', async () => {
  const { engine, worker, output } = engineOnFakes();
  const first = engine.speak([fr('Papiers et titre de séjour')]);
  await settle();
  assert.deepEqual(output.texts(), ['Papiers et titre de séjour'], 'a new phrase streams as it is synthesised');
  await worker.finish('Papiers et titre de séjour');

  const second = engine.speak([fr('Où aller')]);
  await settle();
  assert.deepEqual(output.stopped, ['Papiers et titre de séjour']);
  assert.deepEqual(output.texts(), ['Papiers et titre de séjour', 'Où aller']);
  assert.equal(engine.snapshot().speaking, true);
  await worker.finish('Où aller');
  await output.end('Où aller');
  assert.deepEqual(await first, ['espeak'], 'the stopped call ends without going on');
  assert.deepEqual(await second, ['espeak']);
  assert.equal(engine.snapshot().speaking, false);
});

test('the phrases of a screen that was left are never played, nor even synthesised', async () => {
  const { engine, worker, output, announced } = engineOnFakes();
  void engine.speak([fr('La carte'), fr('Touchez un repère pour voir le lieu.'), fr('Lieux ouverts')]);
  await settle();
  assert.deepEqual(worker.asked, ['La carte'], 'one phrase at a time in the worker; the others wait');

  // The visitor touches Home while the title is still being synthesised.
  void engine.speak([fr('Accueil')]);
  await worker.finish('La carte');
  await output.end('La carte');
  await worker.finish('Accueil');
  await output.end('Accueil');
  assert.deepEqual(worker.asked, ['La carte', 'Accueil'], 'the waiting phrases left the queue');
  assert.deepEqual(output.texts(), ['La carte', 'Accueil']);
  assert.deepEqual(
    announced.map((a) => a.phrase.text),
    ['La carte', 'Accueil'],
  );
});

test('a phrase synthesised after its screen was left is not played when it arrives', async () => {
  const { engine, worker, output } = engineOnFakes();
  void engine.speak([fr('Touchez une image.')]);
  await settle();
  engine.stop();
  await worker.finish('Touchez une image.');
  assert.deepEqual(output.texts(), ['Touchez une image.'], 'it had only started to stream');
  assert.deepEqual(output.stopped, ['Touchez une image.']);
  assert.equal(engine.snapshot().speaking, false);
});

test('the end of a visit cancels everything queued and keeps nothing of it; the start screen survives', async () => {
  const { engine, worker, output } = engineOnFakes();
  const start = [fr('Français. Touchez encore pour choisir le français.'), fr('Bonjour ! Touchez votre langue.')];
  engine.prerender(start);
  await settle();
  await worker.finish(start[0]!.text);
  await worker.finish(start[1]!.text);

  void engine.speak([fr('Santé'), fr('Touchez une démarche.'), fr('Aide médicale de l’État')]);
  await settle();
  engine.reset();
  await worker.finish('Santé'); // it was already in the worker's hands: it ends, and is dropped
  assert.deepEqual(worker.asked, [start[0]!.text, start[1]!.text, 'Santé'], 'nothing more of the visit is asked');

  // The start screen comes back and renders its phrases ahead again: they were kept, the worker is not asked.
  engine.prerender(start);
  await settle();
  assert.equal(worker.asked.length, 3);
  // The next visitor: the start screen's phrases start at once from their buffers, in the touch itself.
  void engine.speak([start[0]!]);
  assert.deepEqual(output.started.at(-1), { text: start[0]!.text, from: 'buffer' });
  // And the last visitor's phrase was not kept: asking for it synthesises it anew.
  void engine.speak([fr('Santé')]);
  await settle();
  assert.deepEqual(output.started.at(-1), { text: 'Santé', from: 'stream' });
  assert.equal(worker.asked.at(-1), 'Santé');
  assert.equal(worker.asked.filter((t) => t === 'Santé').length, 2);
});
