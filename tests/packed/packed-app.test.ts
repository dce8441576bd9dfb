import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { localDay } from '../../main/hours/zoned';
import { defaultContentDir } from '../../main/paths';
import { openKiosk } from '../../main/services/kiosk';
import { exportClipPack } from '../../main/services/packs/clip-pack-export';
import { signPack, writeContentKeyPair } from '../../main/services/packs/sign-pack';
import { installAudioProbe, resetProbe, waitForSound } from '../helpers/audio-probe';
import { recordTakes } from '../helpers/clip-packs';
import { readJson } from '../helpers/content';
import { startTestCups, type TestCups } from '../helpers/cups';
import { makeFolderPack, zipFolder } from '../helpers/packs';
import {
  chooseLanguageByTouch,
  packAndCopyOut,
  packedCli,
  startPackedKiosk,
  touch,
  touchTwice,
  type RunningKiosk,
} from '../helpers/packed-app';
import { pdfText } from '../helpers/pdf';
import { enterStaff } from '../helpers/staff';
import { tempDir } from '../helpers/temp';

// What IT installs, run as IT runs it: electron-builder's linux-unpacked folder, copied out of the checkout, started
// as `repere` (the stand-in Electron launcher: Node and a real Chromium, `electron` the one module replaced) with a
// fleet machine config, its own HOME, a real CUPS queue, signed content and clip packs. Every call below crosses the
// packed preload and IPC of dist/main/electron/main.cjs, read from the copied app.asar.
const temp = tempDir('repere-packed-');
const pin = '480613';
const pinTake = { lang: 'ps', key: 'themes.instruction' };
let program: string;
let cups: TestCups;
let keys: ReturnType<typeof writeContentKeyPair>;
let contentPack: string;
let clipPack: string;
let clipBytes: Buffer;
let kiosk: RunningKiosk | undefined;
const home = join(temp.dir, 'kiosk-home');
const userData = join(home, '.config', 'Repère');
const cupsEnv = () => ({ CUPS_SERVER: cups.server.server });
// The counters keep the kiosk's own day (its territory's zone), not UTC's: from 23:00 UTC they differ in Paris.
const territory = '69';
const kioskZone = readJson<{ id: string; timezone: string }[]>(defaultContentDir, 'territories.json').find(
  (t) => t.id === territory,
)!.timezone;
const firstDay = localDay(new Date(), kioskZone);
// Its title as the French column of the sheet prints it (the procedure phrases of data/translations/fr.json).
const procedure = {
  id: 'school-enrolment',
  title: readJson<Record<string, string>>(defaultContentDir, 'translations/fr.json')['school-enrolment.title']!,
};
assert.ok(procedure.title, 'the French title of school-enrolment is in the content');

before(async () => {
  mkdirSync(join(temp.dir, 'work'));
  ({ program } = packAndCopyOut(join(temp.dir, 'work'), join(temp.dir, 'installed')));
  cups = await startTestCups();
  keys = writeContentKeyPair(join(temp.dir, 'keys'));
  // A fleet's pack as IT would ship it: every territory's places and maps.
  contentPack = await zipFolder(
    makeFolderPack(join(temp.dir, 'pack'), { version: '2099.01.15-1', allTerritories: true }),
    join(temp.dir, 'fleet', 'repere-content.zip'),
  );
  await signPack(contentPack, keys.privateFile);
  // The voice studio's take on a recording kiosk, exported as a signed clip pack for the fleet.
  const recorder = join(temp.dir, 'recorder');
  clipBytes = recordTakes(recorder, [pinTake]).get(`${pinTake.lang}/${pinTake.key}`)!;
  const a = openKiosk({ contentDir: defaultContentDir, dataDir: recorder });
  clipPack = join(temp.dir, 'fleet', 'repere-clips.zip');
  try {
    await exportClipPack(a, clipPack, { privateKeyPem: readFileSync(keys.privateFile, 'utf8') });
  } finally {
    a.close();
  }
});
after(async () => {
  await kiosk?.stop();
  await cups?.stop();
  temp.cleanup();
});

function writeConfig(name: string, config: object | string): string {
  const file = join(temp.dir, name);
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return file;
}

let pinHash: string;

const logFile = () => join(userData, 'logs', 'main.log');
const logLength = () => (existsSync(logFile()) ? readFileSync(logFile(), 'utf8').split('\n').length - 1 : 0);

/** The first line matching `event` the kiosk logged after line `from`, waited for (written when the step ends). */
async function logLine(event: RegExp, from = 0, ms = 180_000): Promise<string> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(200)) {
    const lines = existsSync(logFile()) ? readFileSync(logFile(), 'utf8').split('\n').slice(from) : [];
    const found = lines.find((l) => event.test(l));
    if (found) return found;
  }
  throw new Error(`no ${String(event)} in the kiosk log`);
}

test('repere --cli from the copied folder: hash a PIN from stdin, validate configs and a signed pack', () => {
  const hashed = packedCli(program, ['config', 'hash-pin', '--pin-stdin'], { input: `${pin}\n`, home });
  assert.equal(hashed.status, 0, hashed.stderr);
  pinHash = hashed.stdout.trim();
  assert.match(pinHash, /^scrypt\$/);

  const good = writeConfig('good.json', { kioskId: 'k-1', territory, pinHash });
  const ok = packedCli(program, ['config', 'validate', good], { home });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /territory 69/);
  const bad = writeConfig('bad.json', { kioskId: 'k-1', territory: '6x' });
  const refused = packedCli(program, ['config', 'validate', bad], { home });
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /territory: unknown territory/);

  const checked = packedCli(program, ['validate-pack', contentPack], { home });
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stdout + checked.stderr, /2099\.01\.15-1/);
  const unknown = packedCli(program, ['no-such-command'], { home });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stdout, /Usage: repere --cli/);
});

test('a bad machine config: the packed app shows IT the error page, naming the file and the field', async () => {
  const bad = writeConfig('broken.json', { kioskId: 'k-1', territory: '6x' });
  const broken = await startPackedKiosk({
    program,
    home: join(temp.dir, 'broken-home'),
    config: bad,
    stateFile: join(temp.dir, 'broken-state.json'),
  });
  try {
    const text = await broken.page.locator('body').innerText();
    assert.ok(text.includes(bad), 'the file is named');
    assert.match(text, /territory/);
    assert.match(text, /repere --cli config validate/);
  } finally {
    await broken.stop();
  }
});

test('a fleet start: signed content and clip packs imported, a visit printed on CUPS, a clip heard in Pashto', async () => {
  const config = writeConfig('fleet.json', {
    kioskId: 'k-fleet-1',
    territory,
    languages: ['fr', 'ar', 'ps'],
    pinHash,
    printerName: 'pdf',
    contentPublicKeys: [keys.publicLine],
    contentPack,
    clipPack,
  });
  kiosk = await startPackedKiosk({
    program,
    home,
    config,
    stateFile: join(temp.dir, 'state-1.json'),
    env: cupsEnv(),
  });
  const { page } = kiosk;
  // Both packs are imported after the window opens (content first, then clips): a visit started before sees the
  // content it started with. The journey waits for the log to say both were imported.
  assert.match(await logLine(/content-pack\.start-import /), /action=imported version=2099\.01\.15-1/);
  assert.match(await logLine(/clip-pack\.start-import /), /action=imported count=1/);
  await installAudioProbe(page);
  await page.reload();
  await page.getByTestId('language-ps').waitFor();
  assert.equal(await page.locator('[data-testid^="language-"]').count(), 3, 'the configured languages only');

  // The clip pack's take is what Pashto's themes instruction plays (imported after the content pack, at start);
  // the page may fetch it ahead, when Pashto is chosen.
  const clip = page.waitForResponse((r) => r.url().endsWith(`/clips/ps/${pinTake.key}.wav`) && r.status() === 200);
  await chooseLanguageByTouch(page, 'ps');
  assert.ok((await clip.then((r) => r.body())).equals(clipBytes), 'the pack’s take, as recorded');
  await resetProbe(page);
  await touch(page.locator('[data-screen="themes"] .screen__instruction'));
  assert.ok((await waitForSound(page, 0.02)) > 0.02, 'and it is heard');
  await touchTwice(page.getByTestId('nav-home'));
  await page.getByTestId('language-ar').waitFor();

  // A visitor's checklist in Arabic, printed through the configured CUPS queue.
  // cups-pdf writes every test's sheets into one folder, named after the job's title, the same for every job
  // ("repere"): the sheet is the new or changed file that holds this procedure's French title (a test beside this
  // one may be printing too). Line breaks and spaces as pdftotext lays them out do not count.
  const pdfs = () => new Map(readdirSync(cups.pdfDir).map((f) => [f, statSync(join(cups.pdfDir, f)).mtimeMs]));
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const readable = (file: string) => {
    try {
      return flat(pdfText(join(cups.pdfDir, file)));
    } catch {
      return ''; // still being written
    }
  };
  const before = pdfs();
  await chooseLanguageByTouch(page, 'ar');
  await touchTwice(page.getByTestId('theme-rights'));
  await touchTwice(page.getByTestId(`procedure-${procedure.id}`));
  await touchTwice(page.getByTestId('to-checklist'));
  await touchTwice(page.getByTestId('print'));
  await page.locator('[data-result="ok"]').waitFor({ timeout: 60_000 });
  let sheet: string | undefined;
  const changed = new Set<string>();
  for (let i = 0; i < 300 && !sheet; i++) {
    for (const [f, mtime] of pdfs()) if (f.endsWith('.pdf') && before.get(f) !== mtime) changed.add(f);
    sheet = [...changed].find((f) => readable(f).includes(flat(procedure.title)));
    if (!sheet) await sleep(100);
  }
  assert.ok(changed.size > 0, 'the job went through the CUPS queue: cups-pdf wrote a sheet');
  assert.ok(sheet, `the French title is printed: ${[...changed].map((f) => readable(f).slice(0, 300)).join(' | ')}`);
  // And CUPS keeps no trace of it: the kiosk purges its finished job (docs/reliability.md).
  const kept = () =>
    execFileSync('lpstat', ['-h', cups.server.server, '-W', 'completed', '-o', 'pdf'], { encoding: 'utf8' }).trim();
  for (let i = 0; i < 100 && kept() !== ''; i++) await sleep(100);
  assert.equal(kept(), '', 'no finished job left in CUPS');
  await touchTwice(page.getByTestId('nav-home'));
});

test('staff on the packed app: PIN from the config, a pack checked, hours edited, a setting saved', async () => {
  const page = kiosk!.page;
  const packs = join(userData, 'packs');
  mkdirSync(packs, { recursive: true });
  copyFileSync(contentPack, join(packs, 'fleet.zip'));
  await page.reload();
  await page.getByTestId('language-fr').waitFor();
  await enterStaff(page, pin, { realTime: true });

  await page.getByTestId('staff-tab-packs').click();
  await page.getByTestId('pack-validate-fleet.zip').click();
  await page.getByTestId('packs-outcome').getByText('fleet.zip est valide (version 2099.01.15-1)').waitFor();

  await page.getByTestId('staff-tab-hours').click();
  const first = page.locator('[data-testid^="hours-structure-"]').first();
  await first.click();
  await page.getByTestId('hours-input').fill('Mo-Fr 09:15-11:45');
  await page.getByTestId('hours-save').click();
  await page.getByTestId('hours-log').getByText('Mo-Fr 09:15-11:45').waitFor();

  await page.getByTestId('staff-tab-settings').click();
  await page.getByTestId('settings-idle').fill('150');
  await page.getByTestId('settings-save').click();
  await page
    .getByTestId('settings-result')
    .getByText(/enregistr/i)
    .waitFor();
  await page.getByTestId('staff-leave').click();
  await page.getByTestId('language-fr').waitFor();
});

test('a restart keeps what staff saved, and imports neither pack again', async () => {
  assert.equal(await kiosk!.stop(), 0, kiosk!.output());
  const from = logLength();
  const config = join(temp.dir, 'fleet.json');
  kiosk = await startPackedKiosk({ program, home, config, stateFile: join(temp.dir, 'state-2.json'), env: cupsEnv() });
  const page = kiosk.page;
  await page.getByTestId('language-fr').waitFor();
  await enterStaff(page, pin, { realTime: true });
  await page.getByTestId('staff-tab-settings').click();
  assert.equal(await page.getByTestId('settings-idle').inputValue(), '150');
  await page.getByTestId('staff-tab-hours').click();
  await page.locator('[data-testid^="hours-structure-"]').first().click();
  await page.getByTestId('hours-log').getByText('Mo-Fr 09:15-11:45').waitFor();
  assert.match(await logLine(/content-pack\.start-import /, from), /action=skipped/);
  assert.match(await logLine(/clip-pack\.start-import /, from), /action=skipped/);
});

test('repere --cli works on the installed kiosk’s own data: the day’s counters export as CSV', () => {
  const lastDay = localDay(new Date(), kioskZone);
  const r = packedCli(program, ['stats', '--from', firstDay, '--to', lastDay, '--csv'], { home });
  assert.equal(r.status, 0, r.stderr);
  const [header, ...rows] = r.stdout.trim().split('\n');
  assert.match(header!, /^day,kind,item,count$/);
  assert.ok(rows.length > 0, 'the visits above were counted');
  for (const row of rows) assert.ok([firstDay, lastDay].includes(row.slice(0, 10)), `${row}: a day of this run`);
});
