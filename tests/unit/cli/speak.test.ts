import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';
import { withTemp } from '../../helpers/temp';

/** Reads a 16-bit mono PCM WAV the way a player would (header fields, then samples), returning its RMS. */
function wavStats(file: string): { sampleRate: number; seconds: number; rms: number } {
  const b = readFileSync(file);
  assert.equal(b.toString('ascii', 0, 4), 'RIFF');
  assert.equal(b.toString('ascii', 8, 12), 'WAVE');
  assert.equal(b.readUInt16LE(20), 1, 'PCM');
  assert.equal(b.readUInt16LE(22), 1, 'mono');
  assert.equal(b.readUInt16LE(34), 16, '16-bit');
  assert.equal(b.toString('ascii', 36, 40), 'data');
  const n = b.readUInt32LE(40) / 2;
  assert.equal(b.length, 44 + n * 2, 'data size matches the file');
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (b.readInt16LE(44 + i * 2) / 32768) ** 2;
  const sampleRate = b.readUInt32LE(24);
  return { sampleRate, seconds: n / sampleRate, rms: Math.sqrt(sum / Math.max(n, 1)) };
}

test('cli speak renders Tigrinya text to a non-silent WAV', (t) => {
  const dir = withTemp(t);
  const out = join(dir, 'ti.wav');
  const r = runCli(['speak', '--lang', 'ti', '--text', 'ሰላም፣ ቋንቋኹም ተንክፉ።', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const wav = wavStats(out);
  assert.ok(wav.seconds > 0.5, `${wav.seconds} s of audio`);
  assert.ok(wav.rms > 0.02, `RMS ${wav.rms} is not silence`);
});

test('cli speak --key renders an Arabic UI string; a slower rate gives longer audio', (t) => {
  const dir = withTemp(t);
  const normal = join(dir, 'normal.wav');
  const slow = join(dir, 'slow.wav');
  assert.equal(runCli(['speak', '--lang', 'ar', '--key', 'themes.title', '--out', normal, '--rate', '1']).status, 0);
  assert.equal(runCli(['speak', '--lang', 'ar', '--key', 'themes.title', '--out', slow, '--rate', '0.6']).status, 0);
  const a = wavStats(normal);
  const b = wavStats(slow);
  assert.ok(a.rms > 0.02, `RMS ${a.rms}`);
  assert.ok(b.seconds > a.seconds * 1.2, `slow ${b.seconds} s vs normal ${a.seconds} s`);
});

test('cli speak fails clearly for Pashto and Peul (no voice) and for an unknown key, writing nothing', (t) => {
  const dir = withTemp(t);
  for (const lang of ['ps', 'ff']) {
    const out = join(dir, `${lang}.wav`);
    const r = runCli(['speak', '--lang', lang, '--text', 'x', '--out', out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`No synthetic voice for "${lang}".*Record a clip`));
    assert.equal(existsSync(out), false);
  }
  const r = runCli(['speak', '--lang', 'fr', '--key', 'no.such.key', '--out', join(dir, 'x.wav')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /No UI string "no\.such\.key"/);
});
