import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clipFile } from '../../../main/services/clips';
import { clipCoverage, uiKeys } from '../../../main/services/clip-coverage';
import { openKiosk } from '../../../main/services/kiosk';
import { metaValue } from '../../../main/services/content-store';
import { writeContentKeyPair } from '../../../main/services/packs/sign-pack';
import { defaultContentDir } from '../../../main/paths';
import { spawnCli } from '../../helpers/cli-async';
import { recordTakes, unzipTo } from '../../helpers/clip-packs';
import { sha256 } from '../../helpers/packs';
import { withTemp } from '../../helpers/temp';

interface CoverageRow {
  lang: string;
  recorded: number;
  missing: string[];
}

test('clips export on kiosk A, clips import on kiosk B: B serves the same audio and coverage counts it', async (t) => {
  const dir = withTemp(t, 'repere-clip-pack-');
  const a = join(dir, 'kiosk-a');
  const b = join(dir, 'kiosk-b');
  const keys = writeContentKeyPair(join(dir, 'keys'));
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify({ kioskId: 'k-b', contentPublicKeys: [keys.publicLine] }));
  const env = { REPERE_CONFIG: config };

  const [ui1, ui2, ui3] = uiKeys();
  const takes = [
    { lang: 'ps', key: ui1! },
    { lang: 'ps', key: ui2! },
    { lang: 'ff', key: ui1! },
    { lang: 'ps', key: 'no.such-phrase' },
    // Not asked for: --lang ps,ff leaves Tigrinya out.
    { lang: 'ti', key: ui3! },
  ];
  const recorded = recordTakes(a, takes);
  const kioskA = openKiosk({ contentDir: defaultContentDir, dataDir: a });
  const versionA = metaValue(kioskA.db, 'content_version');
  kioskA.close();

  const pack = join(dir, 'out', 'clips.zip');
  const exported = await spawnCli(
    ['clips', 'export', '--data', a, '--out', pack, '--key', keys.privateFile, '--lang', 'ps,ff'],
    env,
  );
  assert.equal(exported.code, 0, exported.stderr);

  // The manifest lists each take with its language, key, sha256 and size, and the content it was recorded on.
  const unpacked = await unzipTo(pack, join(dir, 'unpacked'));
  const manifest = JSON.parse(readFileSync(join(unpacked, 'pack-manifest.json'), 'utf8')) as {
    format: number;
    created: string;
    contentVersion?: string;
    clips: { lang: string; key: string; sha256: string; bytes: number }[];
  };
  assert.equal(manifest.format, 1);
  assert.ok(!Number.isNaN(Date.parse(manifest.created)), manifest.created);
  assert.equal(manifest.contentVersion, versionA);
  const sent = takes.filter((take) => take.lang !== 'ti');
  assert.deepEqual(
    manifest.clips.map((c) => `${c.lang}/${c.key}`).sort(),
    sent.map((take) => `${take.lang}/${take.key}`).sort(),
  );
  for (const c of manifest.clips) {
    const wav = recorded.get(`${c.lang}/${c.key}`)!;
    assert.equal(c.sha256, sha256(wav));
    assert.equal(c.bytes, wav.length);
  }

  const kioskB = openKiosk({ contentDir: defaultContentDir, dataDir: b });
  const before = clipCoverage(kioskB, ['ps', 'ff']);
  kioskB.close();
  assert.ok(before[0]!.missing.includes(ui1!) && before[0]!.missing.includes(ui2!), 'B has no Pashto clip for them');

  const imported = await spawnCli(['clips', 'import', pack, '--data', b], env);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, new RegExp(`signed by ${keys.publicLine.replace(/[+/]/g, '\\$&')}`));
  // A clip for a phrase the content does not know is reported, and still imported.
  assert.match(imported.stderr, /ps no\.such-phrase/);

  const dirsB = { contentDir: defaultContentDir, dataDir: b };
  for (const take of sent) {
    const file = clipFile(dirsB, take.lang, take.key);
    assert.ok(file, `${take.lang}/${take.key} is served on B`);
    assert.ok(readFileSync(file).equals(recorded.get(`${take.lang}/${take.key}`)!), `${take.key} byte-identical`);
  }
  assert.equal(clipFile(dirsB, 'ti', ui3!), null, 'a language left out of --lang is not exported');

  const coverage = await spawnCli(['clips', 'coverage', '--json', '--data', b], env);
  assert.equal(coverage.code, 0, coverage.stderr);
  const rows = JSON.parse(coverage.stdout) as CoverageRow[];
  const ps = rows.find((r) => r.lang === 'ps')!;
  const ff = rows.find((r) => r.lang === 'ff')!;
  assert.equal(ps.recorded, before[0]!.recorded + 2, 'the two known Pashto phrases count, not the unknown one');
  assert.equal(ff.recorded, before[1]!.recorded + 1);
  assert.ok(!ps.missing.includes(ui1!) && !ps.missing.includes(ui2!));
});
