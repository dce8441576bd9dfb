/** Live work (a touch is waiting for it) goes before background work (rendering ahead). */
export type Priority = 'now' | 'background';

/** A piece of work handed to the queue; `answer` settles when it has run, or rejects with Cancelled. */
export interface Ticket<A> {
  readonly answer: Promise<A>;
}

/** The answer of a job taken out of the queue before it ran (its phrase was stopped, its visit ended). */
class Cancelled extends Error {
  constructor() {
    super('cancelled before it ran');
  }
}

interface Waiting<R, A> {
  request: R;
  ticket: Ticket<A>;
  resolve: (answer: A) => void;
  reject: (reason: unknown) => void;
}

/**
 * The work of one worker that does one thing at a time (espeak-ng synthesises synchronously): live jobs before
 * background ones, each line in order. A job that has not started can move between the lines (a touch wants a
 * phrase that is being rendered ahead) or be cancelled (nobody will play it): only the job already running is
 * ever waited for.
 */
export class JobQueue<R, A> {
  private running = false;
  private readonly lines: Record<Priority, Waiting<R, A>[]> = { now: [], background: [] };

  constructor(private readonly run: (request: R) => Promise<A>) {}

  add(request: R, priority: Priority): Ticket<A> {
    let resolve: (answer: A) => void = () => {};
    let reject: (reason: unknown) => void = () => {};
    const ticket = { answer: new Promise<A>((res, rej) => ((resolve = res), (reject = rej))) };
    this.lines[priority].push({ request, ticket, resolve, reject });
    this.pump();
    return ticket;
  }

  /** The line a job waits in, or null once it has started (or was cancelled). */
  waiting(ticket: Ticket<A>): Priority | null {
    if (this.lines.now.some((w) => w.ticket === ticket)) return 'now';
    return this.lines.background.some((w) => w.ticket === ticket) ? 'background' : null;
  }

  /** Moves a waiting job: to the end of the live line (asked by a touch), or back to the head of the background. */
  move(ticket: Ticket<A>, to: Priority): void {
    const from = this.waiting(ticket);
    if (!from || from === to) return;
    const [job] = this.take(from, ticket);
    if (to === 'now') this.lines.now.push(job!);
    else this.lines.background.unshift(job!);
  }

  /** Takes a waiting job out; its answer rejects with Cancelled. False when it has already started. */
  cancel(ticket: Ticket<A>): boolean {
    const from = this.waiting(ticket);
    if (!from) return false;
    this.take(from, ticket)[0]!.reject(new Cancelled());
    return true;
  }

  private take(line: Priority, ticket: Ticket<A>): Waiting<R, A>[] {
    return this.lines[line].splice(
      this.lines[line].findIndex((w) => w.ticket === ticket),
      1,
    );
  }

  private pump(): void {
    if (this.running) return;
    const next = this.lines.now.shift() ?? this.lines.background.shift();
    if (!next) return;
    this.running = true;
    new Promise<A>((res) => res(this.run(next.request))).then(next.resolve, next.reject).finally(() => {
      this.running = false;
      this.pump();
    });
  }
}
