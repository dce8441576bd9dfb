import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { openKiosk } from '../../../main/services/kiosk';
import { importPack } from '../../../main/services/packs/import';
import { placePhrase } from '../../../main/services/place-phrases';
import { exportReviewedPack, nextContentVersion } from '../../../main/translations/pack';
import { refreshedReviewFile } from '../../../main/translations/refresh';
import { applyReview, type ProposedString } from '../../../main/translations/review';
import { readReviewFile, reviewFilePath } from '../../../main/texts/status';
import { listStrings } from '../../../main/texts/strings';
import { runCli } from '../../helpers/cli';
import { copyContent, readJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';
import { untouchedProposal } from '../../helpers/translations';

const reviewer = { name: 'Awet G., Interprètes du Monde', on: new Date('2026-11-30T10:00:00Z') };
const edits = {
  'ui:themes.title': 'እንታይ ኢዩ ዘድልየኩም?',
  'phrase:ame-first-request.title': 'ኣሜ (AME)፡ ቀዳማይ ሕቶ',
  'place:closure.works': 'ንዕዮ ተዓጽዩ ኣሎ።',
};

function reviewedProposal(contentDir: string): Record<string, ProposedString> {
  const proposed = untouchedProposal({ contentDir }, 'ti');
  for (const [k, text] of Object.entries(edits)) proposed[k] = { text, fuzzy: false };
  return proposed;
}

test('content versions move forward: same day +1, another day starts at 1', () => {
  assert.equal(nextContentVersion('2026.11.30-2', new Date('2026-11-30T12:00:00Z')), '2026.11.30-3');
  assert.equal(nextContentVersion('2026.11.25-1', new Date('2026-11-30T12:00:00Z')), '2026.11.30-1');
});

test('a reviewed pack carries one kiosk reviews to another kiosk like any content pack', async () => {
  const t = tempDir();
  const clock = () => reviewer.on;
  const a = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'a') }, clock);
  const b = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'b') }, clock);
  try {
    const r = applyReview(
      { contentDir: defaultContentDir, dataDir: a.paths.dataDir },
      'ti',
      reviewedProposal(defaultContentDir),
      reviewer,
    );
    assert.equal(r.ok, true);
    const file = join(t.dir, 'reviewed.zip');
    const manifest = await exportReviewedPack(a, file);
    const shipped = (
      JSON.parse(readFileSync(join(defaultContentDir, 'manifest.json'), 'utf8')) as { contentVersion: string }
    ).contentVersion;
    assert.equal(manifest.contentVersion, nextContentVersion(shipped, reviewer.on));
    assert.notEqual(manifest.contentVersion, shipped);

    const imported = await importPack(b, file);
    assert.equal(imported.ok, true, JSON.stringify(imported));
    const h = createHandlers(b);
    const p = (await dispatch(h, 'getProcedure', { id: 'ame-first-request', lang: 'ti' })) as {
      title: { text: string };
    };
    assert.equal(p.title.text, edits['phrase:ame-first-request.title']);
    assert.deepEqual(await dispatch(h, 'getReviewedTexts', { langs: ['ti'] }), {
      ti: { 'themes.title': edits['ui:themes.title'] },
    });
    assert.equal(placePhrase(b.db, 'ti', 'closure.works'), edits['place:closure.works']);
    const strings = listStrings({ contentDir: b.paths.contentDir, dataDir: b.paths.dataDir }, 'ti');
    for (const key of Object.keys(edits)) {
      const s = strings.find((x) => x.key === key)!;
      assert.deepEqual([s.status, s.reviewedBy], ['reviewed', reviewer.name], key);
    }
  } finally {
    a.close();
    b.close();
    t.cleanup();
  }
});

test('import --into-source writes the review into the repository files a release ships', () => {
  const t = tempDir();
  try {
    const contentDir = copyContent(join(t.dir, 'data'));
    const uiDir = join(t.dir, 'locales');
    cpSync(join(projectRoot, 'renderer', 'locales'), uiDir, { recursive: true });
    const table = po.parse(
      readFileSync(
        (() => {
          const out = join(t.dir, 'ti.po');
          const r = runCli(['translations', 'export', '--lang', 'ti', '--out', out, '--data-dir', join(t.dir, 'k')]);
          assert.equal(r.status, 0, r.stderr);
          return out;
        })(),
      ),
    );
    for (const [key, text] of Object.entries(edits)) {
      const entry = Object.values(table.translations[key]!)[0]!;
      entry.msgstr = [text];
      entry.comments = { ...entry.comments, flag: '' };
    }
    const file = join(t.dir, 'ti-reviewed.po');
    writeFileSync(file, po.compile(table));
    const summary = join(t.dir, 'ui-status.json');
    const r = runCli(
      [
        'translations',
        'import',
        file,
        '--into-source',
        '--reviewer',
        reviewer.name,
        '--content-dir',
        contentDir,
        '--ui-dir',
        uiDir,
        '--ui-summary',
        summary,
      ],
      { REPERE_DATA_DIR: join(t.dir, 'never-used') },
    );
    assert.equal(r.status, 0, r.stderr);
    const ui = readJson<{ themes: { title: string } }>(uiDir, 'ti.json');
    assert.equal(ui.themes.title, edits['ui:themes.title']);
    const phrases = readJson<Record<string, string>>(join(contentDir, 'translations'), 'ti.json');
    assert.equal(phrases['ame-first-request.title'], edits['phrase:ame-first-request.title']);
    const review = readReviewFile(reviewFilePath(contentDir, 'ti'));
    assert.equal(review['ui:themes.title']!.status, 'reviewed');
    assert.equal(review['ui:themes.title']!.text, undefined, 'the UI text lives in its locale file, not twice');
    const uiLocales = Object.fromEntries(['fr', 'ti'].map((l) => [l, readJson(uiDir, `${l}.json`)] as const));
    assert.deepEqual(review, refreshedReviewFile({ contentDir, uiLocales }, 'ti'), 'the status file is complete');
    assert.match(readJson<Record<string, { note: string }>>(t.dir, 'ui-status.json').ti!.note, /Interface: 1 of/);
  } finally {
    t.cleanup();
  }
});
