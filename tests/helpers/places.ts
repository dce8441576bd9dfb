import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../main/paths';
import { chooseLanguage } from './browser';

/** The visitor's way to the places list: language, the "papers" theme, then "where to go". */
export async function openPlacesScreen(page: Page, url: string, lang: string): Promise<void> {
  await page.goto(url);
  await chooseLanguage(page, lang);
  await page.getByTestId('theme-papers').tap();
  await page.getByTestId('theme-places').tap();
  await page.locator('[data-screen="places"] .place-list').waitFor();
}

/** The `places` strings of a locale file, to compare what the screen shows with the translation. */
export function placesLocale(code: string): Record<string, string> {
  const file = join(projectRoot, 'renderer', 'locales', `${code}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { places: Record<string, string> }).places;
}
