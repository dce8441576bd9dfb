import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cupsPrinter } from '../../../main/services/print/cups-printer';
import { PrinterError, type PrintJob } from '../../../main/services/printing';
import { cupsPdfOutput, startTestCups, tinyPdf, type TestCups } from '../../helpers/cups';

// A real cupsd (private, in a temp dir) with a cups-pdf queue and queues whose backend fails like a printer.
let cups: TestCups;
before(async () => (cups = await startTestCups()));
after(() => cups?.stop());

const job: PrintJob = { procedureId: 'ame-first', lang: 'fr', format: 'a4', path: '/print/checklist/ame-first' };

function printerOn(queue: string | null, title = `repere-test-${randomBytes(4).toString('hex')}`) {
  return {
    title,
    printer: cupsPrinter({
      queue: () => queue,
      renderPdf: () => Promise.resolve(tinyPdf('Repere checklist sheet')),
      server: cups.server,
      title: () => title,
      pollMs: 50,
    }),
  };
}

const failsWith = (reason: string) => (err: unknown) => {
  assert.ok(err instanceof PrinterError, String(err));
  assert.equal(err.reason, reason, err.message);
  return true;
};

test('a sheet sent to a cups-pdf queue comes out as a PDF with its text, and the queue is empty after', async () => {
  const { printer, title } = printerOn('pdf');
  await printer.print(job);
  const file = await cupsPdfOutput(cups, title);
  try {
    assert.match(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), /Repere checklist sheet/);
  } finally {
    rmSync(file, { force: true });
  }
  assert.deepEqual(cups.pendingJobs('pdf'), []);
});

test('a printer out of paper or jammed gives its own reason, and its job is cancelled, not left to print later', async () => {
  await assert.rejects(printerOn('no-paper').printer.print(job), failsWith('out-of-paper'));
  assert.deepEqual(cups.pendingJobs('no-paper'), []);
  await assert.rejects(printerOn('jam').printer.print(job), failsWith('paper-jam'));
  assert.deepEqual(cups.pendingJobs('jam'), []);
});

test('once paper is back, the trouble CUPS still remembers does not stop the next sheet', async () => {
  const queue = `refilled-${randomBytes(3).toString('hex')}`;
  execFileSync('lpadmin', ['-h', cups.server.server, '-p', queue, '-E', '-v', 'repere-test:/no-paper']);
  await assert.rejects(printerOn(queue).printer.print(job), failsWith('out-of-paper'));
  execFileSync('lpadmin', ['-h', cups.server.server, '-p', queue, '-v', 'repere-test:/ok']);
  await printerOn(queue).printer.print(job);
  assert.deepEqual(cups.pendingJobs(queue), []);
});

test('a missing or stopped queue is a printer error; no queue and no CUPS default is "no printer"', async () => {
  await assert.rejects(printerOn('not-installed').printer.print(job), failsWith('printer-error'));
  execFileSync('cupsdisable', ['-h', cups.server.server, 'ok']);
  try {
    await assert.rejects(printerOn('ok').printer.print(job), failsWith('printer-error'));
  } finally {
    execFileSync('cupsenable', ['-h', cups.server.server, 'ok']);
  }
  await assert.rejects(printerOn(null).printer.print(job), failsWith('no-printer'));
});

test('a job not completed in time is cancelled and reported as a printer error', async () => {
  const printer = cupsPrinter({
    queue: () => 'slow',
    renderPdf: () => Promise.resolve(tinyPdf('late')),
    server: cups.server,
    pollMs: 50,
    timeoutMs: 300,
  });
  await assert.rejects(printer.print(job), failsWith('printer-error'));
  assert.deepEqual(cups.pendingJobs('slow'), []);
});

test('staff see the queues CUPS knows', async () => {
  const { queues } = await printerOn('pdf').printer.listQueues!();
  for (const q of ['pdf', 'no-paper', 'jam', 'ok']) assert.ok(queues.includes(q), `${q} in ${queues.join(',')}`);
});
