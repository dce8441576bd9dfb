import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentError, loadContent } from '../../../main/content/load';
import { territorialSections } from '../../../main/content/territorial-sources';
import { defaultContentDir } from '../../../main/paths';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';

type Json = Record<string, unknown>;
type Part = Json & { id: string; territory?: string; source: Json };
type ProcedureJson = Json & { id: string; sentences: Part[]; numbers: Part[] };

/** Loads a copy of data/ after `change`, and answers the problems the loader reported (none: []). */
function problemsAfter(change: (dir: string) => void) {
  const t = tempDir();
  try {
    copyContent(t.dir);
    change(t.dir);
    try {
      loadContent(t.dir);
      return [];
    } catch (err) {
      assert.ok(err instanceof ContentError, String(err));
      return err.problems;
    }
  } finally {
    t.cleanup();
  }
}

function editProcedures(dir: string, edit: (byId: (id: string) => ProcedureJson) => void) {
  const procedures = readJson<ProcedureJson[]>(dir, 'procedures.json');
  edit((id) => procedures.find((p) => p.id === id)!);
  writeJson(dir, 'procedures.json', procedures);
}

test('a sentence taken from a Martinique-only section without its territory tag is refused, naming the field', () => {
  const problems = problemsAfter((dir) =>
    editProcedures(dir, (byId) => {
      // "Renew by post; the answer comes within 28 days" is the CGSS of Martinique (seed 000, meeting 3).
      delete byId('ame-renewal').sentences.find((s) => s.id === 'delay')!.territory;
    }),
  );
  const p = problems.find((x) => x.field === '[1].sentences[1].territory');
  assert.ok(p, JSON.stringify(problems));
  assert.equal(p.file, 'procedures.json');
  assert.match(p.message, /specific to territory 972.*"territory": "972"/);
});

test('a number or sentence tagged with the wrong territory, or a Paris plan cited untagged, is refused too', () => {
  const problems = problemsAfter((dir) =>
    editProcedures(dir, (byId) => {
      byId('violence').numbers.find((n) => n.id === 'prefecture')!.territory = '75';
      delete byId('pass').sentences.find((s) => s.id === 'paris-trauma')!.territory;
    }),
  );
  assert.ok(problems.some((x) => /^\[\d+\]\.numbers\[\d+\]\.territory$/.test(x.field) && /972/.test(x.message)));
  assert.ok(
    problems.some((x) => /^\[\d+\]\.sentences\[\d+\]\.territory$/.test(x.field) && /territory 75/.test(x.message)),
  );
});

test('a local fact cited under a national section is still caught by the place it names', () => {
  const problems = problemsAfter((dir) =>
    editProcedures(dir, (byId) => {
      const schoelcher = byId('ame-first-request').sentences.find((s) => s.id === 'in-person')!;
      delete schoelcher.territory;
      schoelcher.source = {
        seed: '000_20f0a1aaa192821f.txt',
        section: 'Réunion 3 (8 février 2024), tableau : AME et complémentaire santé solidaire (CSS)',
      };
    }),
  );
  const p = problems.find((x) => /^\[0\]\.sentences\[\d\]\.territory$/.test(x.field));
  assert.ok(p, JSON.stringify(problems));
  assert.match(p.message, /names a place of territory 972/);
});

test('a structure whose source is another territory’s is refused', () => {
  const problems = problemsAfter((dir) => {
    const paris = readJson<Json[]>(dir, 'structures/75.json');
    paris[0]!.source = { seed: '000_20f0a1aaa192821f.txt', section: 'Annexe 2: liste des structures France services' };
    writeJson(dir, 'structures/75.json', paris);
  });
  assert.ok(problems.some((x) => x.file === 'structures/75.json' && x.field === '[0].source'));
});

test('verifiedOn (or a source date) later than the content date is refused; null (never verified) is accepted', () => {
  const problems = problemsAfter((dir) => {
    const rows = readJson<Json[]>(dir, 'structures/972.json');
    rows[0]!.verifiedOn = '2099-01-01';
    rows[1]!.source = { ...(rows[1]!.source as Json), date: '2099-01-01' };
    rows[2]!.verifiedOn = null;
    writeJson(dir, 'structures/972.json', rows);
  });
  assert.deepEqual(
    problems.map((x) => `${x.file} ${x.field}`),
    ['structures/972.json [0].verifiedOn', 'structures/972.json [1].source.date'],
  );
  const contentDate = readJson<{ date: string }>(defaultContentDir, 'manifest.json').date;
  assert.ok(problems[0]!.message.includes(`later than the content date ${contentDate}`), problems[0]!.message);
});

test('the shipped content: no verifiedOn is the date the content was written, Floréal carries its source’s date', () => {
  const content = loadContent(defaultContentDir);
  const floreal = content.structures.find((s) => s.id === 'fs-floreal')!;
  assert.equal(floreal.source.date, '2023-05-01');
  assert.equal(floreal.verifiedOn, '2023-05-01');
  assert.ok(content.structures.every((s) => s.verifiedOn !== content.manifest.date));
});

test('the list of territory-specific sections names real territories and real seed files', () => {
  for (const s of territorialSections) {
    assert.match(s.seed, /^\d{3}_[0-9a-f]{16}\.txt$/);
    assert.ok(['972', '75'].includes(s.territory), s.territory);
  }
});
