import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { readJson } from '../../helpers/content';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

test('cli checklist <id> --lang ar --json prints items in French and Arabic with their sources', () => {
  const t = tempDir();
  try {
    const r = runCli(['checklist', 'school-enrolment', '--lang', 'ar', '--json', '--data-dir', t.dir]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const ar = readJson<Record<string, string>>(join(defaultContentDir, 'translations'), 'ar.json');
    const fr = readJson<Record<string, string>>(join(defaultContentDir, 'translations'), 'fr.json');
    assert.equal(out.items.length, 3);
    const address = out.items.find((i: { id: string }) => i.id === 'address');
    assert.equal(address.fr, fr['school-enrolment.item.address']);
    assert.equal(address.ar, ar['school-enrolment.item.address']);
    assert.equal(address.source.seed, '001_40e16c10a27ff00c.txt');
    assert.equal(address.note.ar, ar['school-enrolment.item.address.note']);
  } finally {
    t.cleanup();
  }
});

test('cli checklists --json lists every procedure id; an unknown id or language exits 2', () => {
  const t = tempDir();
  try {
    const r = runCli(['checklists', '--json', '--data-dir', t.dir]);
    assert.equal(r.status, 0, r.stderr);
    const ids = readJson<{ id: string }[]>(defaultContentDir, 'procedures.json').map((p) => p.id);
    assert.deepEqual(JSON.parse(r.stdout), ids);
    const bad = runCli(['checklist', 'nope', '--json', '--data-dir', t.dir]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown procedure "nope"/);
    assert.equal(runCli(['checklist', 'pass', '--lang', 'xx', '--data-dir', t.dir]).status, 2);
  } finally {
    t.cleanup();
  }
});
