import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { openKiosk } from '../../../main/services/kiosk';
import { listPlaces } from '../../../main/services/places';
import { listProcedureIds } from '../../../main/services/procedures';
import { statsBetween, statsCsv } from '../../../main/services/staff/stats';
import { defaultContentDir } from '../../../main/paths';
import { tempDir } from '../../helpers/temp';

const clock = () => new Date('2026-12-08T14:00:00Z');

test('countEvent keeps only ids of the installed content: free text never reaches the counters or the CSV', async () => {
  const t = tempDir();
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: t.dir }, clock);
  try {
    const h = createHandlers(kiosk);
    const rows = () => (kiosk.db.prepare('SELECT COUNT(*) AS n FROM stat_counters').get() as { n: number }).n;
    const refused = (e: unknown) => e instanceof CallFailure && e.error.code === 'bad-input';
    for (const kind of ['structure', 'procedure', 'checklist', 'theme'])
      await assert.rejects(dispatch(h, 'countEvent', { kind, id: 'jean-dupont-0612345678' }), refused, kind);
    // A flood of distinct made-up ids adds nothing (the table stays bounded by the content).
    for (let i = 0; i < 500; i++)
      await assert.rejects(dispatch(h, 'countEvent', { kind: 'structure', id: `visitor-${i}` }), refused);
    assert.equal(rows(), 0);

    const structure = listPlaces(kiosk, { lang: 'fr' })[0]!.id;
    const procedure = listProcedureIds(kiosk)[0]!;
    assert.equal(await dispatch(h, 'countEvent', { kind: 'structure', id: structure }), null);
    assert.equal(await dispatch(h, 'countEvent', { kind: 'procedure', id: procedure }), null);
    assert.equal(await dispatch(h, 'countEvent', { kind: 'checklist', id: procedure }), null);
    const csv = statsCsv(statsBetween(kiosk.db, '2026-12-01', '2026-12-31'));
    assert.match(csv, new RegExp(`structure,${structure},1`));
    assert.doesNotMatch(csv, /dupont|visitor-/);
  } finally {
    kiosk.close();
    t.cleanup();
  }
});
