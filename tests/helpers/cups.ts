import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../main/paths';
import type { CupsServer } from '../../main/services/print/cups';
import { tempDir } from './temp';

/**
 * A private CUPS scheduler for one test file: its own config, spool, state and port in a temp directory, so the
 * tests never touch the machine's cupsd or another run's queues. Its backend directory holds the system's
 * backends plus tests/fixtures/cups/repere-test-backend. Queues:
 * - `pdf`: cups-pdf (printer-driver-cups-pdf), writing PDFs into cups-pdf's output folder for pdftotext;
 * - `no-paper`, `jam`: the test backend reporting media-empty-error / media-jam-error and failing;
 * - `slow`: the test backend never finishing; `ok`: the test backend printing nothing and succeeding.
 * Needs cups, cups-client, cups-ipp-utils and printer-driver-cups-pdf, and root (cups-pdf runs as root):
 * `.ci/run` installs them. If cupsd cannot start, this throws saying why: the tests fail, never skip.
 */
export interface TestCups {
  server: CupsServer;
  /** Where cups-pdf writes (its `Out` setting, ${HOME}/PDF by default). */
  pdfDir: string;
  /** The scheduler's RequestRoot (job control and document files) and its log folder (page_log, error_log…). */
  spoolDir: string;
  logDir: string;
  lp(args: string[]): string;
  /** Jobs not yet completed on a queue (`lpstat -o`). */
  pendingJobs(queue: string): string[];
  stop(): Promise<void>;
}

const systemServerBin = '/usr/lib/cups';
const backend = join(projectRoot, 'tests', 'fixtures', 'cups', 'repere-test-backend');

/** A loopback port nothing listens on now (the cupsd of a test, Chromium's DevTools port of the launcher). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function cupsPdfOut(): string {
  const conf = existsSync('/etc/cups/cups-pdf.conf') ? readFileSync('/etc/cups/cups-pdf.conf', 'utf8') : '';
  const out = /^Out\s+(.+)$/m.exec(conf)?.[1]?.trim() ?? '${HOME}/PDF';
  return out.replace('${HOME}', homedir());
}

function requireTools(): void {
  const missing = ['cupsd', 'lp', 'lpstat', 'lpadmin', 'cancel', 'ipptool'].filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0)
    throw new Error(
      `CUPS is not installed (${missing.join(', ')} missing): run "bash .ci/run" or apt-get install cups cups-client cups-ipp-utils printer-driver-cups-pdf`,
    );
  if (!existsSync(join(systemServerBin, 'backend', 'cups-pdf')))
    throw new Error(
      'printer-driver-cups-pdf is not installed (no cups-pdf backend): apt-get install printer-driver-cups-pdf',
    );
  if (process.getuid?.() !== 0)
    throw new Error('the CUPS tests run a cupsd with the cups-pdf backend, which needs root');
}

export async function startTestCups(): Promise<TestCups> {
  requireTools();
  const temp = tempDir('repere-cups-');
  // Filters and backends run as the unprivileged user lp: they must be able to reach ServerBin.
  chmodSync(temp.dir, 0o755);
  const dir = (name: string) => {
    const p = join(temp.dir, name);
    mkdirSync(p, { recursive: true });
    return p;
  };
  const [conf, spool, bin, log] = [dir('conf'), dir('spool'), dir('bin'), dir('log')];
  dir('spool/tmp');
  for (const entry of readdirSync(systemServerBin)) {
    if (entry !== 'backend') symlinkSync(join(systemServerBin, entry), join(bin, entry));
  }
  const backends = dir('bin/backend');
  for (const entry of readdirSync(join(systemServerBin, 'backend')))
    symlinkSync(join(systemServerBin, 'backend', entry), join(backends, entry));
  // CUPS runs a backend only if root owns it and nobody else may write it.
  copyFileSync(backend, join(backends, 'repere-test'));
  chmodSync(join(backends, 'repere-test'), 0o755);
  const port = await freePort();
  writeFileSync(
    join(conf, 'cupsd.conf'),
    [
      `Listen 127.0.0.1:${port}`,
      'Browsing No',
      'WebInterface No',
      'LogLevel info',
      'DefaultAuthType None',
      '<Location />',
      '  Order allow,deny',
      '  Allow localhost',
      '</Location>',
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(conf, 'cups-files.conf'),
    [
      `ServerRoot ${conf}`,
      `RequestRoot ${spool}`,
      `TempDir ${join(spool, 'tmp')}`,
      `CacheDir ${dir('cache')}`,
      `StateDir ${dir('state')}`,
      `ServerBin ${bin}`,
      `AccessLog ${join(log, 'access_log')}`,
      `ErrorLog ${join(log, 'error_log')}`,
      `PageLog ${join(log, 'page_log')}`,
      'SystemGroup root',
    ].join('\n') + '\n',
  );
  dir('conf/ppd');
  const cupsd: ChildProcess = spawn(
    'cupsd',
    ['-f', '-c', join(conf, 'cupsd.conf'), '-s', join(conf, 'cups-files.conf')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  cupsd.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => cupsd.once('exit', resolve));
  const server = { server: `127.0.0.1:${port}` };
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  // The scheduler is up when lpstat reaches it; give up (and say why) if cupsd exits or never answers.
  for (let attempt = 0; ; attempt++) {
    try {
      if (/scheduler is running/.test(run('lpstat', ['-h', server.server, '-r']))) break;
    } catch {
      /* not listening yet */
    }
    const code = await Promise.race([exited, sleep(100).then(() => undefined)]);
    if (code !== undefined || attempt > 150) {
      cupsd.kill();
      const errorLog = existsSync(join(log, 'error_log')) ? readFileSync(join(log, 'error_log'), 'utf8') : '';
      temp.cleanup();
      throw new Error(`cupsd could not start (exit ${String(code)}): ${stderr}${errorLog.slice(-2000)}`);
    }
  }
  const lpadmin = (args: string[]) => run('lpadmin', ['-h', server.server, ...args]);
  lpadmin([
    '-p',
    'pdf',
    '-E',
    '-v',
    'cups-pdf:/',
    '-P',
    '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd',
    // poppler's pdftocairo keeps the text (and its Unicode) through the PostScript cups-pdf needs
    '-o',
    'pdftops-renderer-default=pdftocairo',
  ]);
  for (const queue of ['no-paper', 'jam', 'slow', 'ok']) lpadmin(['-p', queue, '-E', '-v', `repere-test:/${queue}`]);
  return {
    server,
    pdfDir: cupsPdfOut(),
    spoolDir: spool,
    logDir: log,
    lp: (args) => run('lp', ['-h', server.server, ...args]),
    pendingJobs: (queue) =>
      run('lpstat', ['-h', server.server, '-o', queue])
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.split(/\s+/)[0]!),
    async stop() {
      cupsd.kill('SIGTERM');
      await exited;
      temp.cleanup();
    },
  };
}

/** The cups-pdf output of a job titled `title` (cups-pdf names its file after the title), once written. */
export async function cupsPdfOutput(cupsEnv: TestCups, title: string): Promise<string> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const found = existsSync(cupsEnv.pdfDir)
      ? readdirSync(cupsEnv.pdfDir).find((f) => f.startsWith(title) && f.endsWith('.pdf'))
      : undefined;
    if (found) return join(cupsEnv.pdfDir, found);
    await sleep(100);
  }
  throw new Error(`no cups-pdf output for "${title}" in ${cupsEnv.pdfDir}`);
}

/** A one-page PDF with one line of Latin text (Helvetica), for tests that need a file and not a sheet. */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
