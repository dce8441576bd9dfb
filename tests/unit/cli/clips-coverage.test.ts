import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { encodePcm16Wav } from '../../../common/audio/wav';
import { saveRecordedClip } from '../../../main/services/clips';
import { uiKeys } from '../../../main/services/clip-coverage';
import { defaultContentDir } from '../../../main/paths';
import { runCli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp';

interface Row {
  lang: string;
  voice: string;
  phrases: number;
  recorded: number;
  missing: string[];
}

// Half a second: staff recordings shorter than 0.2 s are refused (issue 14).
const tone = () => encodePcm16Wav(new Int16Array(8000).fill(1000), 16000);

test('clips coverage: per language, recorded clips against every phrase a visitor can hear, and who is silent', () => {
  const temp = tempDir('repere-clips-');
  try {
    const dataDir = join(temp.dir, 'data');
    const dirs = { contentDir: defaultContentDir, dataDir };
    saveRecordedClip(dirs, 'ps', 'themes.title', tone());
    saveRecordedClip(dirs, 'ps', 'attract.thisLanguage', tone());
    const run = runCli(['clips', 'coverage', '--json', '--data-dir', dataDir]);
    assert.equal(run.status, 0, run.stderr);
    const rows = JSON.parse(run.stdout) as Row[];
    assert.equal(rows.length, 17);
    const ps = rows.find((r) => r.lang === 'ps')!;
    assert.equal(ps.voice, 'none', 'Pashto has no synthetic voice');
    assert.equal(ps.recorded, 2);
    assert.ok(!ps.missing.includes('themes.title') && ps.missing.includes('nav.home'));
    // UI strings (not staff ones) and the content's phrases are all counted.
    assert.ok(ps.phrases > uiKeys().length, `${ps.phrases} phrases`);
    assert.ok(!ps.missing.some((k) => k.startsWith('staff.')));
    assert.equal(rows.find((r) => r.lang === 'ti')!.voice, 'espeak');

    const text = runCli(['clips', 'coverage', '--lang', 'ff', '--data-dir', dataDir]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^ff +0 \/ \d+ clips \(0 %\) +NO VOICE/m);
    const bad = runCli(['clips', 'coverage', '--lang', 'xx', '--data-dir', dataDir]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Unknown language "xx"/);
  } finally {
    temp.cleanup();
  }
});
