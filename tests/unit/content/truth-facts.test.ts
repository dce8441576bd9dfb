import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../../main/content/load';
import { territorialNames } from '../../../main/content/territorial-sources';
import { seedDocuments } from '../../../main/content/seed-documents';
import { defaultContentDir } from '../../../main/paths';
import { openKiosk, type Kiosk } from '../../../main/services/kiosk';
import { getProcedure, listProcedureIds } from '../../../main/services/procedures';
import { writeSettings } from '../../../main/services/settings';
import { tempDir } from '../../helpers/temp';
import { copyContent, readJson, writeJson } from '../../helpers/content';

const content = loadContent(defaultContentDir);
const fr = content.phrases.fr!;

/** Every French text a visitor sees for a procedure on a kiosk of `territory`. */
function shown(kiosk: Kiosk, territory: string, id: string): string {
  writeSettings(kiosk.db, { territory });
  const p = getProcedure(kiosk, id, 'fr');
  if (!p) return '';
  return [
    ...p.sentences.map((s) => s.text.fr),
    ...p.checklist.flatMap((i) => [i.label.fr, i.note?.fr ?? '']),
    ...p.notRequired.map((n) => n.text.fr),
    ...p.numbers.map((n) => `${n.label.fr} ${n.value}`),
  ].join('\n');
}

function withKiosk(use: (kiosk: Kiosk) => void) {
  return () => {
    const t = tempDir();
    const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(t.dir, 'data') });
    try {
      use(kiosk);
    } finally {
      kiosk.close();
      t.cleanup();
    }
  };
}

test(
  'AME renewal: Martinique hears "by post, up to 28 days"; Paris hears its own delay (2 months or more)',
  withKiosk((kiosk) => {
    const martinique = shown(kiosk, '972', 'ame-renewal');
    assert.match(martinique, /par courrier/);
    assert.match(martinique, /28 jours/);
    assert.doesNotMatch(martinique, /au moins 2 mois avant/);
    const paris = shown(kiosk, '75', 'ame-renewal');
    assert.doesNotMatch(paris, /28 jours|par courrier/);
    assert.match(paris, /2 mois ou plus/);
    // U1, U2: no seed says "renew at least 2 months before", nor lists the documents of a renewal.
    assert.doesNotMatch(paris, /avant la fin de vos droits/);
    for (const territory of ['972', '75']) {
      writeSettings(kiosk.db, { territory });
      assert.deepEqual(getProcedure(kiosk, 'ame-renewal', 'fr')!.checklist, [], 'ask at the desk instead');
    }
  }),
);

test(
  'the arrêté of 14 October 2015 is cited to seed 001, the document that contains it',
  withKiosk((kiosk) => {
    writeSettings(kiosk.db, { territory: '972' });
    const sentence = getProcedure(kiosk, 'france-travail', 'fr')!.sentences.find((x) =>
      /14 octobre 2015/.test(x.text.fr),
    );
    assert.equal(sentence?.source.seed, '001_40e16c10a27ff00c.txt');
    assert.match(sentence.source.section ?? '', /arrêté du 14 octobre 2015/);
  }),
);

test(
  'Martinique meetings stay in Martinique: préfecture kit, requests by post, the préfecture e-mail, work authorisations',
  withKiosk((kiosk) => {
    for (const [id, martiniqueOnly] of [
      ['medical-residence-permit', /kit médical/],
      ['violence', /par courrier|etrangers@martinique/],
      ['france-travail', /arrêté du 14 octobre 2015|autorisation de travail/],
      ['ame-first-request', /Schœlcher|provisoire/],
      ['pass', /Trinité|La Meynard/],
    ] as const) {
      assert.match(shown(kiosk, '972', id), martiniqueOnly, `${id} in Martinique`);
      assert.doesNotMatch(shown(kiosk, '75', id), martiniqueOnly, `${id} in Paris`);
    }
    assert.match(shown(kiosk, '972', 'childcare-mobility'), /CAF : il faut être en situation régulière/);
    assert.equal(shown(kiosk, '75', 'childcare-mobility'), '', 'the Martinique childcare rules are not shown in Paris');
    assert.match(shown(kiosk, '75', 'pass'), /Avicenne/);
    assert.doesNotMatch(shown(kiosk, '972', 'pass'), /Avicenne/);
  }),
);

test(
  'emergency numbers: 15, 17, 18, 112, 114 (SMS), 115, 119, 3919 on every kiosk, each with its official source and date',
  withKiosk((kiosk) => {
    for (const territory of ['972', '75']) {
      writeSettings(kiosk.db, { territory });
      const p = getProcedure(kiosk, 'emergency-numbers', 'fr')!;
      assert.deepEqual(
        p.numbers.map((n) => n.value),
        ['15', '17', '18', '112', '114', '115', '119', '3919'],
      );
      assert.ok(p.themes.includes('emergency'));
      assert.match(p.numbers.find((n) => n.value === '114')!.label.fr, /SMS/);
    }
    const raw = content.procedures.find((p) => p.id === 'emergency-numbers')!;
    for (const n of raw.numbers) {
      assert.equal(n.kind, 'phone');
      assert.match(n.source.official ?? '', /F33954/);
      assert.equal(n.source.url, 'https://www.service-public.fr/particuliers/vosdroits/F33954');
      assert.match(n.source.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
    }
    // Violence gives a contact in Paris too.
    assert.match(shown(kiosk, '75', 'violence'), /3919/);
  }),
);

test('France Travail: no social security number needed; in Martinique, bring it if you have it, else show the arrêté', () => {
  const ft = content.procedures.find((p) => p.id === 'france-travail')!;
  assert.match(fr['france-travail.not.nir']!, /n'est pas obligatoire/);
  const local = ft.sentences.find((s) => s.id === 'martinique-nir')!;
  assert.equal(local.territory, '972');
  assert.match(fr['france-travail.s.martinique-nir']!, /si vous l'avez.*arrêté du 14 octobre 2015/);
  assert.match(fr['france-travail.item.card.note']!, /exemples/);
});

test('social security number: asylum seekers get a NNP, not a NIA; a NIA gives no Ameli account and no Vitale card', () => {
  assert.match(fr['social-security-number.s.asylum']!, /NNP/);
  assert.match(fr['social-security-number.s.no-ameli']!, /Ameli.*Vitale/);
});

test('wrong or unsupported facts are gone', () => {
  // VAE help only in regular residence; school appeals are separate routes, not a sequence.
  assert.match(fr['diploma-recognition.s.cost']!, /situation régulière/);
  assert.doesNotMatch(fr['school-enrolment.s.appeal-primary']!, /puis/);
  assert.doesNotMatch(fr['school-enrolment.s.appeal-secondary']!, /puis/);
  assert.match(fr['ame-first-request.s.children']!, /toujours.*quand on la demande/);
  assert.match(fr['puma-css.item.civil.note']!, /réfugiés/);
  // DEETS (Martinique) and the Cité des métiers (Paris) are not places for diploma recognition.
  const forDiplomas = content.structures.filter((s) => s.procedures.includes('diploma-recognition')).map((s) => s.id);
  assert.ok(!forDiplomas.includes('deets-martinique') && !forDiplomas.includes('paris-cite-des-metiers'));
  // Checklist items no seed lists are not things to bring any more.
  const items = (id: string) => content.procedures.find((p) => p.id === id)!.checklist.map((i) => i.id);
  assert.ok(!items('bank-account').includes('date'));
  assert.ok(!items('ame-renewal').includes('card'));
  assert.ok(!items('medical-residence-permit').includes('kit'));
  // The préfecture e-mail is labelled for what the seed says it is, and is no general contact of the desk.
  assert.match(fr['violence.num.prefecture']!, /ordonnance de protection/);
  assert.match(fr['violence.s.email']!, /ordonnance de protection \(OP\) Madame X/);
  assert.equal(content.structures.find((s) => s.id === 'prefecture-foreigners-desk')!.email, null);
});

test(
  "no field of another territory's fact reaches a kiosk: every text, number and official page of every procedure",
  withKiosk((kiosk) => {
    for (const territory of ['75', '69', '972']) {
      writeSettings(kiosk.db, { territory });
      for (const id of listProcedureIds(kiosk)) {
        const p = getProcedure(kiosk, id, 'fr');
        if (!p) continue;
        const visible = [
          p.title.fr,
          ...p.sentences.map((s) => s.text.fr),
          ...p.checklist.flatMap((i) => [i.label.fr, i.note?.fr ?? '']),
          ...p.notRequired.map((n) => n.text.fr),
          ...p.numbers.map((n) => `${n.label.fr} ${n.value}`),
          p.officialPage ? `${p.officialPage.name} ${p.officialPage.url ?? ''}` : '',
        ].join('\n');
        for (const name of territorialNames)
          if (name.territory !== territory)
            assert.doesNotMatch(visible, name.pattern, `${id} on a ${territory} kiosk names ${name.territory}`);
      }
    }
  }),
);

test("an official page named after one territory's place is refused without that territory's tag", () => {
  const t = tempDir();
  try {
    copyContent(t.dir);
    const procedures = readJson<{ id: string; officialPage: { name: string } }[]>(t.dir, 'procedures.json');
    // ANEF's page cites a national section: only its name says Martinique.
    const index = procedures.findIndex((p) => p.id === 'anef');
    procedures[index]!.officialPage.name = 'Préfecture de la Martinique – martinique.gouv.fr';
    writeJson(t.dir, 'procedures.json', procedures);
    assert.throws(
      () => loadContent(t.dir),
      (err: unknown) =>
        err instanceof ContentError &&
        err.problems.some((p) => p.field === `[${index}].officialPage.territory` && /972/.test(p.message)),
    );
  } finally {
    t.cleanup();
  }
});

test(
  '"An OQTF ends AME" is the Martinique CGSS\'s answer (seed 000, 8 Feb 2024), not a national rule: 972 only, dated',
  withKiosk((kiosk) => {
    for (const territory of ['75', '69']) assert.doesNotMatch(shown(kiosk, territory, 'ame-first-request'), /OQTF/);
    writeSettings(kiosk.db, { territory: '972' });
    const oqtf = getProcedure(kiosk, 'ame-first-request', 'fr')!.sentences.find((s) => /OQTF/.test(s.text.fr));
    assert.ok(oqtf, 'Martinique keeps its fund’s answer');
    assert.match(oqtf.source.section ?? '', /CGSS de la Martinique/);
    assert.equal(oqtf.source.date, '2024-02-08');
  }),
);

test(
  'each procedure names the documents its shown facts come from, each with its date (M3)',
  withKiosk((kiosk) => {
    for (const territory of ['972', '75']) {
      writeSettings(kiosk.db, { territory });
      for (const id of listProcedureIds(kiosk)) {
        const p = getProcedure(kiosk, id, 'fr');
        if (!p) continue;
        const parts = [p, ...p.sentences, ...p.checklist, ...p.notRequired, ...p.numbers];
        for (const part of parts) {
          const seed = part.source.seed;
          const line = p.sources.find((l) =>
            seed === undefined ? l.source === part.source.official : l.source === seedDocuments[seed]?.title,
          );
          assert.ok(line, `${territory}:${id}: the source of a shown fact is listed`);
          if (seed !== '004_b0ae052b20449b37.txt') assert.ok(line.date, `${territory}:${id}: ${line.source} is dated`);
        }
      }
    }
    writeSettings(kiosk.db, { territory: '75' });
    const paris = getProcedure(kiosk, 'pass', 'fr')!.sources;
    assert.ok(
      paris.some((l) => /CASVP/.test(l.source) && l.date === '2018'),
      'the 2018 Paris plan says its year',
    );
  }),
);
