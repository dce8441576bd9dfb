// The one-touch-rule walks (tests/e2e/one-touch-rule*.test.ts): each visit screen, every control touched twice. Two
// files share them, so the long walks (places, the map) run beside the others instead of after them in one file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { writeSettings } from '../../main/services/settings';
import { chooseLanguage, openStartScreen } from './browser';
import type { TestHost } from './host';
import { e2eFixture } from './e2e';
import { installSpeechLog } from './speech-log';
import { walkScreen } from './touch-walk';

// Tuesday 8 December 2026, 10:00 in Martinique: places keep the same state while the walk runs.
const clock = () => new Date('2026-12-08T14:00:00Z');
let host: TestHost;
let browser: Browser;

/**
 * The walks' kiosk for one file: a new kiosk's settings ("explore, then act" on), quick speech and a long idle time,
 * for a long walk. Returns its host and browser, once started.
 */
export function oneTouchRuleFixture(): () => { host: TestHost; browser: Browser } {
  e2eFixture(
    {
      clock,
      productDefaults: true,
      prepare: (h) => void writeSettings(h.kiosk.db, { speechRate: 1.5, idleTimeoutSeconds: 600 }),
    },
    (started) => ({ host, browser } = started),
  );
  return () => ({ host, browser });
}

/** Touches a control twice, as a visitor who learned the rule does (the first says it, the second acts). */
async function twice(page: Page, testId: string): Promise<void> {
  const control = page.getByTestId(testId).first();
  await control.tap();
  await control.tap();
}

async function visit(page: Page, ...steps: string[]): Promise<void> {
  await page.goto(host.url);
  await page.getByTestId('language-fr').waitFor();
  await chooseLanguage(page, 'fr');
  for (const step of steps) await twice(page, step);
}

const screens = [
  { name: 'themes', steps: [], ready: '[data-screen="themes"]', must: ['theme-care', 'more-below'] },
  { name: 'theme', steps: ['theme-care'], ready: '[data-testid="procedures"]', must: ['theme-places'] },
  {
    name: 'procedure',
    steps: ['theme-papers', 'procedure-anef'], // it has a useful number, with "repeat the number"
    ready: '[data-screen="procedure"] .action-row',
    must: ['to-numbers', 'repeat-number', 'to-checklist'],
  },
  {
    name: 'checklist',
    steps: ['theme-care', 'procedure-ame-first-request', 'to-checklist'],
    ready: '[data-screen="checklist"] .check-list',
    must: ['print', 'show-agent', 'agent-close'],
  },
  {
    name: 'places',
    steps: ['theme-papers', 'theme-places'],
    ready: '[data-screen="places"] .place-list',
    must: ['places-map', 'place-fs-le-precheur'],
  },
  {
    name: 'map',
    steps: ['theme-papers', 'theme-places', 'places-map'],
    ready: '[data-testid="map-pin"]',
    must: ['map-pin[fs-le-precheur]'],
  },
  {
    name: 'place',
    steps: ['theme-papers', 'theme-places', 'place-fs-le-precheur'],
    ready: '[data-screen="place"] .week-table',
    must: ['repeat-number'],
  },
  {
    name: 'emergency',
    steps: ['nav-emergency'],
    ready: '[data-testid="dial-numbers"]',
    must: ['dial-3919', 'theme-places'],
  },
] as const satisfies readonly { name: string; steps: readonly string[]; ready: string; must: readonly string[] }[];

export type WalkedScreen = (typeof screens)[number]['name'];

// The bars (home, back, 🆘, listen again, read all, volume, more above/below) are the same on every screen: walked
// whole on the first, then only "back" beside each screen's own controls and dialogs.
const everywhere = ['nav-home', 'nav-emergency', 'listen-again', 'read-all', 'volume-down', 'volume-up'];
const ownControls = '[data-testid="scroll-area"], [role="dialog"], [data-testid="nav-back"]';

/** One test per named screen: every control on it says itself on a first touch and acts on a second. */
export function walkScreens(names: readonly WalkedScreen[]): void {
  for (const screen of screens.filter((s) => names.includes(s.name))) walkTest(screen);
}

function walkTest(screen: (typeof screens)[number]): void {
  test(`one touch rule, ${screen.name} screen: every control says itself on a first touch and acts on a second`, async () => {
    const page = await openStartScreen(browser, host.url, { prepare: installSpeechLog });
    const bars = screen.name === 'themes';
    const reach = () => visit(page, ...screen.steps);
    const ready = () => page.locator(screen.ready).first().waitFor();
    const walked = await walkScreen(page, { reach, ready }, bars ? 'body' : ownControls);
    for (const key of [...(bars ? everywhere : []), ...screen.must])
      assert.ok(
        walked.some((k) => k === key || k.startsWith(`${key}#`) || k.startsWith(`${key}[`)),
        `${key} walked: ${walked.join(', ')}`,
      );
    if (screen.name !== 'themes') assert.ok(walked.includes('nav-back'), 'back walked');
    await page.context().close();
  });
}
