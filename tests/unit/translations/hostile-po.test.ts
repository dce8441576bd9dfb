import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import { maxPoBytes, maxPoEntries } from '../../../main/translations/po-guard';
import { maxTranslationLength } from '../../../main/translations/text-guard';
import { runCli } from '../../helpers/cli';
import { withTemp } from '../../helpers/temp';

// Issue 25: what a PO file handed back may not do. Every case goes through the real CLI, as IT runs it.

/** A real export of Tigrinya, with `key`'s entry given `text` and marked reviewed (Poedit's save). */
function exportWith(dir: string, edits: Record<string, string>): { file: string; dd: string[] } {
  const dd = ['--data-dir', join(dir, 'data')];
  const file = join(dir, 'ti.po');
  const r = runCli(['translations', 'export', '--lang', 'ti', '--out', file, ...dd]);
  assert.equal(r.status, 0, r.stderr);
  const table = po.parse(readFileSync(file));
  for (const [key, text] of Object.entries(edits)) {
    const entry = Object.values(table.translations[key]!)[0]!;
    entry.msgstr = [text];
    entry.comments = { ...entry.comments, flag: '' };
  }
  writeFileSync(file, po.compile(table));
  return { file, dd };
}

const importPo = (file: string, dd: string[]) =>
  runCli(['translations', 'import', file, '--reviewer', 'Test, Repère', ...dd]);
const key = 'phrase:ame-first-request.title';

test('control, bidi-override and markup characters, and an over-long text, are refused naming the entry', (t) => {
  const cases: [string, RegExp][] = [
    ['ሓደ\u0000ክልተ', /U\+0000, a control or direction-forcing character/],
    ['\u202Eሓደ ክልተ', /U\+202E, a control or direction-forcing character/],
    ['<b>ሓደ</b> ክልተ', /holds markup \(<b>\)/],
    ['ሓ'.repeat(maxTranslationLength + 1), new RegExp(`too long: ${maxTranslationLength + 1} characters`)],
  ];
  for (const [text, reason] of cases) {
    const { file, dd } = exportWith(withTemp(t), { [key]: text });
    const r = importPo(file, dd);
    assert.equal(r.status, 1, `${JSON.stringify(text.slice(0, 12))} was accepted`);
    assert.match(r.stderr, /Nothing was imported/);
    assert.match(r.stderr, new RegExp(key.replace(/[.:]/g, '\\$&')));
    assert.match(r.stderr, reason);
  }
});

test('a duplicate msgctxt is refused naming the entry, never taken silently', (t) => {
  const { file, dd } = exportWith(withTemp(t), {});
  const text = readFileSync(file, 'utf8');
  const entry = new RegExp(`\\n(msgctxt "${key}"\\n(?:.+\\n)+)`).exec(text)![1]!;
  writeFileSync(file, `${text}\n${entry.replace(/msgstr ".*"/, 'msgstr "ሓደ"')}`);
  const r = importPo(file, dd);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`entry "${key}" appears twice`));
});

test('a truncated PO file says so, with no raw error', (t) => {
  const { file, dd } = exportWith(withTemp(t), {});
  const text = readFileSync(file, 'utf8');
  // Cut right after a msgid: the last entry has no msgstr.
  writeFileSync(file, text.slice(0, text.indexOf('\nmsgstr', text.length / 2)));
  const r = importPo(file, dd);
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stderr, /Cannot read properties|TypeError/);
  assert.match(r.stderr, /Nothing was imported: entry ".+" has no msgstr: the file is cut short or damaged/);
});

test('a PO file beyond a language (size, entries) is refused before it is parsed', (t) => {
  const { file, dd } = exportWith(withTemp(t), {});
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text}\n#${' '.repeat(maxPoBytes)}\n`);
  const big = importPo(file, dd);
  assert.equal(big.status, 1);
  assert.match(big.stderr, new RegExp(`over the ${maxPoBytes} a language needs`));
  const many = Array.from({ length: maxPoEntries + 1 }, (_, i) => `msgid "x${i}"\nmsgstr ""\n`).join('\n');
  writeFileSync(file, `${text}\n${many}`);
  const r = importPo(file, dd);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /entries, over the \d+ a language needs/);
});

test('a 1 GiB PO file is refused by its size, never read (reading it whole could not even make a string)', (t) => {
  const { file, dd } = exportWith(withTemp(t), {});
  truncateSync(file, 1024 ** 3); // sparse: no disk used
  const r = importPo(file, dd);
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stderr, /Cannot create a string|ERR_STRING_TOO_LONG|heap/);
  assert.match(r.stderr, new RegExp(`Nothing was imported: the file is ${1024 ** 3} bytes, over the ${maxPoBytes}`));
});
