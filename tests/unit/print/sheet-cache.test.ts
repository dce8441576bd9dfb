import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { listProcedureIds } from '../../../main/services/procedures';
import { printRoute, type PrintJob } from '../../../main/services/printing';
import { writeSettings } from '../../../main/services/settings';
import { createSheetCache } from '../../../main/services/print/sheet-cache';
import { saveHours } from '../../../main/services/staff/hours-admin';
import { confirmHours } from '../../../main/services/staff/hours-confirm';
import { printedPlaces } from '../../../main/services/printed-places';
import { reviewSources } from '../../../main/services/translation-reviews';
import { reviewOne } from '../../../main/translations/review';
import { withTemp } from '../../helpers/temp';

const job = (lang: string, format: 'a4' | 'receipt' = 'a4'): PrintJob => ({
  procedureId: 'school-enrolment',
  lang,
  format,
  path: printRoute('school-enrolment', lang, format),
});

function setup(t: Parameters<typeof withTemp>[0]) {
  let now = new Date('2026-12-08T14:00:00Z'); // 10:00 in Martinique
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(withTemp(t), 'data') }, () => now);
  t.after(() => kiosk.close());
  const rendered: string[] = [];
  const cache = createSheetCache(kiosk, (j) => {
    rendered.push(`${j.procedureId}/${j.lang}/${j.format}`);
    return Promise.resolve(Buffer.from(`pdf ${rendered.length}`));
  });
  return { kiosk, cache, rendered, setNow: (d: string) => (now = new Date(d)) };
}

test('a sheet is drawn once, then served from the cache; another language or format is its own sheet', async (t) => {
  const { cache, rendered } = setup(t);
  const first = await cache.pdf(job('ar'));
  assert.equal((await cache.pdf(job('ar'))).toString(), first.toString());
  await cache.pdf(job('ar', 'receipt'));
  await cache.pdf(job('ti'));
  assert.deepEqual(rendered, ['school-enrolment/ar/a4', 'school-enrolment/ar/receipt', 'school-enrolment/ti/a4']);
});

test('a new local day, a staff hours edit or another territory draws the sheet again', async (t) => {
  const { kiosk, cache, rendered, setNow } = setup(t);
  await cache.pdf(job('fr'));
  setNow('2026-12-08T20:00:00Z'); // same local day in Martinique: cached
  await cache.pdf(job('fr'));
  assert.equal(rendered.length, 1);
  setNow('2026-12-09T14:00:00Z'); // the next day: the sheet prints its date and today's places
  await cache.pdf(job('fr'));
  assert.equal(rendered.length, 2);
  // School enrolment prints no place in Martinique: another place's hours do not change its sheet.
  assert.ok(saveHours(kiosk.db, kiosk.clock, 'fs-lamentin-bourg', 'Mo-Fr 08:00-12:00').ok);
  await cache.pdf(job('fr'));
  assert.equal(rendered.length, 2, 'nothing on this sheet changed: served from the cache');
  const anef: PrintJob = { procedureId: 'anef', lang: 'fr', format: 'a4', path: printRoute('anef', 'fr', 'a4') };
  await cache.pdf(anef);
  assert.ok(saveHours(kiosk.db, kiosk.clock, 'fs-lamentin-bourg', 'Mo-Fr 08:00-13:00').ok);
  await cache.pdf(anef);
  assert.equal(rendered.length, 4, 'staff changed the hours of a place it prints: the sheet is drawn again');
  writeSettings(kiosk.db, { territory: '75' });
  await cache.pdf(anef);
  assert.equal(rendered.length, 5, 'another territory: other places on the sheet');
});

test('the French sheets of every procedure are prepared ahead in the paper format set, one at a time', async (t) => {
  const { kiosk, cache, rendered } = setup(t);
  writeSettings(kiosk.db, { paperFormat: 'receipt' });
  await cache.prepareFrench();
  assert.deepEqual(
    rendered,
    listProcedureIds(kiosk).map((id) => `${id}/fr/receipt`),
  );
  await cache.pdf({ ...job('fr', 'receipt') });
  assert.equal(rendered.length, listProcedureIds(kiosk).length, 'a visitor French print is already warm');
});

test('a failed drawing is not kept: the next print tries again', async (t) => {
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(withTemp(t), 'data') });
  t.after(() => kiosk.close());
  let calls = 0;
  const cache = createSheetCache(kiosk, () =>
    ++calls === 1 ? Promise.reject(new Error('no')) : Promise.resolve(Buffer.from('ok')),
  );
  await assert.rejects(cache.pdf(job('fr')));
  assert.equal((await cache.pdf(job('fr'))).toString(), 'ok');
  assert.equal(calls, 2);
});

test('a translation corrected at the desk, then a print: the sheet shows the correction', async (t) => {
  const { kiosk, cache, rendered } = setup(t);
  await cache.pdf(job('ar'));
  const reviewer = { name: 'A. Traductrice, France Services', on: kiosk.clock() };
  const title = reviewOne(
    reviewSources(kiosk),
    'ar',
    'phrase:school-enrolment.title',
    'تسجيل الأطفال في المدرسة',
    reviewer,
  );
  assert.ok(title.ok, JSON.stringify(title));
  await cache.pdf(job('ar'));
  assert.equal(rendered.length, 2, 'the corrected title is printed, not the cached one');
  const label = reviewOne(reviewSources(kiosk), 'ar', 'ui:print.toBring', 'ما يجب إحضاره', reviewer);
  assert.ok(label.ok, JSON.stringify(label));
  await cache.pdf(job('ar'));
  assert.equal(rendered.length, 3, 'a corrected interface label of the sheet draws it again too');
  await cache.pdf(job('ar'));
  assert.equal(rendered.length, 3, 'nothing changed since: served from the cache');
});

test('staff confirm a place\'s hours, then a print: the sheet no longer says "hours may have changed"', async (t) => {
  const { kiosk, cache, rendered } = setup(t);
  const anef: PrintJob = { procedureId: 'anef', lang: 'fr', format: 'a4', path: printRoute('anef', 'fr', 'a4') };
  const lamentin = () => printedPlaces(kiosk, 'anef', 'fr').find((p) => p.name === 'France Services Lamentin Bourg')!;
  assert.equal(lamentin().hoursConfirmed, false);
  await cache.pdf(anef);
  const confirmed = confirmHours(kiosk.db, kiosk.clock, 'fs-lamentin-bourg', 'content');
  assert.ok(confirmed.ok, JSON.stringify(confirmed));
  assert.equal(lamentin().hoursConfirmed, true);
  await cache.pdf(anef);
  assert.equal(rendered.length, 2, 'the confirmation (kept in meta, not hours_changes) draws the sheet again');
});
