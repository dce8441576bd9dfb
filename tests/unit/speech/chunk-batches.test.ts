import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeEspeak } from '../../../main/services/speech-synth';
import { ChunkBatches } from '../../../renderer/src/speech/chunk-batches';

test("the speech worker's batches: the first block at once, then few messages that add up to the whole phrase", async () => {
  const engine = await nodeEspeak();
  const text =
    'Touchez une démarche pour voir les documents à apporter. Touchez encore pour choisir. ' +
    "Si vous n'avez pas de justificatif de domicile, une attestation d'hébergement suffit.";
  const blocks: Int16Array[] = [];
  const batches: Float32Array[] = [];
  const rates = new Set<number>();
  let postedAfterFirstBlock = -1;
  const batcher = new ChunkBatches((samples, sampleRate) => {
    batches.push(samples);
    rates.add(sampleRate);
  });
  const whole = engine.synthesize('fr', text, 1, (block, sampleRate) => {
    blocks.push(block);
    batcher.push(block, sampleRate);
    if (blocks.length === 1) postedAfterFirstBlock = batches.length;
  });
  batcher.flush();

  assert.equal(postedAfterFirstBlock, 1, 'the first block is posted as soon as espeak-ng hands it over');
  assert.equal(batches[0]!.length, blocks[0]!.length);
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
  // Joined, they are the whole phrase, as Web Audio's floats.
  assert.equal(sent, whole.samples.length);
  const joined = new Float32Array(sent);
  let at = 0;
  for (const batch of batches) {
    joined.set(batch, at);
    at += batch.length;
  }
  assert.deepEqual(
    joined,
    Float32Array.from(whole.samples, (s) => s / 32768),
  );
  const count = batches.length;
  batcher.flush();
  assert.equal(batches.length, count, 'a flush with nothing held sends nothing');
});
