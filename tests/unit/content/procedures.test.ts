import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../../main/content/load';
import { phraseId, phraseIds, type Procedure } from '../../../main/content/procedure-schema';
import { clipKeySchema } from '../../../main/services/clips';
import { supportedLocales } from '../../../common/locales';
import { defaultContentDir } from '../../../main/paths';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { withTemp } from '../../helpers/temp';

const content = loadContent(defaultContentDir);
const fr = content.phrases.fr!;
const byId = (id: string): Procedure => {
  const p = content.procedures.find((x) => x.id === id);
  assert.ok(p, `procedure ${id} exists`);
  return p;
};
const text = (key: string) => fr[key] ?? assert.fail(`no French for ${key}`);
const allFrench = (p: Procedure) => phraseIds(p, 0).map(({ id }) => text(id));
const seed = (n: string) => new RegExp(`^${n}_`);

test('the agreed procedure ids are all there, each in known themes', () => {
  assert.deepEqual(content.procedures.map((p) => p.id).sort(), [
    'ame-first-request',
    'ame-renewal',
    'anef',
    'bank-account',
    'caf',
    'childcare-mobility',
    'diploma-recognition',
    'emergency-numbers',
    'france-travail',
    'housing',
    'leisure',
    'mdph',
    'medical-residence-permit',
    'oepre',
    'pass',
    'prefecture-desk',
    'puma-css',
    'school-enrolment',
    'social-security-number',
    'violence',
  ]);
  const themes = new Set(content.themes.map((t) => t.id));
  for (const p of content.procedures) for (const t of p.themes) assert.ok(themes.has(t), `${p.id}: theme ${t}`);
});

test('territory-bound facts name a territory of territories.json; the Martinique ones are tagged 972', () => {
  const territories = new Set(content.territories.map((t) => t.id));
  for (const p of content.procedures) {
    for (const part of [p, p.officialPage, ...p.sentences, ...p.checklist, ...p.notRequired, ...p.numbers]) {
      if (part.territory !== undefined) assert.ok(territories.has(part.territory), `${p.id}: ${part.territory}`);
    }
  }
  assert.equal(byId('prefecture-desk').territory, '972');
  assert.equal(byId('ame-first-request').sentences.find((s) => s.id === 'in-person')!.territory, '972');
  assert.equal(byId('violence').numbers.find((n) => n.id === 'prefecture')!.territory, '972');
});

test('every sentence, item, note and number carries a seed or official source', () => {
  for (const p of content.procedures) {
    for (const part of [p, p.officialPage, ...p.sentences, ...p.checklist, ...p.notRequired, ...p.numbers]) {
      assert.ok(part.source.seed ?? part.source.official, `${p.id}: a part without a source`);
      if (part.source.seed) assert.ok(part.source.section, `${p.id}: a seed source names its section`);
    }
  }
});

test('school enrolment: exactly three required documents, a sworn statement for the address, no residence permit', () => {
  const p = byId('school-enrolment');
  assert.equal(p.checklist.filter((i) => i.need === 'required').length, 3);
  assert.equal(p.checklist.length, 3, 'nothing else may be asked');
  assert.match(text(phraseId.note(p.id, 'address')), /attestation sur l'honneur/);
  assert.ok(p.notRequired.some((n) => /titre de séjour/.test(text(phraseId.notRequired(p.id, n.id)))));
  assert.ok(
    allFrench(p).some((s) => /maire.*préfet.*tribunal administratif/.test(s)),
    'how to appeal',
  );
  assert.ok(p.checklist.every((i) => i.source.seed === '001_40e16c10a27ff00c.txt'));
});

test('France Travail: receipts and "autorise à travailler" attestations accepted, no social security number needed', () => {
  const p = byId('france-travail');
  const residence = p.checklist.filter((i) => i.group === 'residence');
  assert.ok(residence.length >= 3);
  assert.ok(residence.every((i) => i.need === 'one-of'));
  const labels = residence.map((i) => text(phraseId.item(p.id, i.id))).join(' | ');
  assert.match(labels, /récépissé/);
  assert.match(labels, /attestation qui « autorise son titulaire à travailler »/);
  assert.ok(
    p.notRequired.some((n) =>
      /numéro de sécurité sociale n'est pas obligatoire/.test(text(phraseId.notRequired(p.id, n.id))),
    ),
  );
  assert.ok(!p.checklist.some((i) => /sécurité sociale/.test(text(phraseId.item(p.id, i.id)))), 'no NIR item');
});

test('AME: 3 months, resources, first request in person at the CGSS in Schœlcher, renewal by post within 28 days, children', () => {
  const first = allFrench(byId('ame-first-request')).join(' ');
  assert.match(first, /3 mois/);
  assert.match(first, /ressources/);
  assert.match(first, /CGSS de Schœlcher/);
  assert.match(first, /enfant mineur a toujours l'AME quand on la demande/);
  const renewal = allFrench(byId('ame-renewal')).join(' ');
  assert.match(renewal, /par courrier/);
  assert.match(renewal, /28 jours/);
  // Every sentence but how to complain about a refusal of care (seed 001) comes from the Martinique meetings.
  assert.ok(
    byId('ame-first-request')
      .sentences.filter((s) => s.id !== 'complain')
      .every((s) => s.source.seed === '000_20f0a1aaa192821f.txt'),
  );
});

test('social security number: one identity document AND one civil-status document', () => {
  const p = byId('social-security-number');
  const groups = new Map<string, string[]>();
  for (const i of p.checklist) groups.set(i.group ?? i.id, [...(groups.get(i.group ?? i.id) ?? []), i.id]);
  assert.deepEqual([...groups.keys()].sort(), ['civil-status', 'identity']);
  assert.ok(groups.get('identity')!.includes('passport'));
  assert.ok(groups.get('civil-status')!.includes('birth-extract'));
});

test('bank account: droit au compte, Banque de France after 15 days, no residence permit required', () => {
  const p = byId('bank-account');
  assert.match(allFrench(p).join(' '), /15 jours.*Banque de France/);
  assert.ok(p.notRequired.some((n) => /titre de séjour/.test(text(phraseId.notRequired(p.id, n.id)))));
});

test('MDPH needs no residence permit; PASS: come even without papers; medical permit: OFII medical kit', () => {
  assert.ok(byId('mdph').notRequired.some((n) => /titre de séjour/.test(text(phraseId.notRequired('mdph', n.id)))));
  // ...but paying the benefits does require a regular stay (seed 001, "Faire reconnaître son handicap").
  assert.match(allFrench(byId('mdph')).join(' '), /aides liées au handicap, il faut un séjour régulier/);
  assert.match(allFrench(byId('pass')).join(' '), /même sans papiers/);
  assert.ok(
    byId('pass').checklist.every((i) => i.need === 'if-available'),
    'nothing is required at the PASS',
  );
  const medical = allFrench(byId('medical-residence-permit')).join(' ');
  assert.match(medical, /kit médical/);
  assert.match(medical, /OFII/);
});

test('ANEF help line, the 14-day check, the préfecture e-mail for violence, ENIC-NARIC and VAE, OEPRE', () => {
  const anef = byId('anef');
  assert.deepEqual(
    anef.numbers.map((n) => n.value),
    ['0806 001 620'],
  );
  assert.ok(anef.numbers.every((n) => seed('000').test(n.source.seed ?? '')));
  assert.match(allFrench(anef).join(' '), /tous les 14 jours/);
  const violence = byId('violence');
  assert.ok(violence.numbers.some((n) => n.kind === 'email' && n.value === 'etrangers@martinique.gouv.fr'));
  assert.match(allFrench(violence).join(' '), /protégée/);
  const diploma = allFrench(byId('diploma-recognition')).join(' ');
  assert.match(diploma, /ENIC-NARIC/);
  assert.match(diploma, /VAE/);
  assert.match(allFrench(byId('oepre')).join(' '), /gratuits/);
});

test('official pages: https addresses, and every one is flagged to be verified from this offline machine', () => {
  for (const p of content.procedures) {
    if (p.officialPage.url) assert.match(p.officialPage.url, /^https:\/\//, p.id);
    assert.equal(p.officialPage.toBeVerified, true, p.id);
  }
});

test('every kiosk locale has a translations file with every phrase, and every phrase id is a valid clip key', () => {
  const files = readdirSync(join(defaultContentDir, 'translations'))
    .filter((f) => /^[a-z]{2,3}\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''));
  assert.deepEqual(files.sort(), [...supportedLocales].sort());
  const keys = Object.keys(fr);
  assert.ok(keys.length > 100);
  for (const lang of supportedLocales) {
    const phrases = content.phrases[lang]!;
    assert.deepEqual(
      keys.filter((k) => phrases[k] === undefined),
      [],
      `missing in ${lang}`,
    );
    if (lang !== 'fr') {
      const same = keys.filter((k) => phrases[k] === fr[k] && !/^[A-Z]/.test(fr[k]!.slice(0, 4)));
      assert.ok(same.length < keys.length / 4, `${lang} looks untranslated (${same.length} phrases equal to French)`);
    }
  }
  for (const k of keys) assert.ok(clipKeySchema.safeParse(k).success, k);
});

test('a broken procedure is reported with file and field: missing French phrase, lonely alternative, unused phrase', (t) => {
  const dir = withTemp(t);
  copyContent(dir);
  const procedures = readJson<Record<string, unknown>[]>(dir, 'procedures.json');
  const checklist = procedures[5]!.checklist as Record<string, unknown>[];
  checklist[0] = { ...checklist[0], need: 'one-of', group: 'alone' };
  procedures[1]!.sentences = [
    ...(procedures[1]!.sentences as unknown[]),
    { id: 'new-one', pictogram: '1F3E5', source: { seed: '000_20f0a1aaa192821f.txt', section: 'x' } },
  ];
  writeJson(dir, 'procedures.json', procedures);
  const en = readJson<Record<string, string>>(join(dir, 'translations'), 'en.json');
  writeJson(join(dir, 'translations'), 'en.json', { ...en, 'nobody.uses.this': 'x' });
  try {
    loadContent(dir);
    assert.fail('accepted');
  } catch (err) {
    assert.ok(err instanceof ContentError);
    const p = err.problems;
    assert.ok(
      p.some((x) => x.file === 'procedures.json' && x.field === '[1].sentences[5]' && /missing/.test(x.message)),
    );
    assert.ok(p.some((x) => x.file === 'procedures.json' && x.field === '[5].checklist' && /alone/.test(x.message)));
    assert.ok(p.some((x) => x.file === 'translations/en.json' && x.field === 'nobody.uses.this'));
  }
});

test('the content translations have a status per locale: French is the source, the others drafts until reviewed', () => {
  const status = readJson<Record<string, { status: string; reviewedBy: string | null }>>(
    join(defaultContentDir, 'translations'),
    'status.json',
  );
  assert.deepEqual(Object.keys(status).sort(), [...supportedLocales].sort());
  for (const [lang, s] of Object.entries(status)) {
    assert.equal(s.status === 'source', lang === 'fr', lang);
    if (s.status === 'reviewed') assert.ok(s.reviewedBy, `${lang} reviewed needs a reviewer`);
  }
});
