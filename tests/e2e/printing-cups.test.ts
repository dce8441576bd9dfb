import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { defaultContentDir, projectRoot } from '../../main/paths';
import { hostPrinting, type HostPrinting } from '../../main/host/host-printing';
import { readJson } from '../helpers/content';
import {
  assertNoAxeViolations,
  chooseLanguage,
  kioskPage,
  launchChromium,
  openStartScreen,
  screenShown,
} from '../helpers/browser';
import { installAudioProbe, resetProbe, waitForSound } from '../helpers/audio-probe';
import { cupsPdfOutput, startTestCups, type TestCups } from '../helpers/cups';
import { startTestHost, type TestHost } from '../helpers/host';
import { decodeQr, pdfInfo, pdfText } from '../helpers/pdf';
import { tempDir } from '../helpers/temp';
import { enterStaff, setTestPin } from '../helpers/staff';
import { readSettings, writeSettings } from '../../main/services/settings';

// The browser host printing for real: sheets drawn by Chromium, sent to a private cupsd, read back from cups-pdf.
let cups: TestCups;
let host: TestHost;
let browser: Browser;
let printing: HostPrinting | undefined;
const title = `repere-e2e-${randomBytes(4).toString('hex')}`;
const temp = tempDir('repere-cups-e2e-');

before(async () => {
  cups = await startTestCups();
  host = await startTestHost({
    // A fixed time, so the places the sheet lists (open ones first) are the same on every run.
    clock: () => new Date('2026-11-30T14:24:00Z'),
    printer: (kiosk, baseUrl) => {
      printing = hostPrinting(kiosk, baseUrl, {
        server: cups.server,
        pollMs: 50,
        title: (job) => `${title}-${job.lang}`,
      });
      return printing.printer;
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await host?.stop();
  await printing?.close();
  await cups?.stop();
  temp.cleanup();
});

type Ui = Record<string, Record<string, string>>;
const ui = (code: string) =>
  JSON.parse(readFileSync(join(projectRoot, 'renderer', 'locales', `${code}.json`), 'utf8')) as Ui;
const phrases = (code: string) =>
  readJson<Record<string, string>>(join(defaultContentDir, 'translations'), `${code}.json`);
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
const procedure = readJson<{ id: string; checklist: { id: string }[]; officialPage: { url: string } }[]>(
  defaultContentDir,
  'procedures.json',
).find((p) => p.id === 'school-enrolment')!;

async function openChecklist(lang: string): Promise<Page> {
  const page = await kioskPage(browser);
  await installAudioProbe(page);
  await page.goto(host.url);
  await chooseLanguage(page, lang);
  await page.getByTestId('theme-rights').tap();
  await page.getByTestId('procedure-school-enrolment').tap();
  await page.getByTestId('to-checklist').tap();
  await screenShown(page, 'checklist');
  return page;
}

test('a visitor prints an Arabic checklist and it comes out of the CUPS queue, French beside Arabic', async () => {
  writeSettings(host.kiosk.db, { printerName: 'pdf', paperFormat: 'a4' });
  const page = await openChecklist('ar');
  await page.getByTestId('print').tap();
  await page.locator('[data-result="ok"]').waitFor({ timeout: 60_000 });
  const file = await cupsPdfOutput(cups, `${title}-ar`);
  try {
    const text = squash(pdfText(file));
    for (const item of procedure.checklist) {
      const key = `school-enrolment.item.${item.id}`;
      assert.ok(text.includes(squash(phrases('fr')[key]!)), `French "${phrases('fr')[key]}" printed`);
    }
    // cups-pdf takes PostScript, and the PDF -> PostScript -> PDF round trip keeps Arabic glyphs but not all of
    // their Unicode mapping, so words cannot be compared here (tests/e2e/checklist-pdf.test.ts compares them on
    // the very PDF submitted). The Arabic side must still be there as text, as much of it as the French side.
    const arabic = text.match(/[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/g)?.length ?? 0;
    const arabicSource = procedure.checklist
      .map((item) => phrases('ar')[`school-enrolment.item.${item.id}`]!.replace(/\s/g, ''))
      .join('').length;
    assert.ok(arabic >= arabicSource, `${arabic} Arabic letters printed, the items alone have ${arabicSource}`);
    const { pages } = pdfInfo(file);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    const codes: string[] = [];
    for (let n = 1; n <= pages; n++) codes.push(...decodeQr(file, temp.dir, n));
    assert.deepEqual(codes, [procedure.officialPage.url]);
  } finally {
    rmSync(file, { force: true });
  }
  assert.deepEqual(cups.pendingJobs('pdf'), []);
  await page.context().close();
});

test('a printer without paper is said on screen and aloud, the checklist stays, and the queue keeps no job', async () => {
  writeSettings(host.kiosk.db, { printerName: 'no-paper' });
  const page = await openChecklist('fr');
  await page.getByTestId('print').tap();
  const status = page.locator('[data-result="out-of-paper"]');
  await status.waitFor({ timeout: 60_000 });
  await resetProbe(page);
  assert.equal(await status.getAttribute('role'), 'alert');
  assert.equal((await status.innerText()).trim(), ui('fr').print!.outOfPaper);
  assert.ok((await waitForSound(page, 0.02)) > 0.02, 'the out-of-paper message is heard');
  assert.equal(await page.locator('[data-screen="checklist"]').count(), 1, 'the visitor stays on the checklist');
  assert.ok(await page.getByTestId(`item-${procedure.checklist[0]!.id}`).isVisible());
  assert.deepEqual(cups.pendingJobs('no-paper'), [], 'the failed job was cancelled');
  await page.context().close();
});

test('a paper jam has its own pictogram and words in the visitor language, and the screen stays axe-clean', async () => {
  writeSettings(host.kiosk.db, { printerName: 'jam' });
  const page = await openChecklist('ar');
  await page.getByTestId('print').tap();
  const status = page.locator('[data-result="paper-jam"]');
  await status.waitFor({ timeout: 60_000 });
  assert.equal((await status.innerText()).trim(), ui('ar').printer!.paperJam);
  assert.equal(await status.locator('img[src$="/1F4C3.svg"]').count(), 1, 'the jammed-page pictogram');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await assertNoAxeViolations(page, 'checklist with a paper jam, Arabic');
  assert.deepEqual(cups.pendingJobs('jam'), []);
  await page.context().close();
});

test("staff pick a CUPS queue from the machine's list, print a test page on it, and save it", async () => {
  writeSettings(host.kiosk.db, { printerName: null, paperFormat: 'a4' });
  await setTestPin(host.kiosk.db, '135790');
  const page = await openStartScreen(browser, host.url);
  await enterStaff(page, '135790');
  await page.getByTestId('staff-tab-settings').click();
  const queue = page.getByTestId('settings-queue');
  await queue.locator('option[value="pdf"]').waitFor({ state: 'attached' });
  const offered = await queue
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  assert.deepEqual(offered.sort(), ['', 'jam', 'no-paper', 'ok', 'pdf', 'slow']);
  await assertNoAxeViolations(page, 'staff settings with the printer queues');

  await queue.selectOption('jam');
  await page.getByTestId('settings-test-page').click();
  const jammed = page.getByTestId('settings-test-outcome').locator('[data-result="paper-jam"]');
  await jammed.waitFor({ timeout: 60_000 });
  assert.equal(await page.getByTestId('settings-test-outcome').getAttribute('role'), 'alert');
  assert.equal(
    (await jammed.innerText()).trim(),
    (ui('fr').printer!.staff as unknown as Record<string, string>).paperJam,
  );

  await queue.selectOption('pdf');
  await page.getByTestId('settings-test-page').click();
  await page.getByTestId('settings-test-outcome').locator('[data-result="ok"]').waitFor({ timeout: 60_000 });
  const file = await cupsPdfOutput(cups, `${title}-fr`);
  try {
    assert.match(pdfText(file), /Version du contenu/, 'the test page is a real French sheet');
  } finally {
    rmSync(file, { force: true });
  }
  assert.equal(readSettings(host.kiosk.db).printerName, null, 'a test page does not change the setting');
  await page.getByTestId('settings-save').click();
  await page.getByTestId('settings-result').waitFor();
  assert.equal(readSettings(host.kiosk.db).printerName, 'pdf');
  await page.context().close();
});
