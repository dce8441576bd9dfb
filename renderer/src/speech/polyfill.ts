import type { WorkerReply, WorkerRequest } from './espeak.worker';
import EspeakWorker from './espeak.worker?worker';

/** The espeak-ng polyfill's client: one Web Worker, requests matched to replies by id. */
export class PolyfillVoice {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (reply: WorkerReply) => void>();

  private send(request: { lang: string; text: string; rate: number } | { warm: true }): Promise<WorkerReply> {
    if (!this.worker) {
      this.worker = new EspeakWorker();
      this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        this.pending.get(event.data.id)?.(event.data);
        this.pending.delete(event.data.id);
      };
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker!.postMessage({ ...request, id } satisfies WorkerRequest);
    });
  }

  warm(): void {
    void this.send({ warm: true });
  }

  async synthesize(lang: string, text: string, rate: number): Promise<{ samples: Int16Array; sampleRate: number }> {
    const reply = await this.send({ lang, text, rate });
    if ('error' in reply) throw new Error(reply.error);
    if (!('samples' in reply)) throw new Error('unexpected reply from the speech worker');
    return reply;
  }
}
