import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { openKiosk } from '../../../main/services/kiosk';
import { statsBetween } from '../../../main/services/staff/stats';
import type { PrintJob } from '../../../main/services/printing';
import { loadContent } from '../../../main/content/load';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';
import { setQuickPin } from '../../helpers/pin';

const clock = () => new Date('2026-12-08T14:00:00Z');

async function setup(printer: { print(job: PrintJob): Promise<void> } | null) {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: copyContent(join(t.dir, 'c')), dataDir: join(t.dir, 'd') }, clock);
  await setQuickPin(kiosk.db, '246813');
  const h = createHandlers(kiosk, { printer });
  const entered = (await dispatch(h, 'staffEnter', { pin: '246813' })) as { token: string };
  return { h, kiosk, token: entered.token, done: () => (kiosk.close(), t.cleanup()) };
}

const failsWith = (code: string, pattern?: RegExp) => (e: unknown) =>
  e instanceof CallFailure && e.error.code === code && (!pattern || pattern.test(e.error.message));

test('every desk call needs the staff token and validated input; free text cannot become a closure reason', async () => {
  const s = await setup(null);
  try {
    const calls: [string, Record<string, unknown>][] = [
      ['staffListStructures', {}],
      ['staffPreviewHours', { structureId: 'fs-le-precheur', hours: 'Mo 08:00-12:00' }],
      ['staffSaveHours', { structureId: 'fs-le-precheur', hours: 'Mo 08:00-12:00' }],
      ['staffSetClosure', { structureId: 'fs-le-precheur', closure: null }],
      ['staffListHoursChanges', {}],
      ['staffUndoHoursChange', { changeId: 1 }],
      ['staffPrintChecklist', { id: 'pass', langs: ['ar'], format: 'a4' }],
    ];
    for (const [name, input] of calls) {
      await assert.rejects(dispatch(s.h, name, { ...input, token: 'x'.repeat(40) }), failsWith('denied'), name);
      await assert.rejects(dispatch(s.h, name, input), failsWith('bad-input', /token/), name);
    }
    const closure = { from: '2026-12-08', until: null, reason: 'Fermé, le chauffage est en panne' };
    await assert.rejects(
      dispatch(s.h, 'staffSetClosure', { token: s.token, structureId: 'fs-le-precheur', closure }),
      failsWith('bad-input', /closure\.reason/),
    );
    await assert.rejects(
      dispatch(s.h, 'staffSetClosure', {
        token: s.token,
        structureId: 'fs-le-precheur',
        closure: { from: '2026-12-09', until: '2026-12-08', reason: 'closure.works' },
      }),
      failsWith('bad-input', /until is before from/),
    );
    const preview = (await dispatch(s.h, 'staffPreviewHours', {
      token: s.token,
      structureId: 'fs-le-precheur',
      hours: 'Mo-Fr 08:00-12:00; Sa 09:00-',
    })) as { ok: boolean; position: number | null };
    assert.equal(preview.ok, false);
    assert.equal(typeof preview.position, 'number');
    const saved = (await dispatch(s.h, 'staffSaveHours', {
      token: s.token,
      structureId: 'fs-le-precheur',
      hours: 'Mo-Fr 13:00-17:00',
    })) as { ok: true; change: { id: number; before: string } };
    assert.ok(saved.ok);
    const place = (await dispatch(s.h, 'getPlace', { id: 'fs-le-precheur', lang: 'fr' })) as { state: string };
    assert.equal(place.state, 'closed', 'the visitor call sees the change at once');
  } finally {
    s.done();
  }
});

test('printing for a visitor: one sheet per language, counted; without a printer every sheet says no-printer', async () => {
  const jobs: PrintJob[] = [];
  const s = await setup({ print: async (job) => void jobs.push(job) });
  try {
    const out = await dispatch(s.h, 'staffPrintChecklist', {
      token: s.token,
      id: 'school-enrolment',
      langs: ['fr', 'ar'],
      format: 'a4',
    });
    assert.deepEqual(out, {
      results: [
        { lang: 'fr', ok: true },
        { lang: 'ar', ok: true },
      ],
    });
    assert.deepEqual(
      jobs.map((j) => [j.lang, j.format]),
      [
        ['fr', 'a4'],
        ['ar', 'a4'],
      ],
    );
    const printed = statsBetween(s.kiosk.db, '2026-12-08', '2026-12-08').filter((r) => r.kind === 'checklist');
    assert.deepEqual(printed, [{ day: '2026-12-08', kind: 'checklist', item: 'school-enrolment', count: 2 }]);
    await assert.rejects(
      dispatch(s.h, 'staffPrintChecklist', { token: s.token, id: 'no-such-thing', langs: ['ar'], format: 'a4' }),
      failsWith('bad-input', /unknown procedure/),
    );
  } finally {
    s.done();
  }
  const bare = await setup(null);
  try {
    const out = (await dispatch(bare.h, 'staffPrintChecklist', {
      token: bare.token,
      id: 'school-enrolment',
      langs: ['ar', 'ti'],
      format: 'receipt',
    })) as { results: unknown[] };
    assert.deepEqual(out.results, [{ lang: 'ar', ok: false, reason: 'no-printer' }]);
  } finally {
    bare.done();
  }
});

test('content without the staff closure reasons is refused, naming the file and the phrase', () => {
  const t = tempDir();
  try {
    const dir = copyContent(join(t.dir, 'c'));
    const fr = readJson<Record<string, string>>(dir, 'translations/places/fr.json');
    delete fr['closure.strike'];
    writeJson(dir, 'translations/places/fr.json', fr);
    assert.throws(
      () => loadContent(dir),
      (e: unknown) =>
        /translations\/places\/fr\.json[\s\S]*closure\.strike[\s\S]*staff closure reason missing/.test(
          String((e as Error).message ?? e),
        ),
    );
  } finally {
    t.cleanup();
  }
});
