import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeEspeak } from '../../../main/services/speech-synth';

test('espeak-ng hands a long sentence over in several chunks that add up to the whole phrase', async () => {
  const engine = await nodeEspeak();
  const text =
    "Bonjour. Pour inscrire votre enfant à l'école, apportez une pièce d'identité, le livret de famille " +
    "et un justificatif de domicile. Si vous n'en avez pas, une attestation sur l'honneur suffit.";
  const chunks: Int16Array[] = [];
  const rates = new Set<number>();
  const whole = engine.synthesize('fr', text, 1, (samples, sampleRate) => {
    chunks.push(samples);
    rates.add(sampleRate);
  });
  assert.ok(chunks.length > 3, `${chunks.length} chunks`);
  assert.deepEqual([...rates], [whole.sampleRate]);
  // The first chunk is a small part of the sentence: playback can start long before synthesis ends.
  assert.ok(
    chunks[0]!.length < whole.samples.length / 3,
    `first chunk ${chunks[0]!.length} of ${whole.samples.length}`,
  );
  const joined = new Int16Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  assert.deepEqual(joined, whole.samples);
  // Each chunk is a copy: the engine's own buffer may be reused for the next one.
  assert.notEqual(chunks[0]!.buffer, chunks[1]!.buffer);
});
