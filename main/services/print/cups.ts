import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';

/**
 * CUPS through its own command-line clients (`lp`, `lpstat`, `cancel` from cups-client, `ipptool` from
 * cups-ipp-utils), the tools every Linux print setup has. ipptool gives the IPP attributes themselves
 * (job-state, printer-state-reasons), which lpstat only paraphrases.
 */
export interface CupsServer {
  /** host:port of the scheduler; a private one in tests, localhost:631 on a kiosk. */
  server: string;
}

export const defaultCupsServer = (env: NodeJS.ProcessEnv = process.env): CupsServer => ({
  // CUPS_SERVER may be a socket path, which ipptool cannot reach: the scheduler also listens on localhost:631.
  server: env.CUPS_SERVER && !env.CUPS_SERVER.startsWith('/') ? env.CUPS_SERVER : 'localhost:631',
});

export class CupsCommandError extends Error {
  constructor(
    readonly command: string,
    readonly output: string,
  ) {
    super(`${command}: ${output.trim() || 'failed'}`);
    this.name = 'CupsCommandError';
  }
}

function run(command: string, args: string[], timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, env: { ...process.env, LC_ALL: 'C' } }, (err, stdout, stderr) => {
      if (err) {
        const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
        reject(new CupsCommandError(command, missing ? `${command} is not installed` : `${stderr}${stdout}`));
      } else resolve(stdout);
    });
  });
}

/** `name (type) = value` lines of `ipptool -tv`, values split on commas (1setOf). */
export function parseIppAttributes(output: string): Map<string, string[]> {
  const attributes = new Map<string, string[]>();
  for (const line of output.split('\n')) {
    const m = /^\s+([a-z][a-z0-9-]*) \([^)]*\) = (.*)$/.exec(line);
    if (m) attributes.set(m[1]!, m[2]!.split(','));
  }
  return attributes;
}

function ippStatus(output: string): string {
  return /status-code = ([a-z-]+)/.exec(output)?.[1] ?? 'unknown';
}

async function ipp(server: CupsServer, resource: string, testFile: string): Promise<Map<string, string[]>> {
  const uri = `ipp://${server.server}/${resource}`;
  let output: string;
  try {
    output = await run('ipptool', ['-tv', '-T', '5', uri, `/usr/share/cups/ipptool/${testFile}`]);
  } catch (err) {
    // ipptool exits 1 when the test "fails", e.g. a queue that does not exist: the status says which.
    if (!(err instanceof CupsCommandError)) throw err;
    output = err.output;
  }
  const status = ippStatus(output);
  if (status === 'client-error-not-found') throw new CupsQueueMissing(resource);
  if (!status.startsWith('successful')) throw new CupsCommandError('ipptool', `${resource}: ${status}`);
  return parseIppAttributes(output);
}

export class CupsQueueMissing extends Error {
  constructor(resource: string) {
    super(`${resource} does not exist`);
    this.name = 'CupsQueueMissing';
  }
}

export interface PrinterState {
  state: string;
  reasons: string[];
  accepting: boolean;
  message: string;
}

export interface JobState {
  state: string;
  printerReasons: string[];
}

export class CupsDownError extends Error {
  constructor(server: CupsServer) {
    super(`CUPS is not running: no print scheduler answers at ${server.server} (start it: systemctl start cups)`);
    this.name = 'CupsDownError';
  }
}

/**
 * Whether the scheduler accepts a connection at all. Without it, `lpstat -e` prints nothing and exits 0 (an
 * empty list staff took for "no queue yet"), and `lp` says the queue does not exist.
 */
function schedulerUp(server: CupsServer, timeoutMs = 2_000): Promise<boolean> {
  const at = server.server.lastIndexOf(':');
  const host = at > 0 ? server.server.slice(0, at).replace(/^\[|\]$/g, '') : server.server;
  const port = at > 0 ? Number(server.server.slice(at + 1)) : 631;
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (up: boolean) => (socket.destroy(), resolve(up));
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** ipptool's request for Cancel-Job with purge-job (its stock test files have none), written once per process. */
const purgeRequest = `{
  NAME "Purge one job"
  OPERATION Cancel-Job
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri job-uri $uri
  ATTR name requesting-user-name $user
  ATTR boolean purge-job true
  STATUS successful-ok
}
`;
let purgeFile: string | null = null;
function purgeTestFile(): string {
  if (purgeFile && existsSync(purgeFile)) return purgeFile;
  const dir = mkdtempSync(join(tmpdir(), 'repere-ipp-'));
  // Gone with the process: each start of the kiosk (or of a test) would otherwise leave a folder in the temp dir.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  purgeFile = join(dir, 'purge-job.test');
  writeFileSync(purgeFile, purgeRequest);
  return purgeFile;
}

export const cups = {
  /** Throws CupsDownError when no scheduler answers. */
  async requireScheduler(server: CupsServer): Promise<void> {
    if (!(await schedulerUp(server))) throw new CupsDownError(server);
  },

  async printerState(server: CupsServer, queue: string): Promise<PrinterState> {
    const a = await ipp(server, `printers/${encodeURIComponent(queue)}`, 'get-printer-attributes.test');
    return {
      state: a.get('printer-state')?.[0] ?? 'unknown',
      reasons: a.get('printer-state-reasons') ?? [],
      accepting: a.get('printer-is-accepting-jobs')?.[0] === 'true',
      message: a.get('printer-state-message')?.join(',') ?? '',
    };
  },

  async jobState(server: CupsServer, jobId: number): Promise<JobState> {
    const a = await ipp(server, `jobs/${jobId}`, 'get-job-attributes.test');
    return { state: a.get('job-state')?.[0] ?? 'unknown', printerReasons: a.get('job-printer-state-reasons') ?? [] };
  },

  /** Submits a file; resolves with the job id once the scheduler has accepted it. */
  async submit(server: CupsServer, queue: string, file: string, title: string): Promise<number> {
    const out = await run('lp', ['-h', server.server, '-d', queue, '-t', title, '--', file]);
    const id = /request id is .*-(\d+) /.exec(out)?.[1];
    if (!id) throw new CupsCommandError('lp', out);
    return Number(id);
  },

  /**
   * Cancels a job if it is still pending and purges it (`cancel -x`): its document and control files leave the
   * spool and its history goes, so nothing there says what a visitor printed (issue 25). Also for a completed
   * job: CUPS keeps those for a day by default (PreserveJobFiles, PreserveJobHistory).
   */
  async purge(server: CupsServer, jobId: number): Promise<void> {
    // `cancel -x` refuses a completed job ("already completed"); Cancel-Job with purge-job does not.
    const uri = `ipp://${server.server}/jobs/${jobId}`;
    await run('ipptool', ['-t', '-T', '5', uri, purgeTestFile()]).catch(() => undefined);
  },

  /** The queues the scheduler knows, for staff to choose from. */
  async queues(server: CupsServer): Promise<string[]> {
    await cups.requireScheduler(server);
    const out = await run('lpstat', ['-h', server.server, '-e']).catch((err: unknown) => {
      // lpstat -e exits 1 with "No destinations added." on a machine without any queue.
      if (err instanceof CupsCommandError && /no destinations/i.test(err.output)) return '';
      throw err;
    });
    return out
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  },

  /** The system default queue, or null. */
  async defaultQueue(server: CupsServer): Promise<string | null> {
    const out = await run('lpstat', ['-h', server.server, '-d']).catch(() => '');
    return /system default destination: (\S+)/.exec(out)?.[1] ?? null;
  },
};
