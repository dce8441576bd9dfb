import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { espeakVoiceFor } from '../../common/speech/espeak-engine';
import { writeSettings } from '../../main/services/settings';
import { chooseLanguage, openStartScreen } from '../helpers/browser';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { readLocale } from '../helpers/locales';
import { clearSpoken, installSpeechLog, spoken, waitForSpoken, type SpokenPhrase } from '../helpers/speech-log';

// Tuesday 8 December 2026, 10:00 in Martinique.
const clock = () => new Date('2026-12-08T14:00:00Z');
let host: TestHost;
let browser: Browser;

// The test host speaks at the fastest rate the settings allow: a reading plays in real time.
e2eFixture({ clock }, (started) => ({ host, browser } = started));

async function open(lang: string): Promise<Page> {
  const page = await openStartScreen(browser, host.url, { prepare: installSpeechLog });
  await chooseLanguage(page, lang);
  return page;
}

/** Every text a visitor sees on the screen (title and main area), with the language its element declares. */
function visibleTexts(page: Page): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(() => {
    const roots = [document.querySelector('h1'), document.querySelector('main.screen[data-screen]')];
    const out: { text: string; lang: string }[] = [];
    for (const root of roots) {
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        const text = (n.textContent ?? '').trim();
        // Controls that say something else when touched (e.g. "repeat the number") and sources' citations are
        // not screen text for a visitor (data-read-all-skip: heard when touched).
        if (
          !text ||
          el.closest('[aria-hidden="true"], [data-speak-skip], [data-read-all-skip]') ||
          !el.checkVisibility()
        )
          continue;
        out.push({ text, lang: (el.closest('[lang]')?.getAttribute('lang') ?? 'fr').split('-')[0]! });
      }
    }
    return out;
  });
}

const letters = (s: string) => s.replace(/[\s\p{P}]/gu, '');
const digits = (s: string) => s.replace(/\D/g, '');
const bigNumber = /\d(?:[\d.\u00a0\u202f -]*\d){3,}/g;

/**
 * Reads the whole screen with "read all" and returns every phrase said. With `pauseAfter`, the reading is paused
 * once that many phrases have started and resumed: it must go on from the phrase it stopped in.
 */
async function readAll(page: Page, pauseAfter?: number): Promise<SpokenPhrase[]> {
  // A touch on the button says its own word ("read all") before the reading starts: not a phrase of the screen.
  const word = (await page.getByTestId('read-all').innerText()).replace(/\s+/g, ' ').trim();
  await clearSpoken(page);
  await page.getByTestId('read-all').tap();
  await page.locator('[data-testid="read-all"][data-state="reading"]').waitFor();
  let beforePause: SpokenPhrase[] = [];
  if (pauseAfter !== undefined) {
    const nth = await page.waitForFunction(
      ([n, w]) =>
        ((window as unknown as { __spoken: SpokenPhrase[] }).__spoken.filter((p) => p.text !== w)[n - 1] as
          SpokenPhrase | undefined) ?? false,
      [pauseAfter, word] as const,
    );
    await nth.dispose();
    // The touch that pauses says the button's word, before or after it changes: not a phrase of the reading.
    const pauseWord = (await page.getByTestId('read-all').innerText()).replace(/\s+/g, ' ').trim();
    await page.getByTestId('read-all').tap();
    await page.locator('[data-testid="read-all"][data-state="paused"]').waitFor();
    beforePause = (await spoken(page)).filter((p) => p.text !== word);
    // The touch says the button's own word ("resume") before the reading takes over again: not a phrase of it.
    const label = (await page.getByTestId('read-all').innerText()).replace(/\s+/g, ' ').trim();
    const reading = beforePause.filter((p) => p.text !== pauseWord && p.text !== label);
    assert.ok(reading.length >= pauseAfter);
    // It stopped in the last phrase that had started when the touch came: on a busy machine, a later one than
    // the phrase waited for above.
    const interrupted = reading.at(-1)!;
    await clearSpoken(page);
    await page.getByTestId('read-all').tap();
    const handle = await page.waitForFunction(
      ([lang, word]) =>
        (window as unknown as { __spoken: SpokenPhrase[] }).__spoken.find((p) => p.lang === lang && p.text !== word) ??
        false,
      [interrupted.lang, label] as const,
    );
    const resumed = (await handle.jsonValue()) as unknown as SpokenPhrase;
    assert.equal(resumed.text, interrupted.text, 'the reading resumes with the phrase it stopped in');
  }
  await page.locator('[data-testid="read-all"][data-state="idle"]').waitFor({ timeout: 240_000 });
  return [...beforePause, ...(await spoken(page))];
}

/** Reads the screen and checks every visible text was said, each by its language's voice, numbers digit by digit. */
async function assertReadAll(
  page: Page,
  pageLang: string,
  label: string,
  pauseAfter?: number,
): Promise<SpokenPhrase[]> {
  const texts = await visibleTexts(page);
  assert.ok(texts.length > 5, `${label}: a screen with text`);
  const said = await readAll(page, pauseAfter);
  const byLang = (lang: string) => said.filter((p: SpokenPhrase) => p.lang === lang);
  for (const p of said) assert.ok(espeakVoiceFor(p.lang), `${label}: "${p.text}" has a voice (${p.lang})`);
  for (const { text, lang } of texts) {
    const words = letters(text.replace(bigNumber, ' '));
    if (words) {
      const heard = letters(
        byLang(lang)
          .map((p) => p.text)
          .join(' '),
      );
      assert.ok(heard.includes(words), `${label}: "${text}" (${lang}) is said by the ${lang} voice`);
    }
    for (const number of text.match(bigNumber) ?? []) {
      const heard = byLang(pageLang)
        .map((p) => digits(p.text))
        .join('');
      assert.ok(heard.includes(digits(number)), `${label}: ${number} is said digit by digit in ${pageLang}`);
    }
  }
  return said;
}

test('Tigrinya procedure: "read all" says every visible text, the French lines by the French voice', async () => {
  const page = await open('ti');
  await page.getByTestId('theme-care').tap();
  await page.getByTestId('procedure-ame-renewal').tap();
  await page.locator('[data-screen="procedure"] .falc-list').waitFor();
  await page.getByTestId('to-numbers').tap();
  await assertReadAll(page, 'ti', 'procedure (ti)');
  await page.context().close();
});

test('Arabic place: "read all" says name, address (French voice), phone digit by digit, week table; pause and resume', async () => {
  const page = await open('ar');
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-testid="place-fs-le-precheur"] button').tap();
  await page.getByTestId('week-table').waitFor();

  // One reading, paused after its second phrase and resumed, says the whole screen.
  const said = await assertReadAll(page, 'ar', 'place (ar)', 2);
  // Weekdays in Arabic from the locale file, spoken in Arabic.
  assert.ok(said.some((p) => p.lang === 'ar' && p.text.includes('الثلاثاء')));
  await page.context().close();
});

test('Arabic map: "you are here" and the volume level are each heard on their own, in Arabic', async () => {
  // "You are here" lies beneath the pins by design (it never takes a pin's touch). The territory's centre, the
  // default position, now has a place's pin on it (national-list coordinates): this kiosk stands on the Caravelle
  // peninsula, away from every place.
  writeSettings(host.kiosk.db, { position: { lat: 14.774, lon: -60.87 } });
  const page = await open('ar');
  const ar = readLocale('ar') as { places: Record<string, string>; speech: Record<string, string> };
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('theme-places').tap();
  await page.getByTestId('places-map').tap();
  await page.locator('[data-testid="map-pin"]').first().waitFor();

  await clearSpoken(page);
  await page.getByTestId('map-here').tap();
  await waitForSpoken(page, { text: ar.places.youAreHere, lang: 'ar' });
  assert.equal(await page.locator('main.screen').getAttribute('data-screen'), 'map', 'touching it opens nothing');

  const level = async () => Number(await page.getByTestId('volume-level').getAttribute('data-level'));
  const said = (n: number) => ar.speech.volumeLevel!.replace('{{level}}', String(n));
  const before = await level();
  await clearSpoken(page);
  await page.getByTestId('volume-down').tap();
  await waitForSpoken(page, { text: said(before - 1), lang: 'ar' });
  await clearSpoken(page);
  await page.getByTestId('volume-level').tap();
  await waitForSpoken(page, { text: said(await level()), lang: 'ar' });
  assert.equal(await level(), before - 1);
  await page.context().close();
});

test('after a pause, the next screen offers "read all", not "resume": nothing was read there', async () => {
  const page = await open('fr');
  await page.getByTestId('theme-care').tap();
  await page.getByTestId('procedure-ame-first-request').tap();
  await page.locator('[data-screen="procedure"] .falc-list').waitFor();
  await clearSpoken(page);
  await page.getByTestId('read-all').tap();
  await page.waitForFunction(() => (window as unknown as { __spoken: unknown[] }).__spoken.length >= 2);
  await page.getByTestId('read-all').tap();
  await page.locator('[data-testid="read-all"][data-state="paused"]').waitFor();
  await page.getByTestId('to-checklist').tap();
  await page.locator('[data-screen="checklist"] .check-list').first().waitFor();
  assert.equal(await page.getByTestId('read-all').getAttribute('data-state'), 'idle');
  // Back on the screen it was paused in, a new reading starts from the top: nothing is left to resume.
  await page.getByTestId('nav-back').tap();
  await page.locator('[data-screen="procedure"] .falc-list').waitFor();
  assert.equal(await page.getByTestId('read-all').getAttribute('data-state'), 'idle');
  await page.context().close();
});
