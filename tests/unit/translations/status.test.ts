import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultContentDir, projectRoot } from '../../../main/paths';
import { supportedLocales } from '../../../common/locales';
import { frenchHash, readReviewFile, reviewFilePath } from '../../../main/texts/status';
import { computeSummaries, refreshedReviewFile, refreshStatusFiles } from '../../../main/translations/refresh';
import { countStrings, listStrings } from '../../../main/texts/strings';
import { reviewOne } from '../../../main/translations/review';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';
import { uiLocaleFiles } from '../../../main/texts/ui-locales';
import { ContentError, loadContent } from '../../../main/content/load';

const fix = 'Run `npm run cli -- translations refresh` and commit the files it rewrites.';

test('the shipped per-string status files list exactly the French keys, and the per-locale summaries agree', () => {
  const src = { contentDir: defaultContentDir };
  for (const lang of supportedLocales.filter((l) => l !== 'fr'))
    assert.deepEqual(readReviewFile(reviewFilePath(defaultContentDir, lang)), refreshedReviewFile(src, lang), fix);
  const { ui, content } = computeSummaries(src, supportedLocales);
  assert.deepEqual(readJson(join(projectRoot, 'common'), 'translation-status.json'), ui, fix);
  assert.deepEqual(readJson(join(defaultContentDir, 'translations'), 'status.json'), content, fix);
});

test('when a French phrase changes, every translation of it becomes outdated, and refresh records it', () => {
  const t = tempDir();
  try {
    const contentDir = copyContent(join(t.dir, 'content'));
    const src = { contentDir };
    const key = 'phrase:ame-renewal.s.delay';
    const french = readJson<Record<string, string>>(contentDir, 'translations/fr.json');
    for (const lang of ['ti', 'ar']) {
      const file = `translations/review/${lang}.json`;
      const review = readJson<Record<string, unknown>>(contentDir, file);
      review[key] = {
        status: 'reviewed',
        frHash: frenchHash(french['ame-renewal.s.delay']!),
        reviewedBy: 'A. Translator, ISM Interprétariat',
        reviewedOn: '2026-11-02',
      };
      writeJson(contentDir, file, review);
    }
    const statusOf = (lang: string) => listStrings(src, lang).find((s) => s.key === key)!.status;
    assert.deepEqual([statusOf('ti'), statusOf('ar')], ['reviewed', 'reviewed']);

    french['ame-renewal.s.delay'] = 'La réponse peut prendre jusqu’à 30 jours.';
    writeJson(contentDir, 'translations/fr.json', french);
    assert.deepEqual([statusOf('ti'), statusOf('ar'), statusOf('en')], ['outdated', 'outdated', 'outdated']);
    assert.equal(statusOf('ru'), 'outdated', 'a machine draft of the old French is outdated too');

    refreshStatusFiles(src, supportedLocales, join(t.dir, 'ui-status.json'));
    const stored = readReviewFile(reviewFilePath(contentDir, 'ti'))[key]!;
    assert.equal(stored.status, 'outdated');
    assert.equal(stored.reviewedBy, 'A. Translator, ISM Interprétariat', 'who reviewed the old French is kept');
    const summary = readJson<Record<string, { note: string }>>(join(contentDir, 'translations'), 'status.json');
    assert.match(summary.ti!.note, /, 1 outdated\./);
  } finally {
    t.cleanup();
  }
});

test('a string reviewed on the kiosk names its reviewer and day, and the counts move', () => {
  const t = tempDir();
  try {
    const src = { contentDir: copyContent(join(t.dir, 'content')), dataDir: join(t.dir, 'data') };
    const before = countStrings(listStrings(src, 'ps'));
    const on = new Date('2026-11-30T09:00:00Z');
    const r = reviewOne(src, 'ps', 'ui:nav.back', null, { name: 'B. Interprète, France Services', on });
    assert.equal(r.ok, true);
    const s = listStrings(src, 'ps').find((x) => x.key === 'ui:nav.back')!;
    assert.deepEqual(
      [s.status, s.reviewedBy, s.reviewedOn],
      ['reviewed', 'B. Interprète, France Services', '2026-11-30'],
    );
    const after = countStrings(listStrings(src, 'ps'));
    assert.deepEqual([after.reviewed, after.machineDraft], [before.reviewed + 1, before.machineDraft - 1]);
  } finally {
    t.cleanup();
  }
});

test('a broken per-string status file is refused with the content, naming its file and field', () => {
  const t = tempDir();
  try {
    const contentDir = copyContent(join(t.dir, 'content'));
    writeJson(contentDir, 'translations/review/ti.json', {
      'ui:nav.back': { status: 'reviewed', frHash: 'ffffffffffffffff' },
    });
    assert.throws(
      () => loadContent(contentDir),
      (err: unknown) =>
        err instanceof ContentError &&
        err.problems.some((p) => p.file === 'translations/review/ti.json' && /reviewer and date/.test(p.message)),
    );
  } finally {
    t.cleanup();
  }
});

test('main reads the same UI locale files as the renderer: one per supported locale', () => {
  assert.deepEqual(Object.keys(uiLocaleFiles).sort(), [...supportedLocales].sort());
  for (const lang of supportedLocales)
    assert.deepEqual(uiLocaleFiles[lang], readJson(join(projectRoot, 'renderer', 'locales'), `${lang}.json`), lang);
});
