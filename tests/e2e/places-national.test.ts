import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../main/paths';
import { writeSettings } from '../../main/services/settings';
import { assertNoAxeViolations, kioskPage } from '../helpers/browser';
import { openPlacesScreen, placesLocale } from '../helpers/places';
import type { TestHost } from '../helpers/host';
import { e2eFixture } from '../helpers/e2e';
import { picto } from '../../renderer/src/components/pictograms';

// Tuesday 8 December 2026, 14:00 UTC: 10:00 in Martinique, 15:00 in Lyon, 11:00 in Cayenne.
const clock = () => new Date('2026-12-08T14:00:00Z');
let host: TestHost;
let browser: Browser;

const places = placesLocale;

e2eFixture({ clock }, (started) => ({ host, browser } = started));

async function openPlaces(lang: string, territory: string): Promise<Page> {
  writeSettings(host.kiosk.db, { territory });
  const page = await kioskPage(browser);
  await openPlacesScreen(page, host.url, lang);
  return page;
}

test('Martinique: where the seed and the national list disagree the card says to call first; the list adds the rest', async () => {
  const page = await openPlaces('fr', '972');
  const fr = places('fr');
  // Le Lorrain: seed 000 says We-Fr, the national list (row 555) Monday to Friday.
  assert.equal(await page.getByTestId('unsure-fs-le-lorrain').innerText(), fr.hoursMayHaveChanged);
  assert.equal(
    await page.getByTestId('unsure-fs-le-lorrain').locator(`img[src$="/${picto.hoursMayHaveChanged}.svg"]`).count(),
    1,
  );
  // Ducos: both sources agree, no warning.
  assert.equal(await page.getByTestId('unsure-fs-ducos').count(), 0);
  // Row 2682 (Le Vauclin) is not in the seed: it comes from the national list, only once.
  assert.equal(await page.getByTestId('place-fs-2682').count(), 1);
  assert.equal(await page.getByTestId('place-fs-555').count(), 0);
  // Row 3133's comment is kept as the note, in French, after the words saying where it comes from.
  const note = page.getByTestId('source-note-fs-3133');
  assert.match(await note.innerText(), /liste nationale des France Services \(1 août 2024\)/);
  assert.equal(await note.locator('span[lang="fr"]').innerText(), 'ste-marie@france-services.gouv.fr');
  await assertNoAxeViolations(page, 'places 972 with national rows (fr)');
  await page.context().close();
});

for (const [territory, lang] of [
  ['69', 'fr'],
  ['69', 'ar'],
  ['973', 'fr'],
  ['973', 'ar'],
] as const) {
  test(`${territory} in ${lang}: the national list's places and its map, pins at their coordinates`, async () => {
    const page = await openPlaces(lang, territory);
    const rows = JSON.parse(
      readFileSync(join(projectRoot, 'data', 'structures', 'national', `${territory}.json`), 'utf8'),
    ) as { id: string; mobile: boolean; position: unknown }[];
    assert.equal(await page.locator('.place-card').count(), rows.length);
    if (lang === 'ar') assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const mobile = rows.find((r) => r.mobile);
    if (mobile)
      assert.match(await page.getByTestId(`place-${mobile.id}`).innerText(), new RegExp(places(lang).mobile!));
    await assertNoAxeViolations(page, `places ${territory} (${lang})`);
    await page.getByTestId('places-map').tap();
    await page.locator('[data-testid="map-pin"]').first().waitFor();
    const pinned = await page
      .locator('[data-testid="map-pin"]')
      .evaluateAll((els) => els.flatMap((e) => (e.getAttribute('data-places') ?? '').split(' ')));
    assert.deepEqual(
      pinned.sort(),
      rows
        .filter((r) => r.position)
        .map((r) => r.id)
        .sort(),
    );
    const land = (await page.locator('.territory-map__land').boundingBox())!;
    const map = (await page.getByTestId('territory-map').boundingBox())!;
    // The outline is the département, not its inverse (which would fill the whole frame): the frame keeps a
    // 3 % margin on each side of it.
    assert.ok(land.width < map.width * 0.98 && land.width > map.width * 0.8, `${land.width} of ${map.width}`);
    await assertNoAxeViolations(page, `map ${territory} (${lang})`);
    await page.context().close();
  });
}
