import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { createHandlers, dispatch } from '../../../main/api/handlers';
import { CallFailure } from '../../../main/api/errors';
import { openKiosk } from '../../../main/services/kiosk';
import { getPrintableChecklist, getProcedure, listProcedures } from '../../../main/services/procedures';
import { printChecklist, PrinterError, type PrintJob, type Printer } from '../../../main/services/printing';
import { writeSettings } from '../../../main/services/settings';
import { copyContent, readJson, writeJson } from '../../helpers/content';
import { tempDir } from '../../helpers/temp';

const fixedClock = () => new Date('2026-03-04T10:20:00Z');

function withKiosk(fn: (kiosk: ReturnType<typeof openKiosk>, contentDir: string) => Promise<void> | void) {
  return async () => {
    const t = tempDir();
    const contentDir = copyContent(join(t.dir, 'content'));
    const kiosk = openKiosk({ contentDir, dataDir: join(t.dir, 'data') }, fixedClock);
    try {
      await fn(kiosk, contentDir);
    } finally {
      kiosk.close();
      t.cleanup();
    }
  };
}

test(
  'a procedure comes in the visitor language beside the French, from the translations files',
  withKiosk((kiosk, dir) => {
    const ar = readJson<Record<string, string>>(join(dir, 'translations'), 'ar.json');
    const fr = readJson<Record<string, string>>(join(dir, 'translations'), 'fr.json');
    const p = getProcedure(kiosk, 'school-enrolment', 'ar')!;
    assert.equal(p.title.text, ar['school-enrolment.title']);
    assert.equal(p.title.fr, fr['school-enrolment.title']);
    assert.equal(p.title.lang, 'ar');
    const address = p.checklist.find((i) => i.id === 'address')!;
    assert.equal(address.label.text, ar['school-enrolment.item.address']);
    assert.equal(address.note?.fr, fr['school-enrolment.item.address.note']);
    assert.equal(getProcedure(kiosk, 'no-such-thing', 'ar'), null);
  }),
);

test(
  'a missing translation falls back to French and says so through lang',
  withKiosk((kiosk, dir) => {
    const ti = readJson<Record<string, string>>(join(dir, 'translations'), 'ti.json');
    delete ti['pass.title'];
    writeJson(join(dir, 'translations'), 'ti.json', ti);
    // A fresh kiosk reads the changed files.
    const other = openKiosk({ contentDir: dir, dataDir: join(dir, '..', 'data2') });
    try {
      const card = listProcedures(other, 'care', 'ti').find((c) => c.id === 'pass')!;
      assert.equal(card.title.lang, 'fr');
      assert.equal(card.title.text, card.title.fr);
    } finally {
      other.close();
    }
  }),
);

test(
  'listProcedures gives a theme its procedures only',
  withKiosk((kiosk) => {
    const work = listProcedures(kiosk, 'work', 'fr').map((c) => c.id);
    assert.ok(work.includes('france-travail'));
    assert.ok(!work.includes('pass'));
    // Housing and leisure hold what the seeds support (issue 22, M2), not only "ask at the desk".
    assert.deepEqual(
      listProcedures(kiosk, 'leisure', 'fr').map((c) => c.id),
      ['leisure'],
    );
    assert.deepEqual(
      listProcedures(kiosk, 'housing', 'fr').map((c) => c.id),
      ['housing'],
    );
  }),
);

test(
  'the printable sheet has the QR code of the official page, the kiosk date and the content version',
  withKiosk(async (kiosk, dir) => {
    const sheet = (await getPrintableChecklist(kiosk, 'bank-account', 'zh'))!;
    const url = sheet.officialPage!.url!;
    assert.match(url, /^https:\/\/www\.banque-france\.fr\//);
    assert.equal(sheet.qrSvg, await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }));
    assert.equal(sheet.printedAt, '2026-03-04T10:20:00.000Z');
    assert.deepEqual(sheet.places, [], 'no structures on this branch: nothing invented for "where to go"');
    assert.equal(sheet.contentVersion, readJson<{ contentVersion: string }>(dir, 'manifest.json').contentVersion);
    const noUrl = (await getPrintableChecklist(kiosk, 'pass', 'zh'))!;
    assert.equal(noUrl.officialPage!.url, null);
    assert.equal(noUrl.qrSvg, null, 'no QR code without an exact official address');
  }),
);

test('printing: no printer, out of paper and a crash become outcomes; success sends the print route', async () => {
  const job = { procedureId: 'pass', lang: 'ar', format: 'receipt' as const };
  assert.deepEqual(await printChecklist(null, job), {
    ok: false,
    reason: 'no-printer',
    message: 'no printer is configured on this kiosk',
  });
  const jammed: Printer = {
    print: () => Promise.reject(new PrinterError('out-of-paper', 'paper end sensor')),
  };
  assert.deepEqual(await printChecklist(jammed, job), {
    ok: false,
    reason: 'out-of-paper',
    message: 'paper end sensor',
  });
  // An error not thrown on purpose crosses as its code only: its message may say anything.
  const broken: Printer = { print: () => Promise.reject(new RangeError('cable of Amina Diallo')) };
  const outcome = (await printChecklist(broken, job)) as { reason: string; message: string };
  assert.equal(outcome.reason, 'printer-error');
  assert.ok(outcome.message.includes('RangeError') && !outcome.message.includes('Amina'), outcome.message);
  const jobs: PrintJob[] = [];
  const ok: Printer = { print: async (j) => void jobs.push(j) };
  assert.deepEqual(await printChecklist(ok, job), { ok: true });
  assert.equal(jobs[0]!.path, '/print/checklist/pass?lang=ar&format=receipt');
});

test(
  'contract: printChecklist uses the configured paper, unknown procedures are bad input',
  withKiosk(async (kiosk) => {
    const jobs: PrintJob[] = [];
    const handlers = createHandlers(kiosk, { printer: { print: async (j) => void jobs.push(j) } });
    assert.deepEqual(await dispatch(handlers, 'printChecklist', { id: 'mdph', lang: 'fa' }), { ok: true });
    assert.equal(jobs[0]!.format, 'a4', 'the default paper format setting');
    await assert.rejects(dispatch(handlers, 'getProcedure', { id: 'nope', lang: 'fr' }), (e: unknown) => {
      return e instanceof CallFailure && e.error.code === 'bad-input' && /unknown procedure/.test(e.message);
    });
    await assert.rejects(dispatch(handlers, 'printChecklist', { id: 'nope', lang: 'fr' }), CallFailure);
    const bare = createHandlers(kiosk);
    const outcome = (await dispatch(bare, 'printChecklist', { id: 'mdph', lang: 'fa', format: 'receipt' })) as {
      reason: string;
    };
    assert.equal(outcome.reason, 'no-printer');
  }),
);

test(
  'facts of one territory (Schœlcher agency, préfecture desk, its e-mail and page) are left out on a Paris kiosk',
  withKiosk(async (kiosk) => {
    const martinique = getProcedure(kiosk, 'ame-first-request', 'fr')!;
    assert.ok(martinique.sentences.some((s) => /Schœlcher/.test(s.text.fr)));
    assert.ok(listProcedures(kiosk, 'papers', 'fr').some((c) => c.id === 'prefecture-desk'));
    writeSettings(kiosk.db, { territory: '75' });
    const paris = getProcedure(kiosk, 'ame-first-request', 'fr')!;
    assert.ok(!paris.sentences.some((s) => /Schœlcher/.test(s.text.fr)));
    assert.ok(
      paris.sentences.some((s) => /3 mois/.test(s.text.fr)),
      'the national rules stay',
    );
    assert.ok(!listProcedures(kiosk, 'papers', 'fr').some((c) => c.id === 'prefecture-desk'));
    assert.equal(getProcedure(kiosk, 'prefecture-desk', 'fr'), null);
    const violence = getProcedure(kiosk, 'violence', 'fr')!;
    // Only the national numbers stay (3919, 17): the préfecture's e-mail is Martinique's.
    assert.deepEqual(
      violence.numbers.map((n) => n.value),
      ['3919', '17'],
    );
    assert.ok(!violence.sentences.some((s) => /martinique\.gouv\.fr/.test(s.text.fr)));
    const oepre = (await getPrintableChecklist(kiosk, 'oepre', 'fr'))!;
    assert.equal(oepre.officialPage, null, "another territory's page is left out whole, name included");
    assert.equal(oepre.qrSvg, null, "no QR code to another territory's page");
  }),
);
