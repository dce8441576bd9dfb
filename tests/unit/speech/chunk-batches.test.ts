import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeEspeak } from '../../../main/services/speech-synth';
import { ChunkBatches, soundStart, withoutLeadingSilence } from '../../../renderer/src/speech/chunk-batches';

test("the speech worker's batches: the first block at once, then few messages that add up to the whole phrase", async () => {
  const engine = await nodeEspeak();
  const text =
    'Touchez une démarche pour voir les documents à apporter. Touchez encore pour choisir. ' +
    "Si vous n'avez pas de justificatif de domicile, une attestation d'hébergement suffit.";
  const blocks: Int16Array[] = [];
  const batches: Float32Array[] = [];
  const rates = new Set<number>();
  let postedAfterFirstSound = -1;
  const batcher = new ChunkBatches((samples, sampleRate) => {
    batches.push(samples);
    rates.add(sampleRate);
  });
  const whole = engine.synthesize('fr', text, 1, (block, sampleRate) => {
    blocks.push(block);
    batcher.push(block, sampleRate);
    if (postedAfterFirstSound < 0 && soundStart(block) < block.length) postedAfterFirstSound = batches.length;
  });
  batcher.flush();

  assert.equal(postedAfterFirstSound, 1, 'the first block with sound is posted as soon as espeak-ng hands it over');
  assert.deepEqual([...rates], [whole.sampleRate]);
  // A sentence of n blocks crosses in about log2(n) + 1 messages, not n.
  assert.ok(blocks.length > 20, `${blocks.length} blocks`);
  assert.ok(batches.length <= Math.ceil(Math.log2(blocks.length)) + 2, `${batches.length} batches`);
  // Each batch but the last holds at least as much as all the batches before it.
  let sent = 0;
  for (const [i, batch] of batches.entries()) {
    if (i > 0 && i < batches.length - 1) assert.ok(batch.length >= sent, `batch ${i}: ${batch.length} < ${sent}`);
    sent += batch.length;
  }
  // Joined, they are the whole phrase from its first sound, as Web Audio's floats.
  const sounding = withoutLeadingSilence(whole.samples);
  assert.equal(sent, sounding.length);
  const joined = new Float32Array(sent);
  let at = 0;
  for (const batch of batches) {
    joined.set(batch, at);
    at += batch.length;
  }
  assert.deepEqual(
    joined,
    Float32Array.from(sounding, (s) => s / 32768),
  );
  const count = batches.length;
  batcher.flush();
  assert.equal(batches.length, count, 'a flush with nothing held sends nothing');
});

test('a synthesised phrase starts at its first sound: the silence espeak-ng puts before it is not played', async () => {
  const engine = await nodeEspeak();
  // Arabic and Tigrinya phrases begin with tens of milliseconds of silence.
  for (const [lang, text] of [
    ['ar', 'العربية'],
    ['ti', 'ትግርኛ'],
  ] as const) {
    const batches: Float32Array[] = [];
    const batcher = new ChunkBatches((samples) => batches.push(samples));
    const whole = engine.synthesize(lang, text, 1, (block, rate) => batcher.push(block, rate));
    batcher.flush();
    const silentMs = (soundStart(whole.samples) / whole.sampleRate) * 1000;
    assert.ok(silentMs > 20, `${lang}: ${silentMs} ms of leading silence to drop`);
    assert.ok(Math.abs(whole.samples[soundStart(whole.samples)]!) >= 64, 'it stops at a sample with sound');
    assert.ok(Math.abs(batches[0]![0]! * 32768) >= 64, `${lang}: the first sample played is sound`);
    const played = batches.reduce((n, b) => n + b.length, 0);
    assert.equal(played, whole.samples.length - soundStart(whole.samples), 'only the silence before it is dropped');
  }
});
