import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { writeSettings } from '../../main/services/settings';
import { chooseLanguage, openStartScreen } from '../helpers/browser';
import {
  digitPhrases,
  groupedNumber,
  measureDigitGroups,
  pdfWords,
  phrases,
  printedGroupOrders,
} from '../helpers/digit-order';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { renderChecklistPdf, savePdf } from '../helpers/pdf';
import { tempDir } from '../helpers/temp';

let host: TestHost;
let browser: Browser;

e2eFixture({}, (started) => ({ host, browser } = started));

const rightToLeft = ['ar', 'fa', 'ur', 'ps'];
// Martinique shows most procedures' phrases; Paris adds its own sentences (a territory's are shown only there).
const territories = ['972', '75'];

/** Every phrase shown has each grouped number drawn left to right, on one line. Returns the phrases measured. */
async function assertDigitOrder(page: Page, lang: string, keys: string[]): Promise<number> {
  const own = phrases(lang);
  const texts = keys.map((k) => own[k]!);
  const measured = await measureDigitGroups(page, texts);
  measured.forEach((runs, i) => {
    assert.ok(runs, `${lang} ${keys[i]} shown: "${texts[i]}"`);
    for (const run of runs) {
      const lefts = run.groups.map((g) => g.left);
      const order = [...run.groups].sort((a, b) => a.left - b.left).map((g) => g.group);
      assert.deepEqual(
        order,
        run.groups.map((g) => g.group),
        `${lang} ${keys[i]}: "${run.text}" drawn as ${order.join(' ')}`,
      );
      assert.ok(lefts.every((x, j) => j === 0 || x > lefts[j - 1]!));
      assert.equal(new Set(run.groups.map((g) => Math.round(g.top))).size, 1, `"${run.text}" on one line`);
    }
  });
  return measured.length;
}

for (const territory of territories) {
  for (const lang of rightToLeft) {
    test(`${lang}, territory ${territory}: in every phrase with digits, each grouped number (a phone) reads left to right on screen`, async () => {
      writeSettings(host.kiosk.db, { territory });
      const page = await openStartScreen(browser, host.url);
      let grouped = 0;
      try {
        // The emergency numbers' own sentences are printed, never shown: the emergency theme shows its numbers.
        for (const p of digitPhrases(territory, territory !== '972').filter((p) => p.id !== 'emergency-numbers')) {
          await chooseLanguage(page, lang);
          await page.getByTestId(`theme-${p.theme}`).tap();
          await page.getByTestId(`procedure-${p.id}`).tap();
          const firstSentence = p.sentences[0]?.split('.s.')[1];
          await page.getByTestId(firstSentence ? `sentence-${firstSentence}` : 'to-checklist').waitFor();
          await assertDigitOrder(page, lang, p.sentences);
          if (p.checklist.length > 0) {
            await page.getByTestId('to-checklist').tap();
            await page.locator('[data-screen="checklist"] .check-list__item').first().waitFor();
            await assertDigitOrder(page, lang, p.checklist);
          }
          grouped += [...p.sentences, ...p.checklist].filter((k) => phrases(lang)[k]!.match(groupedNumber)).length;
          await page.getByTestId('nav-home').tap();
          await page.getByTestId(`language-${lang}`).waitFor();
        }
      } finally {
        await page.context().close();
      }
      // The ANEF help line (0806 001 620) is among them on Martinique: the test is not vacuous there.
      if (territory === '972') assert.ok(grouped > 0, 'a phrase with a grouped number was measured');
    });
  }
}

test('the printed sheet (A4 PDF): each grouped number stands left to right in French and in ar, fa, ur, ps', async () => {
  const temp = tempDir('repere-rtl-pdf-');
  const context = await browser.newContext();
  try {
    writeSettings(host.kiosk.db, { territory: '972' });
    let checked = 0;
    for (const lang of rightToLeft) {
      for (const p of digitPhrases('972')) {
        const keys = [...p.sentences, ...p.checklist];
        const runs = new Set(
          keys.flatMap((k) => [phrases('fr')[k]!, phrases(lang)[k]!]).flatMap((t) => t.match(groupedNumber) ?? []),
        );
        if (runs.size === 0) continue;
        const file = savePdf(
          temp.dir,
          `${p.id}-${lang}.pdf`,
          await renderChecklistPdf(context, host.url, p.id, lang, 'a4'),
        );
        const words = pdfWords(file);
        for (const run of runs) {
          const groups = run.match(/\p{Nd}+/gu)!;
          const lines = printedGroupOrders(words, groups);
          assert.ok(lines.length > 0, `${p.id} ${lang}: "${run}" printed`);
          for (const line of lines) {
            const expected = Array.from({ length: line.length / groups.length }, () => groups).flat();
            assert.deepEqual(line, expected, `${p.id} ${lang}: "${run}" printed as ${line.join(' ')}`);
          }
          checked++;
        }
      }
    }
    assert.ok(checked >= rightToLeft.length, `grouped numbers checked on ${checked} sheets`);
  } finally {
    await context.close();
    temp.cleanup();
  }
});
