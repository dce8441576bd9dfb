import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cupsPrinter } from '../../../main/services/print/cups-printer';
import { PrinterError, type PrintJob } from '../../../main/services/printing';
import { startTestCups, tinyPdf, type TestCups } from '../../helpers/cups';
import { projectRoot } from '../../../main/paths';
import { withTemp } from '../../helpers/temp';

// Issue 25: CUPS's page_log kept `repere-<procedure>-<lang>-<format>` per print, timed to the second, and its spool
// kept the sheets, even of jobs the kiosk cancelled. The kiosk's own printer code, with its own title, on a real
// cupsd left with CUPS's defaults (PreserveJobFiles, PreserveJobHistory, a page_log).
let cups: TestCups;
before(async () => (cups = await startTestCups()));
after(() => cups?.stop());

const job: PrintJob = { procedureId: 'ame-first-request', lang: 'ti', format: 'a4', path: '/print/checklist/x' };
/** What would tell what was printed: the procedure, the language in a title, the sheet's own words. */
const traces = [/ame-first-request/, /-ti-/, /sheet-of-ame/];

const printerOn = (queue: string) =>
  cupsPrinter({
    queue: () => queue,
    renderPdf: () => Promise.resolve(tinyPdf('sheet-of-ame ame-first-request ti')),
    server: cups.server,
    pollMs: 50,
    timeoutMs: 8_000,
  });

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

test('after a printed sheet and a cancelled one, nothing in the spool or the logs names the procedure or language', async () => {
  await printerOn('ok').print(job);
  await assert.rejects(printerOn('jam').print(job), (err) => err instanceof PrinterError);
  // The scheduler writes its files and logs asynchronously: wait until both jobs have left its job list.
  for (let i = 0; i < 100 && cups.pendingJobs('jam').length + cups.pendingJobs('ok').length > 0; i++) await sleep(100);
  const files = [...filesUnder(cups.spoolDir), ...filesUnder(cups.logDir)];
  assert.ok(
    files.some((f) => f.endsWith('page_log') || f.endsWith('error_log')),
    'the logs were looked at',
  );
  for (const file of files) {
    const text = readFileSync(file).toString('latin1');
    for (const trace of traces) assert.doesNotMatch(text, trace, `${file} names what was printed`);
  }
  // No document file is kept, of either job (d<job>-<n> in CUPS's RequestRoot).
  assert.deepEqual(
    readdirSync(cups.spoolDir).filter((n) => /^d\d+-\d+$/.test(n)),
    [],
  );
});

test('the request file a purge writes to the temp folder is gone once the process ends', (t) => {
  const temp = withTemp(t);
  const script = `import { readdirSync } from 'node:fs';
import { cups } from ${JSON.stringify(join(projectRoot, 'main/services/print/cups.ts'))};
await cups.purge(${JSON.stringify(cups.server)}, 999999);
console.log(JSON.stringify(readdirSync(process.env.TMPDIR)));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, TMPDIR: temp },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const ours = (names: string[]) => names.filter((n) => n.startsWith('repere-'));
  // While the process runs, the purge's request is in a folder of its own; after it, nothing of the kiosk's is left.
  assert.equal(ours(JSON.parse(r.stdout.trim().split('\n').pop()!) as string[]).length, 1, r.stdout);
  assert.deepEqual(ours(readdirSync(temp)), []);
});
