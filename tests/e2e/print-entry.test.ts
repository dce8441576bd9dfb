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
