import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { defaultContentDir } from '../../main/paths';
import { readJson } from '../helpers/content';
import { launchChromium } from '../helpers/browser';
import { startTestHost, type TestHost } from '../helpers/host';
import { decodeQr, pdfInfo, pdfText, renderChecklistPdf, savePdf } from '../helpers/pdf';
import { tempDir } from '../helpers/temp';
import { readLocale } from '../helpers/locales';
import { getPrintableChecklist } from '../../main/services/procedures';

let host: TestHost;
let browser: Browser;
let temp: { dir: string; cleanup: () => void };

before(async () => {
  // A fixed time (Monday 10:24 in Martinique) so the places a sheet lists, open ones first, are the same on every
  // run. At this time it lists places whose hours are unconfirmed, whose note once squeezed ANEF to three pages.
  host = await startTestHost({ clock: () => new Date('2026-11-30T14:24:00Z') });
  browser = await launchChromium();
  temp = tempDir('repere-pdf-');
});
after(async () => {
  await browser?.close();
  await host?.stop();
  temp?.cleanup();
});

const phrases = (lang: string) =>
  readJson<Record<string, string>>(join(defaultContentDir, 'translations'), `${lang}.json`);
const procedures = readJson<{ id: string; checklist: { id: string }[]; officialPage: { url?: string } }[]>(
  defaultContentDir,
  'procedures.json',
);
// pdftotext splits Arabic into presentation forms and inserts spaces and direction marks: compare without them.
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
const mm = (pt: number) => (pt * 25.4) / 72;

for (const lang of ['ar', 'ti', 'zh']) {
  for (const format of ['a4', 'receipt'] as const) {
    test(`checklist PDF fr+${lang}, ${format}: both languages, page size, QR code to the official page`, async () => {
      const id = 'school-enrolment';
      const file = savePdf(
        temp.dir,
        `${id}-${lang}-${format}.pdf`,
        await renderChecklistPdf(browser, host.url, id, lang, format),
      );
      const info = pdfInfo(file);
      if (format === 'a4') {
        assert.ok(info.pages >= 1 && info.pages <= 2, `A4 has ${info.pages} pages`);
        assert.ok(Math.abs(mm(info.widthPt) - 210) < 1, `A4 width ${mm(info.widthPt)} mm`);
      } else {
        assert.ok(Math.abs(mm(info.widthPt) - 80) < 0.5, `receipt width ${mm(info.widthPt)} mm`);
      }
      const text = squash(pdfText(file));
      const fr = phrases('fr');
      const own = phrases(lang);
      const items = procedures.find((p) => p.id === id)!.checklist;
      for (const item of items) {
        const key = `${id}.item.${item.id}`;
        assert.ok(text.includes(squash(fr[key]!)), `French "${fr[key]}" printed`);
        assert.ok(text.includes(squash(own[key]!)), `${lang} "${own[key]}" printed`);
      }
      // Only the bundled Noto faces are embedded: no system font stood in for a script.
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      assert.ok(fonts.length > 0);
      for (const line of fonts) assert.match(line, /Noto/, `embedded font ${line}`);
      if (lang === 'ti')
        assert.ok(
          fonts.some((l) => /Ethiopic/.test(l)),
          'Ethiopic face embedded',
        );
      // The QR code (on the last page of a long receipt) decodes to the procedure's official page.
      const url = procedures.find((p) => p.id === id)!.officialPage.url!;
      const found: string[] = [];
      for (let page = 1; page <= info.pages; page++) found.push(...decodeQr(file, temp.dir, page));
      assert.deepEqual(found, [url]);
    });
  }
}

test('every procedure fits on at most two A4 pages, even in Urdu Nastaliq (the tallest script)', async () => {
  const context = await browser.newContext();
  try {
    for (const { id } of procedures) {
      const file = savePdf(temp.dir, `${id}-ur.pdf`, await renderChecklistPdf(context, host.url, id, 'ur', 'a4'));
      const info = pdfInfo(file);
      assert.ok(info.pages >= 1 && info.pages <= 2, `${id}: ${info.pages} pages`);
    }
  } finally {
    await context.close();
  }
});

test('the printed hours name each day in French for the agent and in the visitor’s language (ti, ps: no Intl names)', async () => {
  const frenchDays = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
  const dayKeys = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  for (const lang of ['ti', 'ps']) {
    const sheet = await getPrintableChecklist(host.kiosk, 'anef', lang);
    const place = sheet?.places.find((p) => p.days.length > 0);
    assert.ok(place, 'the ANEF sheet lists a place with hours');
    const file = savePdf(
      temp.dir,
      `hours-${lang}.pdf`,
      await renderChecklistPdf(browser, host.url, 'anef', lang, 'a4'),
    );
    const text = squash(pdfText(file));
    const days = (readLocale(lang) as { days: Record<string, string> }).days;
    for (const day of place.days) {
      const weekday = new Date(`${day.date}T12:00:00Z`).getUTCDay();
      const both = squash(`${frenchDays[weekday]}${days[dayKeys[weekday]!]}${day.slots}`);
      assert.ok(
        text.includes(both),
        `${lang}: "${frenchDays[weekday]} ${days[dayKeys[weekday]!]} ${day.slots}" printed`,
      );
    }
  }
});
