import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { CallFailure } from '../../../main/api/errors';
import { printPageHtml, startPageHtml } from '../../../main/api/filled-page';
import { createPrinterHandlers } from '../../../main/api/staff-printer-handlers';
import { CupsCommandError } from '../../../main/services/print/cups';
import type { Printer } from '../../../main/services/printing';
import { startTestHost, type TestHost } from '../../helpers/host';
import { bootDataElementId } from '../../../common/start/boot-block';

const template = '<html><head></head><body></body></html>';
const printUrl = new URL('http://127.0.0.1/print/checklist/mdph?lang=fr&format=a4');

test('the print page: bad input leaves the page to ask itself, any other error is also told to the log', async () => {
  const heard: unknown[] = [];
  const badInput = {
    getPrintableChecklist: () => Promise.reject(new CallFailure({ code: 'bad-input', message: 'x' })),
  };
  const broken = { getPrintableChecklist: () => Promise.reject(new RangeError('disk')) };
  type H = Parameters<typeof printPageHtml>[0];
  assert.equal(await printPageHtml(badInput as unknown as H, template, printUrl, (e) => heard.push(e)), template);
  assert.equal(heard.length, 0, 'a CallFailure is an answer, not a fault');
  assert.equal(await printPageHtml(broken as unknown as H, template, printUrl, (e) => heard.push(e)), template);
  assert.equal(heard.length, 1);
  assert.ok(heard[0] instanceof RangeError);
});

test('the start page: a failing call leaves index.html as it is (the page asks itself), a fault is also logged', async () => {
  const heard: unknown[] = [];
  const index = '<html><head></head><body><div id="root"></div></body></html>';
  type H = Parameters<typeof startPageHtml>[0];
  const themes = () => Promise.resolve([]);
  const badInput = {
    getKioskConfig: () => Promise.reject(new CallFailure({ code: 'failed', message: 'x' })),
    listThemes: themes,
  };
  assert.equal(await startPageHtml(badInput as unknown as H, index, (e) => heard.push(e)), index);
  assert.equal(heard.length, 0, 'a CallFailure is an answer, not a fault');
  const broken = { getKioskConfig: () => Promise.reject(new RangeError('disk')), listThemes: themes };
  assert.equal(await startPageHtml(broken as unknown as H, index, (e) => heard.push(e)), index);
  assert.ok(heard[0] instanceof RangeError);
});

test('the start page: no text in the data can close its block', async () => {
  const config = { languages: ['fr'], contentVersion: '</script><script>alert(1)</script>' };
  const handlers = { getKioskConfig: () => Promise.resolve(config), listThemes: () => Promise.resolve([]) };
  type H = Parameters<typeof startPageHtml>[0];
  const html = await startPageHtml(handlers as unknown as H, '<html><head></head></html>', () => undefined);
  assert.equal(html.match(/<\/script>/g)?.length, 1, 'only the block itself ends a script');
  const json = /id="boot-data">(.*)<\/script>/.exec(html)![1]!;
  assert.deepEqual(JSON.parse(json), { config, themes: [] });
});

test('staff printers: only CUPS out of reach means "type the queue name", any other error fails the call', async () => {
  const kiosk = {} as Parameters<typeof createPrinterHandlers>[0];
  const failing = (err: Error): Printer => ({ print: async () => undefined, listQueues: () => Promise.reject(err) });
  const down = createPrinterHandlers(kiosk, failing(new CupsCommandError('lpstat', 'scheduler is not running')));
  assert.deepEqual(await down.staffListPrinters({ token: 't' }), { available: false, queues: [], defaultQueue: null });
  const bug = createPrinterHandlers(kiosk, failing(new TypeError('queues is not iterable')));
  await assert.rejects(bug.staffListPrinters({ token: 't' }), TypeError);
});

/**
 * Runs `use` against a browser host whose listThemes throws an error carrying a name and a phone number, and returns
 * what the host wrote to console.error meanwhile.
 */
async function errorLinesOfFaultyHost(use: (host: TestHost) => Promise<void>): Promise<string[]> {
  const host = await startTestHost({
    handlers: (real) => ({
      ...real,
      listThemes: () => {
        throw new RangeError('theme of Amina Diallo, 06 12 34 56 78');
      },
    }),
  });
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  try {
    await use(host);
  } finally {
    console.error = original;
    await host.stop();
  }
  return lines;
}

test('the browser host logs an unexpected error by its code, never its message', async () => {
  const lines = await errorLinesOfFaultyHost(async (host) => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/listThemes',
          headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' },
        },
        (res) => (res.resume(), res.on('end', () => resolve(res.statusCode ?? 0))),
      );
      req.on('error', reject);
      req.end('{}');
    });
    assert.equal(status, 500);
  });
  assert.deepEqual(lines, ['host.call-failed call=listThemes code=RangeError']);
});

test('the browser host logs a fault in the data of a page by the page, never the message; the page is still served', async () => {
  const lines = await errorLinesOfFaultyHost(async (host) => {
    const page = await fetch(host.url);
    assert.equal(page.status, 200);
    assert.ok(!(await page.text()).includes(bootDataElementId), 'no data block: the page asks itself');
  });
  assert.deepEqual(lines, ['host.page-failed page=start code=RangeError']);
});
