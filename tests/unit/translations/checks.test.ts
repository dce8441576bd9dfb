import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { numbersAgree, statedNumbers } from '../../../main/translations/numbers';
import { applyReview, checkLanguage, reviewOne } from '../../../main/translations/review';
import { untouchedProposal, withContentCopy } from '../../helpers/translations';
import { kioskReviewsPath } from '../../../main/texts/kiosk-reviews';
import { existsSync } from 'node:fs';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';
import { sourceLanguage, supportedLocales } from '../../../common/locales';

const reviewer = { name: 'Test Reviewer, Association', on: new Date('2026-11-30T10:00:00Z') };

test('the audit defect class is caught: a label swapped with its note in one language file is refused', () => {
  const t = tempDir();
  try {
    const contentDir = copyContent(join(t.dir, 'content'));
    const src = { contentDir };
    const label = 'puma-css.item.civil';
    const flagged = () => checkLanguage(src, 'ti').filter((p) => p.key === `phrase:${label}`);
    assert.deepEqual(flagged(), [], 'the shipped Tigrinya label and note have their proper shape');

    const file = 'translations/ti.json';
    const ti = readJson<Record<string, string>>(contentDir, file);
    [ti[label], ti[`${label}.note`]] = [ti[`${label}.note`]!, ti[label]!];
    writeJson(contentDir, file, ti);

    assert.equal(flagged().length, 1);
    assert.match(flagged()[0]!.reason, /are the label and note swapped\?/);
  } finally {
    t.cleanup();
  }
});

test('an import carrying a swapped label and note is refused and changes nothing', () =>
  withContentCopy((src) => {
    const proposed = untouchedProposal(src, 'ti');
    const label = 'phrase:puma-css.item.civil';
    const [labelText, noteText] = [proposed[label]!.text, proposed[`${label}.note`]!.text];
    proposed[label] = { text: noteText, fuzzy: false };
    proposed[`${label}.note`] = { text: labelText, fuzzy: false };
    const r = applyReview(src, 'ti', proposed, reviewer);
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.problems.some((p) => p.key === label && /swapped/.test(p.reason)));
    assert.equal(existsSync(kioskReviewsPath(src.dataDir, 'ti')), false);
  }));

test('an import lists every problem at once, with its key and reason, and writes nothing', () =>
  withContentCopy((src) => {
    const proposed = untouchedProposal(src, 'ar');
    const edit = (key: string, text: string) => (proposed[key] = { text, fuzzy: false });
    edit('ui:places.openUntil', 'مفتوح حتى {{hour}}'); // placeholder renamed
    edit('phrase:diploma-recognition.s.cost', 'تكلف VAE حوالي 100 يورو.'); // amount changed
    edit('ui:nav.back', 'رجوع'.repeat(20)); // far too long for its button
    edit('ui:nav.home', ' '); // empty
    delete proposed['ui:themes.title']; // missing
    proposed['ui:themes.subtitle'] = { text: 'عنوان', fuzzy: false }; // unknown
    const r = applyReview(src, 'ar', proposed, reviewer);
    assert.equal(r.ok, false);
    const reasons = r.ok ? [] : r.problems.map((p) => `${p.key} ${p.reason}`);
    const expect = [
      /^ui:places\.openUntil placeholders changed/,
      /^phrase:diploma-recognition\.s\.cost numbers differ/,
      /^ui:nav\.back too long for its button: 80 characters, at most 24/,
      /^ui:nav\.home empty text/,
      /^ui:themes\.title missing/,
      /^ui:themes\.subtitle unknown key/,
    ];
    for (const e of expect)
      assert.ok(
        reasons.some((x) => e.test(x)),
        `${e} in\n${reasons.join('\n')}`,
      );
    assert.equal(existsSync(kioskReviewsPath(src.dataDir, 'ar')), false);
  }));

test("numbers are compared as stated: the script's own digits, spaced groups and whole hours count as equal", () => {
  assert.deepEqual(statedNumbers('La VAE coûte environ 1 000 euros.'), ['1000']);
  assert.deepEqual(statedNumbers('VAE حدود ۱۰۰۰ یورو هزینه دارد.'), ['1000']);
  assert.deepEqual(statedNumbers('VAE-এর খরচ প্রায় ১০০০ ইউরো।'), ['1000']);
  assert.deepEqual(statedNumbers('Certains samedis de 8 h à 12 h.'), ['12', '8']);
  assert.deepEqual(statedNumbers('Bazı cumartesiler 8.00-12.00 arası.'), ['12', '8']);
  assert.deepEqual(statedNumbers('Appelez le 0806 001 620.'), ['0806001620']);
  assert.deepEqual(statedNumbers('Call 0806001620.'), ['0806001620']);
  assert.notDeepEqual(statedNumbers('de 8 h 30 à 12 h'), statedNumbers('8:00 - 12:00'));
});

test('a translation of French that has changed since the export is refused, not recorded against the new French', () =>
  withContentCopy((src) => {
    const proposed = untouchedProposal(src, 'ti');
    const key = 'phrase:ame-renewal.s.delay';
    proposed[key] = { ...proposed[key]!, fuzzy: false, french: 'La réponse peut prendre jusqu’à 2 mois.' };
    const r = applyReview(src, 'ti', proposed, reviewer);
    assert.deepEqual(r.ok ? [] : r.problems.map((p) => p.key), [key]);
    assert.match(r.ok ? '' : r.problems[0]!.reason, /French has changed since this file was exported/);
  }));

test('a swapped pair can be mended one string at a time at the desk', () =>
  withContentCopy((src) => {
    const label = 'puma-css.item.civil';
    const file = 'translations/ti.json';
    const ti = readJson<Record<string, string>>(src.contentDir, file);
    const [labelText, noteText] = [ti[label]!, ti[`${label}.note`]!];
    [ti[label], ti[`${label}.note`]] = [noteText, labelText];
    writeJson(src.contentDir, file, ti);
    const swapped = () =>
      checkLanguage(src, 'ti')
        .filter((p) => p.code === 'label-note-swapped')
        .map((p) => p.key);
    assert.ok(swapped().includes(`phrase:${label}`) && swapped().includes(`phrase:${label}.note`));

    assert.equal(reviewOne(src, 'ti', `phrase:${label}`, labelText, reviewer).ok, true);
    assert.equal(reviewOne(src, 'ti', `phrase:${label}.note`, noteText, reviewer).ok, true);
    assert.ok(!swapped().some((k) => k.startsWith(`phrase:${label}`)));
  }));

test('numbers: a faithful translation may write a date’s month as a number, a first day or an Arabic dual in words', () => {
  const date = 'Montrez l’arrêté du 14 octobre 2015.';
  assert.ok(numbersAgree(date, '请出示 2015 年 10 月 14 日的部令。', 'zh'), 'the month as a number');
  assert.ok(numbersAgree(date, 'Show the order of 14 October 2015.', 'en'), 'the month as a word');
  assert.ok(!numbersAgree(date, '请出示 2015 年 11 月 14 日的部令。', 'zh'), 'another month');
  assert.ok(!numbersAgree(date, 'Show the order of 15 October 2015.', 'en'), 'another day');
  const first = 'ANCT, 1er août 2024.';
  assert.ok(numbersAgree(first, 'ANCT، یکم اگست 2024۔', 'ur'), 'the first day in words');
  assert.ok(numbersAgree(first, 'ANCT，2024年8月1日。', 'zh'));
  assert.ok(!numbersAgree(first, 'ANCT، دوم اگست 2025۔', 'ur'), 'another year');
  const months = 'Vous avez 2 mois pour faire un recours.';
  assert.ok(numbersAgree(months, 'لديك شهران لتقديم طعن.', 'ar'), 'the Arabic dual');
  assert.ok(!numbersAgree(months, 'You have two months to appeal.', 'en'), 'only Arabic has a dual');
  assert.ok(!numbersAgree('Vous avez 3 mois.', 'لديك ثلاثة أشهر.', 'ar'), 'three is written as a number');
  assert.ok(!numbersAgree('Appelez le 0806 001 620.', 'اتصل بالرقم.', 'ar'), 'a phone number left out');
  const minor = 'Un enfant mineur a toujours l’AME.';
  assert.ok(numbersAgree(minor, 'A child under 18 always gets AME.', 'en'), 'what "mineur" means');
  assert.ok(!numbersAgree(minor, 'A child under 16 always gets AME.', 'en'), 'another age');
});

test('a reviewer can confirm the Arabic dual and a Chinese date at the desk; the shipped texts pass every check', () =>
  withContentCopy((src) => {
    for (const [lang, key] of [
      ['ar', 'phrase:mdph.s.appeal'],
      ['zh', 'phrase:france-travail.s.martinique-nir'],
      ['ur', 'ui:about.openData'],
    ] as const) {
      const r = reviewOne(src, lang, key, null, reviewer);
      assert.ok(r.ok, `${lang} ${key}: ${JSON.stringify(r.ok ? [] : r.problems)}`);
    }
    for (const lang of supportedLocales.filter((l) => l !== sourceLanguage))
      assert.deepEqual(checkLanguage(src, lang), [], lang);
  }));
