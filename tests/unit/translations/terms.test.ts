import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import { supportedLocales } from '../../../common/locales';
import { defaultContentDir } from '../../../main/paths';
import { readTermbase, termProblems, termsIn } from '../../../main/translations/terms';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

const terms = readTermbase(defaultContentDir);

test('the termbase: 30 to 60 terms, each defined, with a rendering entry (approved or null) for every language', () => {
  assert.ok(terms.length >= 30 && terms.length <= 60, `${terms.length} terms`);
  for (const t of terms) {
    assert.ok(t.definition.fr.length > 10 && t.definition.en.length > 10, t.id);
    for (const lang of supportedLocales.filter((l) => l !== 'fr')) assert.ok(lang in t.renderings, `${t.id} ${lang}`);
  }
  assert.equal(new Set(terms.map((t) => t.id)).size, terms.length, 'ids are unique');
});

test('a term is found as a whole word, whatever its case; a longer word holding it is not that term', () => {
  const ids = (fr: string) => termsIn(fr, terms).map((t) => t.id);
  assert.ok(ids('Pour retirer un Récépissé, venez.').includes('recepisse'));
  assert.ok(!ids('La préfectorale décide.').includes('prefecture'));
  const problems = termProblems(
    { 'phrase:x': 'Pour retirer un récépissé, venez sans rendez-vous.' },
    { 'phrase:x': 'To collect a receipt, come without an appointment.' },
    'en',
    terms,
  );
  assert.deepEqual(
    problems.map((p) => p.expected),
    ['récépissé'],
  );
});

test('`translations check --terms`: the shipped texts have no term missing (exit 0)', () => {
  const r = runCli(['translations', 'check', '--terms']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('a PO import rendering "récépissé" as a plain "receipt" is imported and reported; --terms then fails', () => {
  const t = tempDir();
  const dataDir = join(t.dir, 'data');
  const file = join(t.dir, 'en.po');
  try {
    assert.equal(runCli(['translations', 'export', '--lang', 'en', '--out', file, '--data-dir', dataDir]).status, 0);
    const table = po.parse(readFileSync(file));
    const entry = Object.values(table.translations['phrase:prefecture-desk.s.receipt']!)[0]!;
    assert.match(entry.comments!.extracted!, /Term: récépissé = récépissé \(Temporary paper/);
    entry.msgstr = ['To collect a receipt, come without an appointment.'];
    entry.comments = { ...entry.comments, flag: '' };
    writeFileSync(file, po.compile(table));
    const r = runCli(['translations', 'import', file, '--reviewer', 'A. Reader, test', '--data-dir', dataDir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /phrase:prefecture-desk\.s\.receipt: the French says "récépissé"; the approved rendering "récépissé" is missing/,
    );
    const check = runCli(['translations', 'check', '--terms', '--lang', 'en', '--data-dir', dataDir]);
    assert.equal(check.status, 1);
    assert.match(check.stdout, /en: 1 term\(s\) missing/);
  } finally {
    t.cleanup();
  }
});
