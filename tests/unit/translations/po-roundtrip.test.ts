import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { kioskReviewsPath } from '../../../main/texts/kiosk-reviews';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

/** Stands in for Poedit: opens the PO file, changes some entries, saves it. */
function translatorEdits(file: string, edits: Record<string, { text?: string; fuzzy: boolean }>): void {
  const table = po.parse(readFileSync(file));
  for (const [key, edit] of Object.entries(edits)) {
    const entry = Object.values(table.translations[key] ?? {})[0];
    assert.ok(entry, `the export has ${key}`);
    if (edit.text !== undefined) entry.msgstr = [edit.text];
    entry.comments = { ...entry.comments, flag: edit.fuzzy ? 'fuzzy' : '' };
  }
  writeFileSync(file, po.compile(table));
}

function entries(file: string) {
  const table = po.parse(readFileSync(file));
  return Object.entries(table.translations)
    .filter(([ctx]) => ctx !== '')
    .map(([ctx, byId]) => ({ ctx, ...Object.values(byId)[0]! }));
}

test('export is a PO file msgfmt accepts: key as msgctxt, French as msgid, drafts fuzzy, context comments', () => {
  const t = tempDir();
  try {
    const file = join(t.dir, 'ti.po');
    const r = runCli(['translations', 'export', '--lang', 'ti', '--out', file, '--data-dir', join(t.dir, 'data')]);
    assert.equal(r.status, 0, r.stderr);
    const check = spawnSync('msgfmt', ['-c', '--check-format', '-o', '/dev/null', file], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);

    const all = entries(file);
    const french = JSON.parse(readFileSync(join(defaultContentDir, 'translations', 'fr.json'), 'utf8')) as Record<
      string,
      string
    >;
    const title = all.find((e) => e.ctx === 'phrase:ame-first-request.title')!;
    assert.equal(title.msgid, french['ame-first-request.title']);
    assert.match(title.comments!.flag!, /fuzzy/);
    assert.match(title.comments!.extracted!, /Where: procedure card button/);
    assert.match(title.comments!.extracted!, /Button: at most \d+ characters/);
    assert.match(title.comments!.extracted!, /Source of the fact: seed 000_/);
    const phone = all.find((e) => e.ctx.startsWith('phrase:') && e.ctx.includes('.num.'))!;
    assert.match(phone.comments!.extracted!, /spoken aloud, printed/);
    assert.ok(
      all.every((e) => /fuzzy/.test(e.comments?.flag ?? '')),
      'nothing is reviewed yet: all fuzzy',
    );
  } finally {
    t.cleanup();
  }
});

test('round trip: export, a translator edits, import; the kiosk shows the reviewed text; a broken import changes nothing', async () => {
  const t = tempDir();
  const dataDir = join(t.dir, 'data');
  const file = join(t.dir, 'ti.po');
  try {
    assert.equal(runCli(['translations', 'export', '--lang', 'ti', '--out', file, '--data-dir', dataDir]).status, 0);
    translatorEdits(file, {
      'phrase:ame-first-request.title': { text: 'ኣሜ (AME)፡ ቀዳማይ ሕቶ', fuzzy: false },
      'ui:themes.title': { text: 'እንታይ ኢዩ ዘድልየኩም?', fuzzy: false },
      'ui:nav.back': { fuzzy: false }, // read and found correct, unchanged
    });
    const ok = runCli([
      'translations',
      'import',
      file,
      '--reviewer',
      'Selam T., ISM Interprétariat',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /3 strings now reviewed by Selam T\., ISM Interprétariat, 2 texts changed/);

    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
    try {
      const h = createHandlers(kiosk);
      const procedure = (await dispatch(h, 'getProcedure', { id: 'ame-first-request', lang: 'ti' })) as {
        title: { text: string; lang: string };
      };
      assert.deepEqual(procedure.title, { ...procedure.title, text: 'ኣሜ (AME)፡ ቀዳማይ ሕቶ', lang: 'ti' });
      assert.deepEqual(await dispatch(h, 'getReviewedTexts', { langs: ['ti'] }), {
        ti: { 'themes.title': 'እንታይ ኢዩ ዘድልየኩም?' },
      });
    } finally {
      kiosk.close();
    }

    const again = join(t.dir, 'ti-again.po');
    assert.equal(runCli(['translations', 'export', '--lang', 'ti', '--out', again, '--data-dir', dataDir]).status, 0);
    const back = entries(again).find((e) => e.ctx === 'ui:nav.back')!;
    assert.ok(!/fuzzy/.test(back.comments?.flag ?? ''), 'a reviewed string is no longer fuzzy');
    assert.match(back.comments!.extracted!, /reviewed by Selam T\., ISM Interprétariat/);

    // A broken file: an amount changed and a placeholder dropped. Refused, every problem listed, nothing moves.
    const before = readFileSync(kioskReviewsPath(dataDir, 'ti'), 'utf8');
    translatorEdits(again, {
      'phrase:diploma-recognition.s.cost': { text: 'VAE ኣስታት 100 ዩሮ ይኸፍል። ሓገዝ ይከኣል።', fuzzy: false },
      'ui:places.openUntil': { text: 'ክፉት', fuzzy: false },
      'phrase:ame-first-request.title': { text: 'ካልእ', fuzzy: false },
    });
    const bad = runCli(['translations', 'import', again, '--reviewer', 'Someone Else', '--data-dir', dataDir]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /Nothing was imported; 2 problem\(s\)/);
    assert.match(bad.stderr, /phrase:diploma-recognition\.s\.cost: numbers differ from the French \(1000\)/);
    assert.match(bad.stderr, /ui:places\.openUntil: placeholders changed/);
    assert.equal(readFileSync(kioskReviewsPath(dataDir, 'ti'), 'utf8'), before);
    assert.ok(existsSync(kioskReviewsPath(dataDir, 'ti')));
  } finally {
    t.cleanup();
  }
});

test('count strings round-trip as PO plurals: msgid_plural, one msgstr[n] per Arabic category, msgfmt accepts, an edited form comes back reviewed', async () => {
  const t = tempDir();
  const dataDir = join(t.dir, 'data');
  const file = join(t.dir, 'ar.po');
  try {
    assert.equal(runCli(['translations', 'export', '--lang', 'ar', '--out', file, '--data-dir', dataDir]).status, 0);
    const check = spawnSync('msgfmt', ['-c', '--check-format', '-o', '/dev/null', file], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    const table = po.parse(readFileSync(file));
    assert.match(table.headers['Plural-Forms']!, /^nplurals=6;/);
    const countdown = Object.values(table.translations['ui:idle.countdown'] ?? {})[0]!;
    const fr = JSON.parse(readFileSync(join(defaultContentDir, '..', 'renderer', 'locales', 'fr.json'), 'utf8')) as {
      idle: Record<string, string>;
    };
    assert.equal(countdown.msgid, fr.idle.countdown_one);
    assert.equal(countdown.msgid_plural, fr.idle.countdown_other);
    assert.equal(countdown.msgstr.length, 6);
    assert.ok(!entries(file).some((e) => /^ui:idle\.countdown_/.test(e.ctx)), 'no form as an entry of its own');

    // The translator corrects the "few" form (3 to 10, msgstr[3]) and clears fuzzy.
    const few = 'ستعود الشاشة إلى البداية بعد {{count}} ثوانٍ.';
    countdown.msgstr[3] = few;
    countdown.comments = { ...countdown.comments, flag: '' };
    writeFileSync(file, po.compile(table));
    const ok = runCli(['translations', 'import', file, '--reviewer', 'Amal B., ISM', '--data-dir', dataDir]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /6 strings now reviewed by Amal B\., ISM, 1 texts? changed/);
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
    try {
      const reviewed = await dispatch(createHandlers(kiosk), 'getReviewedTexts', { langs: ['ar', 'fa'] });
      assert.deepEqual(reviewed, { ar: { 'idle.countdown_few': few }, fa: {} });
    } finally {
      kiosk.close();
    }
  } finally {
    t.cleanup();
  }
});
