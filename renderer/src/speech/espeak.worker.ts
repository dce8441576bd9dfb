// The espeak-ng polyfill runs here, off the main thread: synthesis is CPU-bound and must never block a tap.
import factory from '@echogarden/espeak-ng-emscripten';
import voiceDataUrl from '@echogarden/espeak-ng-emscripten/espeak-ng.data?url';
import { EspeakEngine, type EspeakFactory } from '../../../common/speech/espeak-engine';
import { ChunkBatches, toFloat, withoutLeadingSilence } from './chunk-batches';

export type WorkerRequest =
  { id: number; lang: string; text: string; rate: number; stream?: boolean } | { id: number; warm: true };
/**
 * A streamed request gets its chunks first (`chunk`), then the whole phrase (`samples`) for the cache. Samples are
 * floats in [-1, 1], as Web Audio wants them: converted here, so the page only copies them into a buffer.
 */
export type WorkerReply =
  | { id: number; samples: Float32Array<ArrayBuffer>; sampleRate: number }
  | { id: number; chunk: Float32Array<ArrayBuffer>; sampleRate: number }
  | { id: number; ready: true }
  | { id: number; error: string };

let engine: Promise<EspeakEngine> | null = null;

function start(): Promise<EspeakEngine> {
  // The voice data is a bundled asset served by the app itself (no network): fetched once, handed to emscripten.
  engine ??= fetch(voiceDataUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`voice data: HTTP ${res.status}`);
      return res.arrayBuffer();
    })
    .then((data) => EspeakEngine.start(factory as EspeakFactory, data))
    .catch((err: unknown) => {
      // A failed load (a request timed out on a busy machine) is tried again by the next phrase, not kept.
      engine = null;
      throw err;
    });
  return engine;
}

// The renderer is typed against the DOM lib; a worker's global needs only these two members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    const espeak = await start();
    if ('warm' in req) return scope.postMessage({ id: req.id, ready: true });
    // Chunks are posted as espeak-ng hands them over (the first at once, then in growing batches): the page starts
    // playing while this thread goes on. Converting to floats here leaves the page only a copy to make.
    const batches = req.stream
      ? new ChunkBatches((chunk, sampleRate) => scope.postMessage({ id: req.id, chunk, sampleRate }, [chunk.buffer]))
      : null;
    const audio = espeak.synthesize(
      req.lang,
      req.text,
      req.rate,
      batches ? (b, rate) => batches.push(b, rate) : undefined,
    );
    batches?.flush();
    const samples = toFloat(withoutLeadingSilence(audio.samples));
    scope.postMessage({ id: req.id, samples, sampleRate: audio.sampleRate }, [samples.buffer]);
  } catch (err) {
    scope.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) });
  }
};
