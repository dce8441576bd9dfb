import type { WorkerReply, WorkerRequest } from './espeak.worker';
import EspeakWorker from './espeak.worker?worker';

type Job = {
  request: { lang: string; text: string; rate: number; stream?: boolean } | { warm: true };
  done: (r: WorkerReply) => void;
  onChunk?: (samples: Float32Array<ArrayBuffer>, sampleRate: number) => void;
};

/**
 * The espeak-ng polyfill's client: one Web Worker, one request in flight at a time, live requests (a touch)
 * before background ones (prerendering), so a touch waits at most for one phrase already being rendered.
 */
export class PolyfillVoice {
  private worker: Worker | null = null;
  private nextId = 1;
  private busy = false;
  private readonly now: Job[] = [];
  private readonly background: Job[] = [];

  private pump(): void {
    if (this.busy) return;
    const job = this.now.shift() ?? this.background.shift();
    if (!job) return;
    if (!this.worker) this.worker = new EspeakWorker();
    this.busy = true;
    const id = this.nextId++;
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.id !== id) return;
      if ('chunk' in event.data) return job.onChunk?.(event.data.chunk, event.data.sampleRate);
      this.busy = false;
      job.done(event.data);
      this.pump();
    };
    this.worker.postMessage({ ...job.request, id } satisfies WorkerRequest);
  }

  private send(
    request: Job['request'],
    priority: 'now' | 'background',
    onChunk?: Job['onChunk'],
  ): Promise<WorkerReply> {
    return new Promise((done) => {
      (priority === 'now' ? this.now : this.background).push({ request, done, ...(onChunk ? { onChunk } : {}) });
      this.pump();
    });
  }

  /** Loads the engine and its voices in the worker ahead of the first phrase. */
  warm(): void {
    void this.send({ warm: true }, 'background');
  }

  async synthesize(
    lang: string,
    text: string,
    rate: number,
    priority: 'now' | 'background' = 'now',
    onChunk?: (samples: Float32Array<ArrayBuffer>, sampleRate: number) => void,
  ): Promise<{ samples: Float32Array<ArrayBuffer>; sampleRate: number }> {
    const reply = await this.send({ lang, text, rate, ...(onChunk ? { stream: true } : {}) }, priority, onChunk);
    if ('error' in reply) throw new Error(reply.error);
    if (!('samples' in reply)) throw new Error('unexpected reply from the speech worker');
    return reply;
  }
}
