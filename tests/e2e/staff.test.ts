import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { assertNoAxeViolations, chooseLanguage, openStartScreen, screenShown } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { tempDir } from '../helpers/temp';
import { checkPin } from '../../main/services/staff/pin-store';
import { readSettings } from '../../main/services/settings';
import { listThemes } from '../../main/services/content-store';
import { makeFolderPack, zipFolder } from '../helpers/packs';
import { enterStaff, holdCorner, setTestPin, typePin } from '../helpers/staff';
import { createTranslationHandlers } from '../../main/api/translation-handlers';

const pin = '246810';
let host: TestHost;
let browser: Browser;
const temp = tempDir('repere-staff-e2e-');

e2eFixture({ prepare: (h) => setTestPin(h.kiosk.db, pin) }, (started) => ({ host, browser } = started));
after(() => temp.cleanup());

const openStart = (): Promise<Page> => openStartScreen(browser, host.url, { context: { acceptDownloads: true } });

test('a short press does nothing; a 3-second press opens the PIN pad, which shows dots only and lets staff in', async () => {
  const page = await openStart();
  await holdCorner(page, 800);
  assert.equal(await page.locator('[data-screen="staff-pin"]').count(), 0, 'a short touch never opens staff mode');
  await holdCorner(page, 3300);
  await page.locator('[data-screen="staff-pin"]').waitFor();
  await assertNoAxeViolations(page, 'staff PIN pad');
  await typePin(page, pin.slice(0, 4));
  const text = await page.locator('[data-screen="staff-pin"]').innerText();
  assert.doesNotMatch(text, /2468/, 'the PIN is never shown');
  assert.equal(await page.locator('.pin-dot--on').count(), 4);
  assert.equal(await page.locator('[data-screen="staff-pin"]').getAttribute('data-speak-skip'), '');
  await typePin(page, pin.slice(4));
  await page.getByTestId('pin-ok').click();
  await page.locator('[data-screen="staff-stats"]').waitFor();
  await page.getByTestId('staff-leave').click();
  await page.getByTestId('language-fr').waitFor();
  await page.context().close();
});

test('a visit is counted anonymously, shown as bars and exported as CSV', async () => {
  const page = await openStart();
  await chooseLanguage(page, 'ps');
  await page.getByTestId('theme-care').tap();
  await screenShown(page, 'theme');
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('language-fr').waitFor();
  await enterStaff(page, pin);
  const chart = page.locator('figure.stats-chart svg');
  await chart.first().waitFor();
  const labels = await chart.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')));
  assert.ok(
    labels.some((l) => l === 'Visites: Visites 1'),
    JSON.stringify(labels),
  );
  assert.ok(
    labels.some((l) => l === 'Thèmes ouverts: Se soigner 1'),
    JSON.stringify(labels),
  );
  await assertNoAxeViolations(page, 'staff statistics');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stats-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split('\n');
  assert.equal(lines[0], 'day,kind,item,count');
  for (const row of ['language,ps,1', 'session,start,1', 'theme,care,1'])
    assert.ok(
      lines.some((l) => l.endsWith(row) && /^\d{4}-\d{2}-\d{2},/.test(l)),
      `${row} in ${csv}`,
    );
  await page.context().close();
});

test('settings: a bad value is refused with its field named and nothing changes; a good one is saved', async () => {
  const page = await openStart();
  await enterStaff(page, pin);
  await page.getByTestId('staff-tab-settings').click();
  await page.getByTestId('settings-idle').waitFor();
  await assertNoAxeViolations(page, 'staff settings');
  const before = readSettings(host.kiosk.db);
  await page.getByTestId('settings-idle').fill('5');
  await page.getByTestId('settings-save').click();
  const result = page.getByTestId('settings-result');
  await result.getByText('Réglages refusés').waitFor();
  assert.match(await result.innerText(), /Retour à l'accueil après inactivité/);
  assert.deepEqual(readSettings(host.kiosk.db), before);
  await page.getByTestId('settings-idle').fill('120');
  await page.getByTestId('settings-paper').selectOption('receipt');
  await page.getByTestId('settings-save').click();
  await result.getByText('Réglages enregistrés').waitFor();
  const after = readSettings(host.kiosk.db);
  assert.equal(after.idleTimeoutSeconds, 120);
  assert.equal(after.paperFormat, 'receipt');
  assert.deepEqual(after.bridgeLanguages, { ps: 'fa', ff: 'fr' }, 'the bridges in force, saved as shown');
  // Languages: Pashto hidden, Arabic moved up one place; the start screen follows once staff leave. Bridges:
  // Pashto said in Urdu, Pulaar's turned off.
  await page.getByTestId('settings-bridge-ps').selectOption('ur');
  await page.getByTestId('settings-bridge-ff').selectOption('');
  await page.getByTestId('settings-lang-ps').uncheck();
  await page.getByTestId('settings-lang-ar').locator('xpath=ancestor::li').getByText('Monter').click();
  // An edit clears the last "saved": it no longer says the truth (and the next wait is for the next answer).
  await result.getByText('Réglages enregistrés').waitFor({ state: 'detached' });
  await page.getByTestId('settings-save').click();
  await result.getByText('Réglages enregistrés').waitFor();
  assert.deepEqual(readSettings(host.kiosk.db).bridgeLanguages, { ps: 'ur', ff: null });
  // The first start screen shown after staff leave already has the new settings (none with the old ones first).
  await page.evaluate(() => {
    const w = window as unknown as { __firstShown?: string[] };
    const observer = new MutationObserver(() => {
      const buttons = [...document.querySelectorAll('[data-testid^="language-"]')];
      if (buttons.length === 0) return;
      w.__firstShown = buttons.map((b) => b.getAttribute('data-testid')!);
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
  await page.getByTestId('staff-leave').click();
  await page.getByTestId('language-fr').waitFor();
  const shown = await page.evaluate(() => (window as unknown as { __firstShown: string[] }).__firstShown);
  assert.deepEqual(shown.slice(0, 3), ['language-fr', 'language-ar', 'language-en']);
  assert.ok(!shown.includes('language-ps'));
  await page.context().close();
});

// Issue 23: a site can choose to offer only reviewed languages, so staff see how much of each a person reviewed.
test('settings show, beside each language, how much a person has reviewed; a review at the desk counts', async () => {
  const share = async (page: Page, code: string) => {
    const text = await page.getByTestId(`settings-reviewed-${code}`).innerText();
    const m = /relu par une personne : (\d+) % \((\d+) textes sur (\d+)\)/.exec(text);
    assert.ok(m, text);
    return { percent: Number(m[1]), reviewed: Number(m[2]), total: Number(m[3]) };
  };
  const page = await openStart();
  await enterStaff(page, pin);
  await page.getByTestId('staff-tab-settings').click();
  const before = await share(page, 'ar');
  assert.ok(before.total > 100, 'every visitor string of Arabic is counted');
  assert.equal(before.percent, Math.floor((100 * before.reviewed) / before.total));
  // One Arabic string marked correct at the desk by a named reviewer.
  const translations = createTranslationHandlers(host.kiosk);
  const key = translations.staffListTranslations({ token: '', lang: 'ar' }).find((s) => s.status !== 'reviewed')!.key;
  const reviewed = translations.staffReviewTranslation({
    token: '',
    lang: 'ar',
    key,
    text: null,
    reviewer: 'Test, Repère',
  });
  assert.equal(reviewed.ok, true);
  await page.reload();
  await enterStaff(page, pin);
  await page.getByTestId('staff-tab-settings').click();
  const after = await share(page, 'ar');
  assert.deepEqual(after, {
    percent: Math.floor((100 * (before.reviewed + 1)) / before.total),
    reviewed: before.reviewed + 1,
    total: before.total,
  });
  assert.equal(await page.getByTestId('settings-reviewed-fr').count(), 0, 'French is the source, not reviewed');
  await page.context().close();
});

test('content packs: export, a broken pack refused with its problems, re-import, restore the backup', async () => {
  const packs = join(host.dataDir, 'packs');
  mkdirSync(packs, { recursive: true });
  const broken = makeFolderPack(join(temp.dir, 'broken'), { version: '2099.03.03-1' });
  writeFileSync(join(broken, 'themes.json'), '[{"id": 7}]');
  await zipFolder(broken, join(packs, 'broken.zip'));
  const smaller = await zipFolder(
    makeFolderPack(join(temp.dir, 'small'), { version: '2099.03.04-1', themes: 2 }),
    join(temp.dir, 's.zip'),
  );
  copyFileSync(smaller, join(packs, 'small.zip'));

  const page = await openStart();
  await enterStaff(page, pin);
  await page.getByTestId('staff-tab-packs').click();
  await page.getByTestId('packs-export').waitFor();
  await assertNoAxeViolations(page, 'staff packs');
  const outcome = page.getByTestId('packs-outcome');
  await page.getByTestId('packs-export').click();
  await outcome.getByText('Contenu exporté').waitFor();
  const exported = (await outcome.innerText()).match(/repere-[^\s]+\.zip/)![0];
  assert.ok(existsSync(join(packs, exported)));

  await page.getByTestId('pack-import-broken.zip').click();
  await outcome.getByText("n'est pas valide").waitFor();
  assert.match(await outcome.innerText(), /themes\.json/);
  assert.equal(listThemes(host.kiosk.db).length, 9, 'nothing imported');

  // Checking a pack says whether it is valid and imports nothing.
  await page.getByTestId('pack-validate-small.zip').click();
  await outcome.getByText('small.zip est valide (version 2099.03.04-1)').waitFor();
  assert.equal(listThemes(host.kiosk.db).length, 9, 'checking imports nothing');
  await page.getByTestId('pack-validate-broken.zip').click();
  await outcome.getByText("n'est pas valide").waitFor();
  assert.match(await outcome.innerText(), /themes\.json/);

  await page.getByTestId('pack-import-small.zip').click();
  await outcome.getByText('Paquet importé').waitFor();
  // No content key configured on this kiosk: staff are told the pack is unsigned.
  assert.match(await page.getByTestId('packs-signature').innerText(), /non signé/);
  assert.equal(listThemes(host.kiosk.db).length, 2);
  // The exported pack is older than the small one: refused until staff confirm going back.
  await page.getByTestId(`pack-import-${exported}`).click();
  await page.getByTestId('packs-downgrade-confirm').waitFor();
  assert.match(await outcome.innerText(), /plus ancien/);
  assert.equal(listThemes(host.kiosk.db).length, 2, 'nothing imported before the confirmation');
  await assertNoAxeViolations(page, 'staff packs, downgrade question');
  await page.getByTestId('packs-downgrade-confirm').click();
  await outcome.getByText('version 2026').waitFor();
  assert.equal(listThemes(host.kiosk.db).length, 9, 'the exported pack brings the original content back');
  await page.getByTestId('packs-restore').click();
  await outcome.getByText('Sauvegarde restaurée').waitFor();
  assert.equal(listThemes(host.kiosk.db).length, 2, 'the backup was the small pack');
  // The visitor side sees the change once staff leave.
  await page.getByTestId('staff-leave').click();
  await chooseLanguage(page, 'fr');
  assert.equal(await page.locator('[data-testid^="theme-"]').count(), 2);
  await page.context().close();
});

test('PIN change: the current PIN is checked, the new one typed twice; then only the new one opens staff mode', async () => {
  const next = '975310';
  const page = await openStart();
  await enterStaff(page, pin);
  await page.getByTestId('staff-tab-settings').click();
  const message = page.getByTestId('pin-change-message');
  const change = async (current: string, a: string, b: string) => {
    await page.getByTestId('pin-change-current').fill(current);
    await page.getByTestId('pin-change-next').fill(a);
    await page.getByTestId('pin-change-again').fill(b);
    await page.getByTestId('pin-change-save').click();
  };
  await change(pin, next, '975311');
  await message.getByText('ne sont pas identiques').waitFor();
  await change(pin, '12345', '12345');
  await message.getByText('6 à 8 chiffres').waitFor();
  await change('135799', next, next);
  await message.getByText('Le code actuel est incorrect.').waitFor();
  await change(pin, next, next);
  await message.getByText('Le code agent a été changé.').waitFor();
  assert.equal(await page.getByTestId('pin-change-current').inputValue(), '', 'the fields are cleared');
  assert.equal((await checkPin(host.kiosk.db, () => new Date(), pin)).ok, false, 'the old PIN no longer opens');
  await page.getByTestId('staff-leave').click();
  await enterStaff(page, next);
  await page.getByTestId('staff-leave').click();
  await page.context().close();
  await setTestPin(host.kiosk.db, pin);
});

test('five wrong PINs lock staff entry, even for the right PIN', async () => {
  const page = await openStart();
  await holdCorner(page, 3300);
  await page.locator('[data-screen="staff-pin"]').waitFor();
  const message = page.getByTestId('pin-message');
  for (let left = 4; left >= 1; left--) {
    await typePin(page, '1111');
    await page.getByTestId('pin-ok').click();
    await message.getByText(`Essais restants avant le blocage : ${left}`).waitFor();
  }
  await typePin(page, '1111');
  await page.getByTestId('pin-ok').click();
  await message.getByText('Trop d').waitFor();
  assert.ok(await page.getByTestId('pin-1').isDisabled(), 'the pad is disabled while locked');
  await page.getByTestId('pin-cancel').click();
  await holdCorner(page, 3300);
  await message.getByText('Trop d').waitFor();
  assert.equal(await page.locator('[data-screen="staff-stats"]').count(), 0);
  await assertNoAxeViolations(page, 'PIN pad locked');
  await page.context().close();
});
