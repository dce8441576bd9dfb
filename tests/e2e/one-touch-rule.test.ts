import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { writeSettings } from '../../main/services/settings';
import { chooseLanguage, openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';
import { clearSpoken, installSpeechLog, spoken, waitForSpoken } from '../helpers/speech-log';
import { screenSignature, walkScreen } from '../helpers/touch-walk';

// Tuesday 8 December 2026, 10:00 in Martinique: places keep the same state while the walk runs.
const clock = () => new Date('2026-12-08T14:00:00Z');
let host: TestHost;
let browser: Browser;

// A new kiosk's settings ("explore, then act" on); quick speech and a long idle time, for a long walk.
e2eFixture(
  {
    clock,
    productDefaults: true,
    prepare: (h) => void writeSettings(h.kiosk.db, { speechRate: 1.5, idleTimeoutSeconds: 600 }),
  },
  (started) => ({ host, browser } = started),
);

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

const screens: { name: string; steps: string[]; ready: string; must: string[] }[] = [
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
];

// The bars (home, back, 🆘, listen again, read all, volume, more above/below) are the same on every screen: walked
// whole on the first, then only "back" beside each screen's own controls and dialogs.
const everywhere = ['nav-home', 'nav-emergency', 'listen-again', 'read-all', 'volume-down', 'volume-up'];
const ownControls = '[data-testid="scroll-area"], [role="dialog"], [data-testid="nav-back"]';

for (const screen of screens) {
  test(`one touch rule, ${screen.name} screen: every control says itself on a first touch and acts on a second`, async () => {
    const page = await openStartScreen(browser, host.url, { prepare: installSpeechLog });
    const bars = screen.name === 'themes';
    const reach = async () => {
      await visit(page, ...screen.steps);
      await page.locator(screen.ready).first().waitFor();
    };
    const walked = await walkScreen(page, reach, bars ? 'body' : ownControls);
    for (const key of [...(bars ? everywhere : []), ...screen.must])
      assert.ok(
        walked.some((k) => k === key || k.startsWith(`${key}#`) || k.startsWith(`${key}[`)),
        `${key} walked: ${walked.join(', ')}`,
      );
    if (screen.name !== 'themes') assert.ok(walked.includes('nav-back'), 'back walked');
    await page.context().close();
  });
}

test('"About" on the start screen: a first touch says it, a second opens it, in the selected language', async () => {
  const page = await openStartScreen(browser, host.url, { prepare: installSpeechLog });
  const ti = readLocale('ti') as { about: Record<string, string>; speech: Record<string, string> };
  await page.getByTestId('language-ti').tap(); // selected, not chosen
  await page.locator('[data-testid="about-open"][lang="ti"]').waitFor();
  await clearSpoken(page);
  await page.getByTestId('about-open').tap();
  await waitForSpoken(page, { key: 'speech.touchAgain', text: ti.speech.touchAgain, lang: 'ti' });
  assert.equal(await page.locator('[data-screen="start"]').count(), 1, 'a first touch does not open it');
  assert.ok(
    (await spoken(page)).some((p) => p.text === ti.about.open && p.lang === 'ti'),
    'its name, in Tigrinya',
  );
  await page.getByTestId('about-open').tap();
  await page.locator('[data-screen="about"]').waitFor();
  assert.equal(await page.locator('[data-screen="about"]').getAttribute('lang'), 'ti');
  assert.equal(await page.getByTestId('about-pictograms').innerText(), ti.about.pictograms);
  await waitForSpoken(page, { text: ti.about.title, lang: 'ti' });
  const about = await screenSignature(page);
  // Its close follows the rule too, and says "touch again" in the page's own language.
  await clearSpoken(page);
  await page.getByTestId('about-close').tap();
  await waitForSpoken(page, { key: 'speech.touchAgain', lang: 'ti' });
  assert.equal(await screenSignature(page), about);
  await page.getByTestId('about-close').tap();
  await page.locator('[data-screen="start"]').waitFor();
  // The "choose" button that appears under a selected language follows the rule as well.
  await page.getByTestId('language-fr').tap();
  await clearSpoken(page);
  await page.getByTestId('language-confirm').tap();
  await waitForSpoken(page, { key: 'speech.touchAgain', lang: 'fr' });
  assert.equal(await page.locator('[data-screen="start"]').count(), 1, 'choosing waits for a second touch');
  await page.getByTestId('language-confirm').tap();
  await page.locator('[data-screen="themes"]').waitFor();
  await page.context().close();
});
