import type { WorkerReply, WorkerRequest } from './espeak.worker';
import EspeakWorker from './espeak.worker?worker';
import { JobQueue } from './job-queue';
import type { Pcm } from './pcm';
import type { SynthJob, Synthesiser } from './synth-cache';

/**
 * The espeak-ng polyfill's client: one Web Worker, started on the first job, one request in flight at a time.
 * Its queue (job-queue.ts) puts live requests (a touch) before background ones (prerendering), so a touch waits
 * at most for one phrase already being rendered.
 */
export class PolyfillVoice {
  private worker: Worker | null = null;
  private nextId = 1;
  readonly queue: Synthesiser = new JobQueue<SynthJob, Pcm | null>((job) => this.post(job));

  private post(job: SynthJob): Promise<Pcm | null> {
    const worker = (this.worker ??= new EspeakWorker());
    const id = this.nextId++;
    const onChunk = 'warm' in job ? undefined : job.onChunk;
    const request: WorkerRequest =
      'warm' in job
        ? { id, warm: true }
        : { id, lang: job.lang, text: job.text, rate: job.rate, ...(onChunk ? { stream: true } : {}) };
    return new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if ('chunk' in reply) return onChunk?.(reply.chunk, reply.sampleRate);
        if ('error' in reply) reject(new Error(reply.error));
        else resolve('samples' in reply ? { samples: reply.samples, sampleRate: reply.sampleRate } : null);
      };
      worker.postMessage(request);
    });
  }
}
