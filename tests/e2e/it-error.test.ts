import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { itErrorStyles, itErrorStylesPath, renderItErrorPage } from '../../main/electron/it-error-page';
import { contentSecurityPolicy } from '../../main/security/csp';
import { assertNoAxeViolations, kioskPage, launchChromium } from '../helpers/browser';
import { sampleConfigFailure as failure } from '../helpers/it-error';

/**
 * The IT error page as the Electron shell serves it (same HTML, same stylesheet path, same CSP header),
 * here over a loopback HTTP server since Electron cannot run on this machine.
 */
let server: Server;
let url: string;
let browser: Browser;

before(async () => {
  server = createServer((req, res) => {
    const css = req.url === itErrorStylesPath;
    res.writeHead(200, {
      'Content-Type': css ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
    });
    res.end(css ? itErrorStyles : renderItErrorPage(failure));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/it-error`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the IT error page shows the file and each field at fault, styled under the strict CSP, axe-clean', async () => {
  const page = await kioskPage(browser);
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /\/etc\/repere\/config\.json/);
  assert.match(text, /mode\s+Invalid option/);
  assert.match(text, /idleTimeout\s+unknown field/);
  assert.match(text, /This kiosk’s machine configuration is not valid/);
  // Its stylesheet applied (a CSP refusal would leave the browser defaults).
  const border = await page.locator('main.it-error').evaluate((el) => getComputedStyle(el).borderInlineStartWidth);
  assert.equal(border, '24px');
  const h1Size = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(h1Size, '40px');
  assert.deepEqual(cspErrors, []);
  await assertNoAxeViolations(page, 'IT error page');
  await page.context().close();
});
