import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { saveRecordedClip } from '../../main/services/clips';
import { installAudioProbe, resetProbe, waitForSound } from '../helpers/audio-probe';
import { assertNoAxeViolations, chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';
import { languageInfo } from '../../common/locales';
import { clearSpoken, installSpeechLog, spoken, waitForSpoken, type SpokenPhrase } from '../helpers/speech-log';
import { toneSeconds, toneWav } from '../helpers/tone';

let host: TestHost;
let browser: Browser;

e2eFixture({}, (started) => ({ host, browser } = started));

type Bridged = SpokenPhrase & { bridge?: { text: string; lang: string } };
const bridges = { ps: 'fa', ff: 'fr' } as const;
const strings = (code: string) => readLocale(code) as Record<string, Record<string, string>>;

function openStart(): Promise<Page> {
  return openStartScreen(browser, host.url, {
    prepare: async (page) => {
      await installAudioProbe(page);
      await installSpeechLog(page);
    },
  });
}

/** The phrase said for the screen's title: in the visitor's language, spoken through its bridge. */
async function titleHeard(page: Page, code: keyof typeof bridges, screen: string): Promise<Bridged> {
  await screenShown(page, screen);
  const title = (await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim();
  const said = (await waitForSpoken(page, { text: title, lang: code })) as Bridged;
  assert.ok((await waitForSound(page, 0.02)) > 0.02, `${code} ${screen}: sound is heard`);
  assert.equal(said.bridge?.lang, bridges[code], `${code} ${screen}: the title is said in the bridge language`);
  assert.notEqual(said.source, 'none');
  assert.equal(await page.getByTestId('audio-missing').count(), 0, `${code} ${screen}: no missing-audio sign`);
  return said;
}

/** Touches a control (each touch acts: this host has "explore, then act" off) and expects the next screen heard. */
async function touchTo(page: Page, code: keyof typeof bridges, target: string, screen: string): Promise<void> {
  await resetProbe(page);
  await clearSpoken(page);
  await page.locator(target).first().tap();
  await titleHeard(page, code, screen);
}

for (const code of ['ps', 'ff'] as const) {
  test(`${code}: every screen of a journey is heard, in ${bridges[code]} where no clip exists`, async () => {
    const page = await openStart();
    const bridge = strings(bridges[code]);
    await resetProbe(page);
    await page.getByTestId(`language-${code}`).tap();
    const name = (await waitForSpoken(page, { lang: code, key: 'attract.thisLanguage' })) as Bridged;
    assert.ok((await waitForSound(page, 0.02)) > 0.02, 'the language button is heard');
    assert.equal(name.bridge?.lang, bridges[code]);
    assert.ok(!name.bridge.text.includes(languageInfo(bridges[code]).endonym), 'names the visitor’s language');
    await clearSpoken(page);
    await resetProbe(page);
    await page.getByTestId(`language-${code}`).tap();
    // Said once, first, in the bridge language itself and beside a pictogram: "the kiosk speaks to you in …".
    const notice = page.getByTestId('bridge-notice');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('lang'), bridges[code]);
    assert.equal(await notice.locator('img').count(), 1);
    const noticeText = (await notice.innerText()).replace(/\s+/g, ' ').trim();
    await waitForSpoken(page, { lang: bridges[code], text: noticeText });
    const themesTitle = await titleHeard(page, code, 'themes');
    assert.equal(themesTitle.bridge?.text, bridge.themes!.title, 'the bridge language’s own text');
    const order = (await spoken(page)).map((p) => p.text);
    assert.ok(order.indexOf(noticeText) < order.indexOf(themesTitle.text), 'the notice comes before the title');
    await assertNoAxeViolations(page, `themes in ${code}, bridged`);
    await touchTo(page, code, '[data-testid="theme-care"]', 'theme');
    assert.equal(await page.getByTestId('bridge-notice').count(), 0, 'the notice is said once, on the first screen');
    await touchTo(page, code, '[data-testid^="procedure-"]', 'procedure');
    await touchTo(page, code, '[data-testid="to-checklist"]', 'checklist');
    await touchTo(page, code, '[data-testid="nav-back"]', 'procedure');
    await touchTo(page, code, '[data-testid="to-places"]', 'places');
    await touchTo(page, code, '[data-testid^="place-"] button', 'place');
    await touchTo(page, code, '[data-testid="nav-back"]', 'places');
    await touchTo(page, code, '[data-testid="places-map"]', 'map');
    await page.context().close();
  });
}

test('a recorded Pashto clip replaces the bridge for its phrase; the other phrases keep the bridge', async () => {
  saveRecordedClip(
    { contentDir: host.kiosk.paths.contentDir, dataDir: host.dataDir },
    'ps',
    'themes.title',
    toneWav(1),
  );
  const page = await openStart();
  await chooseLanguage(page, 'ps');
  await page.locator('.speech-bar[data-speaking="no"]').waitFor();
  await clearSpoken(page);
  await resetProbe(page);
  await page.getByTestId('listen-again').tap();
  const title = await waitForSpoken(page, { lang: 'ps', key: 'themes.title' });
  assert.equal(title.source, 'clip');
  assert.equal((title as Bridged).bridge, undefined, 'the clip, not the bridge');
  const instruction = (await waitForSpoken(page, { text: strings('ps').themes!.instruction! })) as Bridged;
  assert.equal(instruction.bridge?.lang, 'fa', 'the instruction has no clip: still bridged');
  assert.ok((await toneSeconds(page, 0.8)) > 0.7, 'the Pashto clip is heard');
  await page.context().close();
});

test('a Pulaar visit opened from the start screen’s 🆘 says its bridge once, on the emergency numbers', async () => {
  const page = await openStart();
  await page.getByTestId('language-ff').tap(); // selected, not chosen: the entry opens in Pulaar
  await clearSpoken(page);
  await page.getByTestId('start-emergency').tap();
  await screenShown(page, 'theme');
  const notice = page.getByTestId('bridge-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('lang'), 'fr');
  await waitForSpoken(page, { lang: 'fr', text: (await notice.innerText()).replace(/\s+/g, ' ').trim() });
  const title = await titleHeard(page, 'ff', 'theme');
  assert.equal(title.bridge?.text, strings('fr').theme!.emergency, 'the emergency title in French');
  await page.getByTestId('nav-back').tap();
  await page.locator('[data-screen="themes"]').waitFor();
  assert.equal(await page.getByTestId('bridge-notice').count(), 0, 'not again on the themes behind it');
  await page.context().close();
});
