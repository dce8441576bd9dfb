import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { encodePcm16Wav } from '../../../common/audio/wav';
import { saveRecordedClip } from '../../../main/services/clips';
import { openKiosk } from '../../../main/services/kiosk';
import { defaultContentDir } from '../../../main/paths';
import { writeSettings } from '../../../main/services/settings';
import { speechCoverage } from '../../../main/services/speech-coverage';
import { countEvent } from '../../../main/services/staff/stats';
import { tempDir } from '../../helpers/temp';

const tone = () => encodePcm16Wav(new Int16Array(8000).fill(1000), 16000);

test('speech coverage: per language, phrases heard as clips, by a voice, through the bridge, or not at all', () => {
  const temp = tempDir('repere-coverage-');
  const dataDir = join(temp.dir, 'data');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
  try {
    saveRecordedClip({ contentDir: defaultContentDir, dataDir }, 'ps', 'themes.title', tone());
    const byLang = () => Object.fromEntries(speechCoverage(kiosk).map((c) => [c.lang, c]));
    const { ps, ff, ti } = byLang();
    for (const c of [ps!, ff!, ti!]) {
      assert.equal(c.clips + c.voice + c.bridged + c.silent, c.phrases, `${c.lang}: every phrase counted once`);
    }
    assert.equal(ps!.clips, 1);
    assert.ok(!ps!.missing.includes('themes.title'), 'the recorded phrase is not missing');
    assert.equal(ps!.bridge, 'fa');
    assert.ok(ps!.bridged > ps!.phrases * 0.9, `most of Pashto is heard in Dari (${ps!.bridged}/${ps!.phrases})`);
    assert.equal(ff!.bridge, 'fr');
    assert.equal(ti!.bridge, null, 'a language with a voice needs no bridge');
    assert.equal(ti!.voice, ti!.phrases);
    writeSettings(kiosk.db, { bridgeLanguages: { ff: null } });
    assert.equal(byLang().ff!.silent, ff!.phrases, 'without its bridge, Pulaar is silent');
  } finally {
    kiosk.close();
    temp.cleanup();
  }
});

test('speech coverage: the missing phrases come most heard first, as the usage counters tell', () => {
  const temp = tempDir('repere-coverage-');
  const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir: join(temp.dir, 'data') });
  try {
    const at = new Date('2026-12-08T14:00:00Z');
    const procedure = kiosk.content().procedures.at(-1)!.id;
    for (let i = 0; i < 3; i++) countEvent(kiosk.db, at, kiosk.timeZone(), { kind: 'procedure', id: procedure });
    countEvent(kiosk.db, at, kiosk.timeZone(), { kind: 'language', id: 'ps' });
    const other = kiosk.content().procedures[0]!.id;
    const [ps] = speechCoverage(kiosk, ['ps']);
    const index = (pick: (k: string) => boolean) => ps!.missing.findIndex(pick);
    const lastOfOpened = ps!.missing.findLastIndex((k) => k.startsWith(`${procedure}.`));
    assert.ok(lastOfOpened >= 0);
    assert.ok(lastOfOpened < index((k) => k === 'themes.title'), 'opened 3 times: before what 1 visit heard');
    assert.ok(lastOfOpened < index((k) => k.startsWith(`${other}.`)), 'before a procedure nobody opened');
  } finally {
    kiosk.close();
    temp.cleanup();
  }
});
