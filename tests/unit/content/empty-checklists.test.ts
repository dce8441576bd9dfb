import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../../main/content/load';
import { openKiosk } from '../../../main/services/kiosk';
import { getProcedure, listProcedureIds } from '../../../main/services/procedures';
import { writeSettings } from '../../../main/services/settings';
import { checklistLead } from '../../../renderer/src/features/procedures/checklist-lead';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';

type ProcedureJson = { id: string; checklist: unknown[]; nothingRequired?: unknown };

const seed001 = { seed: '001_40e16c10a27ff00c.txt', section: "L'ouverture d'un compte bancaire et le droit au compte" };

/** A kiosk on a copy of data/ after `edit` of procedures.json. */
function kioskWith(t: { after(fn: () => void): void }, edit: (procedures: ProcedureJson[]) => void) {
  const dir = withTemp(t);
  const contentDir = join(dir, 'content');
  copyContent(contentDir);
  const procedures = readJson<ProcedureJson[]>(contentDir, 'procedures.json');
  edit(procedures);
  writeJson(contentDir, 'procedures.json', procedures);
  const kiosk = openKiosk({ contentDir, dataDir: join(dir, 'data') });
  t.after(() => kiosk.close());
  return { kiosk, contentDir };
}

test('an empty checklist sends the visitor to the desk on every territory: it never says "no document"', (t) => {
  const { kiosk } = kioskWith(t, () => undefined);
  const empty: string[] = [];
  for (const territory of ['972', '75', '69']) {
    writeSettings(kiosk.db, { territory });
    for (const id of listProcedureIds(kiosk)) {
      const p = getProcedure(kiosk, id, 'ar');
      if (!p || p.checklist.length > 0) continue;
      empty.push(`${territory}:${id}`);
      assert.equal(p.nothingRequired, false, `${territory}:${id}`);
      assert.equal(checklistLead(p), 'checklist.askDesk', `${territory}:${id}`);
    }
  }
  // The audit's three: seed 000 sends people to the préfecture's site for the lists, the medical kit has a report.
  for (const id of ['medical-residence-permit', 'anef', 'prefecture-desk']) assert.ok(empty.includes(`972:${id}`));
});

test('only a sourced nothingRequired says no document is needed, and only on an empty checklist', (t) => {
  const { kiosk, contentDir } = kioskWith(t, (procedures) => {
    procedures.find((p) => p.id === 'anef')!.nothingRequired = { source: seed001 };
  });
  writeSettings(kiosk.db, { territory: '972' });
  const anef = getProcedure(kiosk, 'anef', 'fr')!;
  assert.equal(anef.nothingRequired, true);
  assert.equal(checklistLead(anef), 'checklist.nothing');
  const school = getProcedure(kiosk, 'school-enrolment', 'fr')!;
  assert.equal(checklistLead(school), 'checklist.instruction');

  const procedures = readJson<ProcedureJson[]>(contentDir, 'procedures.json');
  procedures.find((p) => p.id === 'school-enrolment')!.nothingRequired = { source: seed001 };
  procedures.find((p) => p.id === 'anef')!.nothingRequired = true;
  writeJson(contentDir, 'procedures.json', procedures);
  assert.throws(
    () => loadContent(contentDir),
    (err: unknown) => {
      assert.ok(err instanceof ContentError);
      const fields = err.problems.map((p) => `${p.field}: ${p.message}`).join('\n');
      const index = (id: string) => procedures.findIndex((p) => p.id === id);
      assert.match(fields, new RegExp(`\\[${index('school-enrolment')}\\]\\.nothingRequired: .*cannot also say`));
      assert.match(fields, new RegExp(`\\[${index('anef')}\\]\\.nothingRequired: `));
      return true;
    },
  );
});
