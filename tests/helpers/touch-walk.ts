import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { clearSpoken, clearSpokenAtNextTouch, spoken, type SpokenPhrase } from './speech-log';
import { twoFrames } from './browser';

/** A control the walk found: its stable key, how "explore, then act" treats it, and the words it may say. */
export interface WalkedControl {
  key: string;
  rule: string;
  label: string;
}

/** What is on screen: the screen's name and title, and an open dialog's title (the agent card). */
export function screenSignature(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      `${document.querySelector('main.screen[data-screen]')?.getAttribute('data-screen') ?? ''}|` +
      `${document.querySelector('h1')?.textContent ?? ''}|${document.querySelector('[role="dialog"] h2')?.textContent ?? ''}`,
  );
}

/**
 * Everything a touch could have changed: the page's markup (without the attributes the rule and the speech engine
 * set while they work: data-armed, data-speaking, and the walk's own mark) and the scroll position.
 */
function state(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[data-armed], [data-walk], [data-speaking]'))
      for (const name of ['data-armed', 'data-walk', 'data-speaking']) el.removeAttribute(name);
    const scroll = document.querySelector('[data-testid="scroll-area"]')?.scrollTop ?? 0;
    return `${clone.innerHTML}|scroll:${Math.round(scroll)}`;
  });
}

/**
 * Marks (data-walk) the first control on screen not yet walked and returns it, or null when every one was.
 * A control is a button, a link or a role=button that a visitor can touch: shown, enabled, not hidden from
 * assistive technology; while a dialog is open, only its own. Keys: the control's data-testid, or its card's,
 * with the places of a map pin and a rank among controls of the same key.
 */
async function markNext(page: Page, walked: Set<string>, scope: string): Promise<WalkedControl | null> {
  return page.evaluate(
    ([done, within]) => {
      for (const el of document.querySelectorAll('[data-walk]')) el.removeAttribute('data-walk');
      const layer = document.querySelector('[role="dialog"]') ?? document.body;
      const seen = new Map<string, number>();
      for (const el of layer.querySelectorAll<HTMLElement>('button, a[href], [role="button"]')) {
        if ((el as HTMLButtonElement).disabled || el.closest('[aria-hidden="true"]') || !el.closest(within)) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || !el.checkVisibility()) continue;
        const id =
          el.getAttribute('data-testid') ?? el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.className;
        const base = el.hasAttribute('data-places') ? `${id}[${el.getAttribute('data-places')}]` : id;
        const rank = seen.get(base) ?? 0;
        seen.set(base, rank + 1);
        const key = rank === 0 ? base : `${base}#${rank}`;
        if (done.includes(key)) continue;
        el.setAttribute('data-walk', '');
        const label = [el.innerText, el.getAttribute('data-speak'), el.getAttribute('data-speak-parts')]
          .filter(Boolean)
          .join(' ');
        return { key, rule: el.closest('[data-touch-rule]')?.getAttribute('data-touch-rule') ?? 'explore', label };
      }
      return null;
    },
    [[...walked], scope] as const,
  );
}

const squash = (text: string) => text.replace(/[\s\u2066-\u2069]/g, '');
const isHint = (p: SpokenPhrase) => p.key === 'speech.touchAgain';

/** Polls `check` (the page's events drive what it reads) until it answers true or `ms` pass. */
async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 150));
  }
  return check();
}

/** Where two states first differ, a little around it: enough to see what a touch changed. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 80), i + 80)}… became …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

/** The state once it stops changing (a scroll's "more above / below" buttons follow it a frame later). */
async function steadyState(page: Page): Promise<string> {
  let last = await state(page);
  for (let i = 0; i < 20; i++) {
    await twoFrames(page);
    const now = await state(page);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** Pauses a reading in progress by touching the title (no control): a reading would go on past the next touch. */
async function pauseReading(page: Page): Promise<void> {
  if ((await page.locator('[data-testid="read-all"][data-state="reading"]').count()) > 0)
    await page.locator('h1').first().tap();
}

/** Waits until the kiosk is silent. */
async function silence(page: Page): Promise<void> {
  await pauseReading(page);
  await page.locator('footer.speech-bar[data-speaking="no"]').waitFor({ timeout: 30_000 });
}

/**
 * One control under the one rule: its first touch only speaks — its own words, then "touch again", and nothing on
 * screen changes; its second touch acts (something changes, or something other than its words is said).
 * A control marked "hear" (a number to dial) is only heard, on every touch, and never says "touch again".
 */
async function walkOne(page: Page, control: WalkedControl): Promise<void> {
  const target = page.locator('[data-walk]');
  // Wholly in view first (the browser would scroll a control a touch focuses while half hidden).
  await target.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const before = await steadyState(page);
  const screen = await screenSignature(page);
  await clearSpoken(page);
  await clearSpokenAtNextTouch(page);
  // At the control's centre, as a finger does: no automatic scroll before the touch, unlike locator.tap().
  const box = (await target.boundingBox())!;
  const touch = () => page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await touch();
  const label = squash(control.label);
  if (control.rule === 'hear') {
    await until(async () => (await spoken(page)).length > 0, 20_000);
    await silence(page);
    const heard = await spoken(page);
    assert.ok(heard.length > 0, `${control.key}: heard`);
    assert.ok(!heard.some(isHint), `${control.key}: a number to hear never says "touch again"`);
    const after = await state(page);
    assert.ok(
      after === before,
      `${control.key}: a touch on a number only speaks it: ${firstDifference(before, after)}`,
    );
    return;
  }
  assert.equal(control.rule, 'explore', `${control.key}: no visit control is outside the rule`);
  const hinted = await until(async () => (await spoken(page)).some(isHint), 30_000);
  const first = await spoken(page);
  assert.ok(hinted, `${control.key}: a first touch says "touch again" (heard: ${JSON.stringify(first)})`);
  const words = first.slice(0, first.findIndex(isHint));
  assert.ok(words.length > 0, `${control.key}: its own words come first`);
  for (const p of words)
    assert.ok(label.includes(squash(p.text)), `${control.key}: says "${p.text}", which is not its label "${label}"`);
  assert.equal(await screenSignature(page), screen, `${control.key}: a first touch does not leave the screen`);
  const after = await state(page);
  assert.ok(after === before, `${control.key}: a first touch changes nothing: ${firstDifference(before, after)}`);

  await clearSpokenAtNextTouch(page);
  await touch();
  const acted = await until(async () => {
    if ((await screenSignature(page)) !== screen) return true;
    if ((await state(page)) !== before) return true;
    return (await spoken(page)).some((p) => !isHint(p) && !label.includes(squash(p.text)));
  }, 20_000);
  assert.ok(acted, `${control.key}: the second touch acts`);
}

/**
 * Walks every control of one visit screen, `reach` bringing the page (back) to it from the start and `ready`
 * waiting for its content (a screen comes back by "back" before its list): the walk goes on after a control that
 * leaves the screen, and controls a touch reveals (a pin's cards, the numbers' "repeat") are walked too; `scope` (a
 * selector) limits the walk to the controls inside it. Returns the keys walked.
 */
export async function walkScreen(
  page: Page,
  { reach, ready }: { reach: () => Promise<void>; ready: () => Promise<void> },
  scope = 'body',
): Promise<string[]> {
  const walked = new Set<string>();
  await reach();
  await ready();
  const home = await screenSignature(page);
  for (let guard = 0; guard < 80; guard++) {
    const here = await screenSignature(page);
    // Left the screen (a card opened another): back to it, by "back" when it leads there, else from the start. An
    // open dialog is part of the screen.
    if (here !== home && !(await page.locator('[role="dialog"]').count())) {
      if ((await page.locator('[data-testid="nav-back"]:not([disabled])').count()) > 0) {
        await page.getByTestId('nav-back').tap();
        await page.getByTestId('nav-back').tap();
        await until(async () => (await screenSignature(page)) === home, 5000);
      }
      if ((await screenSignature(page)) !== home) await reach();
      await ready();
    }
    // No wait for silence: a touch stops what the screen was saying (what it then says is all the log keeps, see
    // clearSpokenAtNextTouch), as a visitor who does not wait for the end of an announcement finds.
    await pauseReading(page);
    const control = await markNext(page, walked, scope);
    if (!control) return [...walked];
    walked.add(control.key);
    await walkOne(page, control);
  }
  assert.fail(`more than 80 controls on ${home}`);
}
