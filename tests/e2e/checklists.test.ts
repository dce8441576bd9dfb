import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { defaultContentDir } from '../../main/paths';
import { PrinterError, type PrintJob } from '../../main/services/printing';
import { copyContent, readJson, writeJson } from '../helpers/content';
import { withTemp } from '../helpers/temp';
import { assertNoAxeViolations, kioskPage, launchChromium, chooseLanguage, screenShown } from '../helpers/browser';
import { startTestHost, type TestHost } from '../helpers/host';
import { readLocale } from '../helpers/locales';

let bare: TestHost; // no printer configured
let jammed: TestHost; // a printer that is out of paper
let working: TestHost; // a printer that prints
const jobs: PrintJob[] = [];
let browser: Browser;

type Ui = Record<string, Record<string, string>>;
const ui = (code: string) => readLocale(code) as Ui;
const phrases = (code: string) =>
  readJson<Record<string, string>>(join(defaultContentDir, 'translations'), `${code}.json`);

before(async () => {
  bare = await startTestHost();
  jammed = await startTestHost({
    printer: { print: () => Promise.reject(new PrinterError('out-of-paper', 'paper end')) },
  });
  working = await startTestHost({ printer: { print: async (job) => void jobs.push(job) } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await Promise.all([bare?.stop(), jammed?.stop(), working?.stop()]);
});

async function openChecklist(host: TestHost, lang: string, theme: string, procedure: string): Promise<Page> {
  const page = await kioskPage(browser);
  await page.goto(host.url);
  await chooseLanguage(page, lang);
  await page.getByTestId(`theme-${theme}`).tap();
  await page.getByTestId(`procedure-${procedure}`).waitFor();
  return page;
}

async function assertBig(page: Page, testId: string) {
  const box = (await page.getByTestId(testId).boundingBox())!;
  assert.ok(box.width >= 96 && box.height >= 96, `${testId} is ${box.width}x${box.height}`);
}

test('French: theme → procedure (FALC sentences) → checklist; no printer is said by pictogram and text', async () => {
  const fr = phrases('fr');
  const t = ui('fr');
  const page = await openChecklist(bare, 'fr', 'rights', 'school-enrolment');
  assert.equal((await page.getByTestId('procedure-school-enrolment').innerText()).trim(), fr['school-enrolment.title']);
  assert.equal(await page.getByTestId('procedures').count(), 1, 'a theme with procedures lists them');
  await assertNoAxeViolations(page, 'procedures of rights (fr)');
  await page.getByTestId('procedure-school-enrolment').tap();
  await screenShown(page, 'procedure');
  assert.equal(await page.locator('h1').innerText(), fr['school-enrolment.title']);
  assert.equal((await page.getByTestId('sentence-three').innerText()).trim(), fr['school-enrolment.s.three']);
  for (const id of ['to-checklist', 'to-places', 'to-numbers']) await assertBig(page, id);
  await assertNoAxeViolations(page, 'procedure (fr)');

  await page.getByTestId('to-checklist').tap();
  await screenShown(page, 'checklist');
  assert.equal(await page.locator('h1').innerText(), t.checklist!.title);
  assert.equal(await page.locator('[data-need="required"]').count(), 3);
  assert.match(await page.getByTestId('item-address').innerText(), /attestation sur l'honneur/);
  assert.match(await page.getByTestId('not-permit').innerText(), new RegExp(fr['school-enrolment.not.permit']!));
  await assertBig(page, 'print');
  await page.getByTestId('print').tap();
  const status = page.getByTestId('print-status');
  await page.locator('[data-result="no-printer"]').waitFor();
  assert.equal((await status.innerText()).trim(), t.print!.noPrinter);
  assert.equal(await status.getAttribute('role'), 'alert', 'spoken by screen readers and the speech layer');
  assert.equal(await status.locator('img').count(), 1, 'a pictogram beside the text');
  // The visitor keeps their place: still on the checklist, and back returns to the procedure.
  assert.equal(await page.locator('[data-screen="checklist"]').count(), 1);
  await assertNoAxeViolations(page, 'checklist after a print failure (fr)');
  await page.getByTestId('nav-back').tap();
  await screenShown(page, 'procedure');
  await page.getByTestId('to-places').tap();
  await screenShown(page, 'places');
  await assertNoAxeViolations(page, 'places placeholder (fr)');
  await page.context().close();
});

test('Arabic: mirrored journey in Arabic with the French beside it; out of paper is said and nothing is lost', async () => {
  const ar = phrases('ar');
  const fr = phrases('fr');
  const t = ui('ar');
  const page = await openChecklist(jammed, 'ar', 'work', 'bank-account');
  assert.equal((await page.getByTestId('procedure-bank-account').innerText()).trim(), ar['bank-account.title']);
  await page.getByTestId('procedure-bank-account').tap();
  await screenShown(page, 'procedure');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const sentence = page.getByTestId('sentence-fifteen');
  assert.match(await sentence.innerText(), new RegExp(ar['bank-account.s.fifteen']!.replace(/[?()]/g, '.')));
  assert.equal(await sentence.locator('[lang="fr"]').innerText(), fr['bank-account.s.fifteen']);
  await assertNoAxeViolations(page, 'procedure (ar)');
  await page.getByTestId('to-checklist').tap();
  await screenShown(page, 'checklist');
  const item = page.getByTestId('item-address');
  assert.match(await item.innerText(), new RegExp(ar['bank-account.item.address']!));
  // The speech layer speaks a touched item from data-speak, in the visitor's language, note and need included.
  const need = { required: t.checklist!.required, 'if-available': t.checklist!.ifAvailable };
  const itemNeed = (await item.getAttribute('data-need')) as keyof typeof need;
  assert.equal(
    await item.getAttribute('data-speak'),
    `${ar['bank-account.item.address']} ${ar['bank-account.item.address.note']} ${need[itemNeed]}`,
  );
  await page.getByTestId('print').tap();
  await page.locator('[data-result="out-of-paper"]').waitFor();
  assert.equal((await page.getByTestId('print-status').innerText()).trim(), t.print!.outOfPaper);
  assert.equal(await page.locator('[data-screen="checklist"]').count(), 1);
  await assertNoAxeViolations(page, 'checklist after out of paper (ar)');
  await page.context().close();
});

test('a working printer gets the print route for this procedure and language; useful numbers are shown', async () => {
  const page = await openChecklist(working, 'ti', 'papers', 'anef');
  await page.getByTestId('procedure-anef').tap();
  await page.getByTestId('to-numbers').tap();
  assert.match(await page.getByTestId('numbers').innerText(), /0806 001 620/);
  await assertNoAxeViolations(page, 'procedure with numbers (ti)');
  await page.getByTestId('to-checklist').tap();
  await page.getByTestId('print').tap();
  await page.locator('[data-result="ok"]').waitFor();
  assert.equal((await page.getByTestId('print-status').innerText()).trim(), ui('ti').print!.done);
  assert.deepEqual(
    jobs.map((j) => j.path),
    ['/print/checklist/anef?lang=ti&format=a4'],
  );
  await page.context().close();
});

test('a theme without procedures still sends the visitor to the desk', async (t) => {
  // Every shipped theme has procedures now: this content moves the leisure one to another theme.
  const content = copyContent(join(withTemp(t), 'content'));
  const procedures = readJson<{ id: string; themes: string[] }[]>(content, 'procedures.json');
  procedures.find((p) => p.id === 'leisure')!.themes = ['social'];
  writeJson(content, 'procedures.json', procedures);
  const emptied = await startTestHost({ contentDir: content });
  t.after(() => emptied.stop());
  const page = await kioskPage(browser);
  await page.goto(emptied.url);
  await chooseLanguage(page, 'fr');
  await page.getByTestId('theme-leisure').tap();
  await screenShown(page, 'theme');
  assert.match(await page.locator('.screen__instruction').innerText(), new RegExp(ui('fr').theme!.askDesk!));
  await page.context().close();
});

test('a print failure is spoken, not only shown (EN 301 549: errors heard)', async () => {
  const { installAudioProbe, resetProbe, waitForSound } = await import('../helpers/audio-probe');
  // The printer answers only once the spoken "print" label has ended, so what is heard next is the failure.
  let printerCalled!: () => void;
  const called = new Promise<void>((resolve) => (printerCalled = resolve));
  let failPrint!: () => void;
  const slow = await startTestHost({
    printer: {
      print: () =>
        new Promise((_, reject) => {
          failPrint = () => reject(new PrinterError('out-of-paper', 'paper end'));
          printerCalled();
        }),
    },
  });
  try {
    const page = await kioskPage(browser);
    await installAudioProbe(page);
    await page.goto(slow.url);
    await chooseLanguage(page, 'fr');
    await page.getByTestId('theme-rights').tap();
    await page.getByTestId('procedure-school-enrolment').tap();
    await page.getByTestId('to-checklist').tap();
    await page.getByTestId('print').tap();
    await called;
    await page.locator('.speech-bar[data-speaking="no"]').waitFor();
    failPrint();
    await page.locator('[data-result="out-of-paper"]').waitFor();
    await resetProbe(page);
    assert.ok((await waitForSound(page, 0.02)) > 0.02, 'the failure message is heard');
    await page.context().close();
  } finally {
    await slow.stop();
  }
});
