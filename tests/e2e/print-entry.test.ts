import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { awaitPrintReadyScript, printDataElementId } from '../../common/print/ready';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';

// The print route has its own entry (print.html) and its data in the first response: no call after the script.
let host: TestHost;
let browser: Browser;
e2eFixture({}, (started) => ({ host, browser } = started));

const dataBlock = (html: string) =>
  new RegExp(`<script type="application/json" id="${printDataElementId}">(.*?)</script>`).exec(html)?.[1];

test('the print route answers print.html with the sheet data in it; a bad id gets the page without data', async () => {
  const res = await fetch(`${host.url}print/checklist/school-enrolment?lang=ar&format=a4`);
  const html = await res.text();
  assert.match(html, /<script type="module"[^>]* src="\/assets\/print-[^"]+\.js"/);
  assert.doesNotMatch(html, /assets\/index-/, 'not the kiosk entry');
  const data = JSON.parse(dataBlock(html)!) as { id: string; title: { lang: string; fr: string } };
  assert.equal(data.id, 'school-enrolment');
  assert.equal(data.title.lang, 'ar');
  assert.doesNotMatch(dataBlock(html)!, /</, 'nothing in the data can close the block');
  const bad = await (await fetch(`${host.url}print/checklist/no-such-procedure?lang=ar`)).text();
  assert.equal(dataBlock(bad), undefined);
});

test('Chromium lays out the sheet from the page alone: no API call, no kiosk script, two locale files', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${host.url}print/checklist/school-enrolment?lang=ti&format=receipt`);
  assert.equal(await page.evaluate(awaitPrintReadyScript), 'ready');
  assert.ok(await page.getByTestId('sheet').isVisible());
  assert.deepEqual(
    requests.filter((p) => p.startsWith('/api/')),
    [],
  );
  assert.deepEqual(
    requests.filter((p) => /\/assets\/(index|App|StaffMode)-/.test(p)),
    [],
  );
  const locales = requests.filter((p) => /\/assets\/(fr|ti|ar|en)-[^/]+\.js$/.test(p));
  assert.equal(locales.length, 2, `French and Tigrinya only: ${locales.join(', ')}`);
  await context.close();
});

/** The page's entry script and every chunk it imports statically (`import … from "./x.js"`), as text. */
async function entryChunks(pageUrl: string): Promise<Map<string, string>> {
  const html = await (await fetch(pageUrl)).text();
  const entry = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(entry, `${pageUrl} has its entry script`);
  const seen = new Map<string, string>();
  const visit = async (url: URL): Promise<void> => {
    if (seen.has(url.pathname)) return;
    const code = await (await fetch(url)).text();
    seen.set(url.pathname, code);
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["']([^"']+)["']/g))
      await visit(new URL(spec!, url));
  };
  await visit(new URL(entry, pageUrl));
  return seen;
}

test('the start screen and the printed sheet load no zod: the pages validate nothing, main does', async () => {
  // issue 27: zod is about 90 KB to evaluate before the first paint; a locale table or an id pattern is not.
  for (const page of [host.url, `${host.url}print/checklist/school-enrolment?lang=ar&format=a4`]) {
    const chunks = await entryChunks(page);
    assert.ok(chunks.size > 1, `${page}: the entry and its imports were read`);
    assert.match([...chunks.values()].join('\n'), /createElement|jsx/, `${page}: React is among them`);
    for (const [path, code] of chunks) assert.doesNotMatch(code, /ZodError/, `${page}: zod in ${path}`);
  }
});
