// The espeak-ng polyfill runs here, off the main thread: synthesis is CPU-bound and must never block a tap.
import factory from '@echogarden/espeak-ng-emscripten';
import voices from 'virtual:repere-espeak-voices';
import { EspeakEngine, type EspeakFactory } from '../../../common/speech/espeak-engine';
import { unpackVoiceFiles } from '../../../common/speech/espeak-voice-files';
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

/** A voice file bundled beside this worker and served by the app itself (no network). */
async function fetchVoiceFile(name: string): Promise<Uint8Array> {
  const res = await fetch(new URL(name, import.meta.url));
  if (!res.ok) throw new Error(`voice data ${name}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

let engine: Promise<EspeakEngine> | null = null;

/** The engine on the voice data's core (under 1 MB): each language's dictionary comes with its first phrase. */
function start(): Promise<EspeakEngine> {
  engine ??= fetchVoiceFile(voices.core)
    .then((packed) => EspeakEngine.startWithCore(factory as EspeakFactory, unpackVoiceFiles(packed)))
    .catch((err: unknown) => {
      // A failed load (a request timed out on a busy machine) is tried again by the next phrase, not kept.
      engine = null;
      throw err;
    });
  return engine;
}

const dictionaryLoads = new Map<string, Promise<void>>();

/** Adds the dictionary the language's voice reads, once; a failed fetch is tried again by the next phrase. */
function withDictionary(espeak: EspeakEngine, lang: string): Promise<void> | undefined {
  const name = espeak.missingDictionary(lang);
  const file = name && voices.dictionaries[name];
  if (!name || !file) return undefined;
  let load = dictionaryLoads.get(name);
  if (!load) {
    load = fetchVoiceFile(file).then(
      (bytes) => espeak.addDictionary(name, bytes),
      (err: unknown) => {
        dictionaryLoads.delete(name);
        throw err;
      },
    );
    dictionaryLoads.set(name, load);
  }
  return load;
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
    await withDictionary(espeak, req.lang);
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
