// `npm test` (all), `npm test -- unit`, `-- e2e`, `-- e2e-ipc`, `-- packed`: node's own test runner over
// tests/**/*.test.ts. Unit and e2e tests need the built renderer, so it is built first. e2e runs every file over HTTP; e2e-ipc runs the journeys again with the pages calling main
// through the real preload and IPC handlers (REPERE_TRANSPORT=ipc, see tests/helpers/transport.ts).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statfsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { buildTestBundles } from './build-test-cli.mjs';

const root = new URL('..', import.meta.url).pathname;
const suites = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = suites.length > 0 ? suites : ['unit', 'e2e', 'e2e-ipc', 'packed'];

// The journeys run again over the real preload and IPC: together with the packed app's, they carry every call
// of the contract (scripts/check-ipc-coverage.ts fails the suite when one is missing, so a new call needs a
// journey here), plus what differs by transport (error codes, the speech tests that once failed only over IPC).
// The other files would test the same pages a second time: over IPC the suite took twice as long for no new call.
const ipcJourneys = [
  'call-errors',
  // Carries getProcedure every time (the emergency numbers ask for it): a procedure opened from a theme is
  // usually fetched ahead by getProcedures, so other journeys carry getProcedure only when the tap beats it.
  'emergency-entry',
  'places',
  'printing-cups',
  'speech',
  'staff',
  'staff-desk',
  'staff-national',
  'staff-places',
  'staff-session',
  'translation-review',
  'visit-end',
  'voice-studio',
].map((name) => `tests/e2e/${name}.test.ts`);

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
    )
    .sort()
    .map((f) => relative(root, f));
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// Unit files (each in its own temp folders, cupsd on its own port) run two at a time: half the wall time on two
// cores. So do the e2e files that do not listen to the kiosk (each has its own host port, cupsd and Chromium). The
// files that listen (an audio probe or the speech log: first sound, cuts, read-all, idle warnings) run one at a time
// after them: they pass beside two CPU-bound processes, but a second Chromium rendering speech beside them is more.
const testArgs = (files, concurrency) => ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files];
const runTests = (files, env, concurrency) => run(process.execPath, testArgs(files, concurrency), env);
const unitConcurrency = Math.min(2, availableParallelism());
// The touch walks listen only for the words a touch says, with waits of 20 s and more: they run beside the others.
// (read-all, truth, visit-end and explore-first read only words too, but beside another file they took longer than
// the time they saved: on a quiet machine the two-at-a-time part grew by 149 s and the one-at-a-time part shrank by
// 68 s, CI runs of 2026-12-06.)
const wordsOnly = [
  'tests/e2e/one-touch-rule.test.ts',
  'tests/e2e/one-touch-rule-places.test.ts',
  'tests/e2e/first-touch-says.test.ts',
];
const listens = (file) =>
  !wordsOnly.includes(file) && /helpers\/(audio-probe|speech-log)'/.test(readFileSync(join(root, file), 'utf8'));

// The unit files of the browser host (tests/unit/host, tests/unit/api/error-paths) serve the built renderer too:
// `npm test -- unit` on a fresh clone failed six of them with no dist/renderer.
if (wanted.some((s) => s === 'unit' || s.startsWith('e2e'))) {
  const status = run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  if (status !== 0) process.exit(status);
}

// The tests start the clone's CLI, the content worker and the import loop from one bundle of their sources each,
// built here (scripts/build-test-cli.mjs), instead of compiling the sources through tsx at every start.
if (wanted.some((s) => s === 'unit' || s.startsWith('e2e'))) {
  const bundles = await buildTestBundles(root);
  process.env.REPERE_TEST_CLI = bundles.cli;
  process.env.REPERE_TEST_CONTENT_WORKER = bundles['content-worker'];
  process.env.REPERE_TEST_IMPORT_LOOP = bundles['import-loop'];
}

const plan = [
  ['unit', () => testFiles(join(root, 'tests', 'unit')), {}, unitConcurrency],
  // 'e2e': the files that do not listen two at a time, then those that listen one at a time.
  ['e2e', () => testFiles(join(root, 'tests', 'e2e')), { REPERE_TRANSPORT: 'http' }, 'e2e'],
  [
    'e2e-ipc',
    () => {
      const all = testFiles(join(root, 'tests', 'e2e'));
      const gone = ipcJourneys.filter((f) => !all.includes(f));
      if (gone.length > 0) throw new Error(`scripts/test.mjs names e2e files that do not exist: ${gone.join(', ')}`);
      return ipcJourneys;
    },
    { REPERE_TRANSPORT: 'ipc' },
    'e2e',
  ],
  // What IT installs: built, packed with electron-builder --dir, copied out of the checkout and started as `repere`.
  ['packed', () => testFiles(join(root, 'tests', 'packed')), {}, 1],
];
const unknown = wanted.filter((w) => !plan.some(([name]) => name === w));
if (unknown.length > 0) {
  console.error('unknown suite', unknown.join(', '), '- use unit, e2e, e2e-ipc or packed');
  process.exit(1);
}

/**
 * The tests' temp folders (kiosk data, packs, SQLite files, Chromium profiles, cupsd spools) go to a RAM-backed
 * file system when this machine has one with room to spare: the same real files, on a disk the tests do not wait
 * for. On this project's machines (ext4 on a virtual disk) the unit files took 322 s with their temp folders on /tmp
 * and 276 s on /dev/shm, back to back (system time 2 min 28 s and 1 min 20 s); in whole CI runs the difference
 * was within the noise. A TMPDIR set by the caller is kept; without a tmpfs with 4 GB free, nothing changes.
 */
function ramTempRoot() {
  if (process.env.TMPDIR || process.platform !== 'linux') return null;
  try {
    const fs = statfsSync('/dev/shm');
    const tmpfsMagic = 0x01021994;
    if (fs.type !== tmpfsMagic || fs.bavail * fs.bsize < 4 * 1024 ** 3) return null;
    const root = mkdtempSync('/dev/shm/repere-tests-');
    // Open like /tmp (sticky, world-writable): CUPS runs its filters and backends as the user lp, who must reach
    // the scheduler's folders inside it (tests/helpers/cups.ts).
    chmodSync(root, 0o1777);
    return root;
  } catch {
    return null;
  }
}
const ramTemp = ramTempRoot();
if (ramTemp) {
  process.env.TMPDIR = ramTemp;
  console.log(`temp folders in ${ramTemp} (a tmpfs)`);
  // It holds memory: removed at the end, and after Ctrl-C. The running part stops on Ctrl-C (it is in the same
  // process group); this process, blocked in spawnSync meanwhile, runs its handler once its event loop turns
  // (signalsHeard, after each part), exits there, and the 'exit' handler removes the folder.
  process.on('exit', () => rmSync(ramTemp, { recursive: true, force: true }));
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
}
/** Lets a signal that came during a part reach its handler before the next part starts (a timer turn is enough). */
const signalsHeard = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Starts the IPC journeys, one at a time, in the background, while the HTTP files that listen run one at a time:
 * those wait for speech to play in real time and leave a core mostly idle (they are made to pass beside two
 * CPU-bound processes). Measured on this project's machine: the listening part 321 → 392 s, the IPC part (216 s on
 * its own) hidden in it. This process is blocked in spawnSync meanwhile and reads no pipe, so the child writes its
 * report to a file, printed whole under "# e2e-ipc".
 */
function besideListening(files, env) {
  const logDir = mkdtempSync(join(tmpdir(), 'repere-ipc-beside-'));
  const logFile = join(logDir, 'out.log');
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, testArgs(files, 1), {
    cwd: root,
    stdio: ['ignore', out, out],
    env: { ...process.env, ...env },
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  process.on('exit', () => child.exitCode === null && child.kill());
  /** Waits for the end; its report and exit status. */
  return async () => {
    const status = await exited;
    closeSync(out);
    const report = readFileSync(logFile, 'utf8');
    rmSync(logDir, { recursive: true, force: true });
    return { status, report: `(these ${files.length} files ran beside the HTTP files that listen)\n${report}` };
  };
}

// The e2e-ipc files log the calls they carried over IPC; every call of the contract must be among them.
const ipcCallsLog = join(mkdtempSync(join(tmpdir(), 'repere-ipc-calls-')), 'calls.log');

/** The IPC journeys started beside the HTTP files that listen: those that do not listen first, so that once the
 * HTTP files are done, only they are left. */
function ipcBesideListening() {
  const [, ipcFiles, ipcEnv] = plan.find(([p]) => p === 'e2e-ipc');
  const journeys = ipcFiles();
  const ordered = [...journeys.filter((f) => !listens(f)), ...journeys.filter(listens)];
  return besideListening(ordered, { ...ipcEnv, REPERE_IPC_CALLS_LOG: ipcCallsLog });
}

let failed = 0;
// When both e2e suites run, the IPC journeys run beside the HTTP files that listen: see besideListening.
const overlap = wanted.includes('e2e') && wanted.includes('e2e-ipc');
let beside = null;
for (const [name, files, env, concurrency] of plan) {
  if (!wanted.includes(name)) continue;
  console.log(`\n# ${name}`);
  if (overlap && name === 'e2e-ipc') {
    // Started with the HTTP files that listen (below): only its report is left to wait for.
    const { status, report } = await beside();
    console.log(report);
    if (status !== 0) failed = 1;
    continue;
  }
  const carriesIpc = name === 'e2e-ipc' || name === 'packed';
  const suiteEnv = carriesIpc ? { ...env, REPERE_IPC_CALLS_LOG: ipcCallsLog } : env;
  const all = files();
  const parts =
    concurrency === 'e2e'
      ? [
          { part: all.filter((f) => !listens(f)), n: unitConcurrency },
          { part: all.filter(listens), n: 1, listening: true },
        ]
      : [{ part: all, n: concurrency }];
  for (const { part, n, listening } of parts) {
    if (overlap && name === 'e2e' && listening) beside = ipcBesideListening();
    if (part.length > 0 && runTests(part, suiteEnv, n) !== 0) failed = 1;
    await signalsHeard();
  }
}
// Counted over the IPC journeys and the packed app's, once both have run: every call must have been carried.
if (wanted.includes('e2e-ipc') && run('npx', ['tsx', 'scripts/check-ipc-coverage.ts', ipcCallsLog]) !== 0) failed = 1;
rmSync(dirname(ipcCallsLog), { recursive: true, force: true });
process.exit(failed);
