import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStartScreen } from '../helpers/browser';
import { readLocale } from '../helpers/locales';
import { clearSpoken, spoken, waitForSpoken, installSpeechLog } from '../helpers/speech-log';
import { screenSignature } from '../helpers/touch-walk';
import { oneTouchRuleFixture, walkScreens } from '../helpers/one-touch-walks';

// The places, the map and a place are walked in one-touch-rule-places.test.ts.
const started = oneTouchRuleFixture();
walkScreens(['themes', 'theme', 'procedure', 'checklist', 'emergency']);

test('"About" on the start screen: a first touch says it, a second opens it, in the selected language', async () => {
  const { host, browser } = started();
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
