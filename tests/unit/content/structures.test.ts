import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../../main/content/load';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';
import { runCli } from '../../helpers/cli';

type Row = Record<string, unknown> & { id: string };

test('the shipped structures: all 14 France Services rows of annex 2, the préfecture desk, CGSS, PASS, DEETS, 8 OEPRE schools, Paris', () => {
  const content = loadContent(defaultContentDir);
  const byTerritory = (t: string) => content.structures.filter((s) => s.territory === t);
  const m = byTerritory('972');
  assert.equal(m.filter((s) => s.source.section?.startsWith('Annexe 2')).length, 14);
  assert.equal(m.filter((s) => s.procedures.includes('oepre')).length, 8);
  for (const id of ['prefecture-foreigners-desk', 'cgss-schoelcher', 'pass-martinique', 'deets-martinique'])
    assert.ok(
      m.some((s) => s.id === id),
      id,
    );
  assert.ok(byTerritory('75').some((s) => s.id === 'paris-psa-gauthey'));
  // Missing facts are flagged, never filled in.
  const pass = m.find((s) => s.id === 'pass-martinique')!;
  assert.equal(pass.address, null);
  assert.deepEqual([...pass.toBeVerified].sort(), ['address', 'hours', 'phone', 'position']);
  const justibus = m.find((s) => s.id === 'fs-justibus')!;
  assert.equal(justibus.mobile, true);
});

test('a malformed hours string is rejected at import with the file, structure, string and error position', (t) => {
  const dir = withTemp(t);
  copyContent(dir);
  const rows = readJson<Row[]>(dir, 'structures/972.json');
  const i = rows.findIndex((r) => r.id === 'fs-ducos');
  rows[i]!.hours = 'Mo-Fr 08:00-1x:00';
  writeJson(dir, 'structures/972.json', rows);
  assert.throws(
    () => openKiosk({ contentDir: dir, dataDir: join(dir, 'db') }),
    (err: unknown) => {
      assert.ok(err instanceof ContentError);
      const p = err.problems.find((x) => x.field === `[${i}].hours`);
      assert.ok(p, JSON.stringify(err.problems));
      assert.equal(p.file, 'structures/972.json');
      assert.match(p.message, /"fs-ducos".*"Mo-Fr 08:00-1x:00".*position 14/);
      return true;
    },
  );
});

test('validate: every error with file and field and a non-zero exit; a valid folder or file exits 0', (t) => {
  const dir = withTemp(t);
  copyContent(dir);
  assert.equal(runCli(['validate', dir]).status, 0);
  const rows = readJson<Row[]>(dir, 'structures/972.json');
  rows[0]!.hours = 'Mo-Fr 25:00-26:00';
  rows[1]!.postcode = '972';
  rows[2]!.phones = [];
  writeJson(dir, 'structures/972.json', rows);
  const fr = readJson<Record<string, string>>(dir, 'translations/places/fr.json');
  writeJson(dir, 'translations/places/tr.json', { ...fr });
  const r = runCli(['validate', join(dir, 'structures', '972.json')]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /structures\/972\.json: \[0\]\.hours: structure "fs-le-lorrain"/);
  assert.match(r.stdout, /structures\/972\.json: \[1\]\.postcode: /);
  assert.match(r.stdout, /structures\/972\.json: \[2\]\.toBeVerified: phone is missing/);
  // Asked about one file, it says nothing about the others.
  assert.doesNotMatch(r.stdout, /translations/);
  assert.equal(runCli(['validate', join(dir, 'themes.json')]).status, 0);
});
