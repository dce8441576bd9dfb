import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestHost, type TestHost } from './host';

export interface E2eOptions extends NonNullable<Parameters<typeof startTestHost>[0]> {
  /** Runs once the host is up, before the browser starts (e.g. set the staff PIN). */
  prepare?: (host: TestHost) => Promise<void> | void;
  /** Extra Chromium flags (e.g. a fake microphone). */
  chromiumArgs?: string[];
}

/**
 * The one e2e fixture: a test host (over the chosen transport) and Chromium, started before a file's tests
 * and stopped after them. `started` hands both to the file's own variables.
 */
export function e2eFixture(options: E2eOptions, started: (fixture: { host: TestHost; browser: Browser }) => void) {
  let host: TestHost | undefined;
  let browser: Browser | undefined;
  before(async () => {
    host = await startTestHost(options);
    await options.prepare?.(host);
    browser = await launchChromium(options.chromiumArgs);
    started({ host, browser });
  });
  after(async () => {
    await browser?.close();
    await host?.stop();
  });
}
