import type { JobQueue, Priority, Ticket } from './job-queue';
import { PcmStream, type Pcm } from './pcm';

/** A phrase to synthesise; with `onChunk`, its samples are handed over as they come (a phrase to play now). */
interface SynthRequest {
  lang: string;
  text: string;
  rate: number;
  onChunk?: (samples: Float32Array<ArrayBuffer>, sampleRate: number) => void;
}

/** The synthesis worker's queue: phrases, and `warm` (load the engine and voices, answered null). */
export type SynthJob = SynthRequest | { warm: true };
export type Synthesiser = JobQueue<SynthJob, Pcm | null>;

interface Entry {
  /** The job's request, as queued: a phrase promoted before it starts gets a chunk handler, to stream. */
  request: SynthRequest;
  /** Its job in the worker's queue; none for a phrase synthesised at build time (seed). */
  ticket?: Ticket<Pcm | null>;
  /** Its PCM, or null when synthesis failed or was cancelled. */
  pcm: Promise<Pcm | null>;
  /** The same, made playable once synthesised: what a touch can start synchronously. */
  sound?: AudioBuffer;
  /** Rendered ahead for every visitor (the start screen's phrases): kept across visits. */
  kept: boolean;
}

/**
 * Synthesised audio by id (language, rate, text), in flight or done, so a repeated phrase starts at once and is
 * never synthesised twice. It also decides what the worker does next: a phrase a touch waits for goes first, even
 * when it was queued for rendering ahead; a phrase nobody will play any more (its speech was stopped, its visit
 * ended) leaves the queue before the worker reaches it.
 */
export class SynthCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly synthesiser: Synthesiser,
    private readonly toSound: (pcm: Pcm) => AudioBuffer,
  ) {}

  /**
   * Renders ahead, at low priority, a phrase every visitor may ask for; kept across visits. `shipped` gives its
   * samples when the build synthesised it (then the worker is not asked; if they cannot be read, it is).
   */
  prerender(id: string, request: SynthRequest, shipped?: () => Promise<Pcm | null> | null): void {
    const entry = this.entries.get(id);
    if (entry) entry.kept = true;
    else {
      const samples = shipped?.();
      if (samples) this.seed(id, request, samples);
      else this.add(id, request, 'background', true);
    }
  }

  /** A phrase synthesised at build time: its samples come from its file, not from the worker. */
  private seed(id: string, request: SynthRequest, shipped: Promise<Pcm | null>): void {
    const entry: Entry = {
      request,
      kept: true,
      pcm: shipped.then((pcm) => {
        if (this.entries.get(id) !== entry) return pcm;
        if (pcm) {
          entry.sound = this.toSound(pcm);
          return pcm;
        }
        this.entries.delete(id);
        this.prerender(id, request);
        return this.entries.get(id)!.pcm;
      }),
    };
    this.entries.set(id, entry);
  }

  /**
   * A phrase to play now: its decoded audio if ready (played at once), a stream of its samples if it is new, or
   * the synthesis already under way (moved to the front of the worker's queue).
   */
  playable(id: string, request: SynthRequest): AudioBuffer | PcmStream | Promise<AudioBuffer | null> {
    const entry = this.entries.get(id);
    if (entry?.sound) return entry.sound;
    if (entry?.ticket && this.synthesiser.waiting(entry.ticket) !== null) {
      // Still waiting, queued to be rendered ahead: it goes next, and streams like a new phrase.
      this.synthesiser.move(entry.ticket, 'now');
      if (!entry.request.onChunk) return this.streamed(entry.request, () => entry);
    }
    // In the worker's hands (or already streaming to another player, or being read from its file): heard once
    // whole. A shipped phrase whose file could not be read has been handed to the worker meanwhile (seed).
    if (entry) return entry.pcm.then(() => entry.sound ?? this.entries.get(id)?.sound ?? null);
    // New text: played chunk by chunk as espeak-ng produces it, kept whole for the next time.
    const fresh = { ...request };
    return this.streamed(fresh, () => this.add(id, fresh, 'now', false));
  }

  /** Hands the request's chunks to a stream (set before the job can start), which ends with the synthesis. */
  private streamed(request: SynthRequest, job: () => Entry): PcmStream {
    const stream = new PcmStream();
    request.onChunk = (samples, rate) => stream.push(samples, rate);
    void job().pcm.then(() => stream.end());
    return stream;
  }

  /**
   * Nothing is played any more (a touch, the end of a visit): live phrases leave the worker's queue; those
   * rendered ahead go back to the background.
   */
  cancelLive(): void {
    for (const [id, entry] of this.entries) {
      if (!entry.ticket || this.synthesiser.waiting(entry.ticket) !== 'now') continue;
      if (entry.kept) {
        delete entry.request.onChunk; // nobody listens any more
        this.synthesiser.move(entry.ticket, 'background');
      } else this.drop(id, entry);
    }
  }

  /** A visitor left: keep only what every visitor hears; what is still synthesising for them is never stored. */
  forgetVisit(): void {
    this.cancelLive();
    for (const [id, entry] of this.entries) if (!entry.kept) this.drop(id, entry);
  }

  private drop(id: string, entry: Entry): void {
    this.entries.delete(id);
    if (entry.ticket) this.synthesiser.cancel(entry.ticket);
  }

  private add(id: string, request: SynthRequest, priority: Priority, kept: boolean): Entry {
    const ticket = this.synthesiser.add(request, priority);
    const entry: Entry = {
      request,
      ticket,
      kept,
      pcm: ticket.answer.then(
        (pcm) => {
          // Dropped meanwhile (its visit ended): not stored.
          if (pcm && this.entries.get(id) === entry) entry.sound = this.toSound(pcm);
          return pcm;
        },
        () => {
          // Failed or cancelled: asked again next time.
          if (this.entries.get(id) === entry) this.entries.delete(id);
          return null;
        },
      ),
    };
    this.entries.set(id, entry);
    return entry;
  }
}
