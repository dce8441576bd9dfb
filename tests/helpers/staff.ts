import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Db } from '../../main/db/open';
import { hashPin } from '../../main/services/pin';
import { storePinHash } from '../../main/services/staff/pin-store';
import { encodePcm16Wav } from '../../common/audio/wav';

const clocked = new WeakSet<Page>();

/** Fakes the page's clock (time still flows), from `time` if given; holdCorner then moves it on. */
export async function installPageClock(page: Page, time?: Date): Promise<void> {
  await page.clock.install(time ? { time } : {});
  clocked.add(page);
}

/**
 * Holds the top inline-end corner for `ms` of page time (the staff gesture is 3 s): the page's clock is
 * faked (time still flows) and moved on by `ms` while the pointer is down, so no test waits 3 real seconds.
 * With `realTime` (a page reached over the DevTools port, the packed app's: Playwright may not get its fake clock
 * into a page it attached to after the load, and runFor then fails), the pointer is held for `ms` of real time.
 */
export async function holdCorner(page: Page, ms: number, { realTime = false } = {}): Promise<void> {
  if (!realTime && !clocked.has(page)) await installPageClock(page);
  const box = (await page.getByTestId('staff-corner').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  if (realTime) await page.waitForTimeout(ms);
  else await page.clock.runFor(ms);
  await page.mouse.up();
}

export async function typePin(page: Page, digits: string): Promise<void> {
  for (const d of digits) await page.getByTestId(`pin-${d}`).click();
}

/** Types the PIN on an open PIN pad and waits for the staff home (statistics). */
export async function submitPin(page: Page, pin: string): Promise<void> {
  await typePin(page, pin);
  await page.getByTestId('pin-ok').click();
  await page.locator('[data-screen="staff-stats"]').waitFor();
}

/** From the start screen: the 3-second corner press, then the PIN (`realTime`: see holdCorner). */
export async function enterStaff(page: Page, pin: string, options: { realTime?: boolean } = {}): Promise<void> {
  await holdCorner(page, 3300, options);
  await page.locator('[data-screen="staff-pin"]').waitFor();
  await submitPin(page, pin);
}

/** A 48 kHz WAV: 0.5 s silence, 1 s of a 330 Hz tone, 0.5 s silence (Chromium loops it as the microphone). */
export function fakeMicrophoneWav(dir: string): string {
  // A 0.4 s tone, then 5.6 s of silence (Chromium loops the file from its start when capture begins): a take
  // stopped anywhere from 0.4 s to 6 s holds the same tone, so its trimmed length does not depend on how fast
  // the machine clicked "stop".
  const rate = 48000;
  const samples = Int16Array.from({ length: rate * 6 }, (_, i) =>
    i < rate * 0.4 ? Math.round(12000 * Math.sin((2 * Math.PI * 330 * i) / rate)) : 0,
  );
  const file = join(dir, 'microphone.wav');
  writeFileSync(file, encodePcm16Wav(samples, rate));
  return file;
}

/**
 * The staff PIN for e2e tests: a real scrypt hash (its cost is stored in it) made with a cheap cost, so each entry
 * checks in milliseconds instead of about a second. The kiosk's own cost is tested in tests/unit/services/pin.test.ts;
 * a PIN changed through the staff screen gets that real cost.
 */
export async function setTestPin(db: Db, pin: string): Promise<void> {
  storePinHash(db, await hashPin(pin, { N: 1024, r: 8, p: 1 }));
}
