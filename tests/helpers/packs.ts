import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { finished } from 'node:stream/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import yazl from 'yazl';
import type { Db } from '../../main/db/open';
import { copyContent, readJson } from './content';
import { encodePcm16Wav } from '../../common/audio/wav';
import { defaultContentDir } from '../../main/paths';
import { nationalDir } from '../../main/content/load-national';
import { samePlaceFile } from '../../main/content/same-place';

/** The territory of the test packs: the shipped content's default. */
const packTerritory = readJson<{ defaultTerritory: string }>(defaultContentDir, 'manifest.json').defaultTerritory;

/** A tiny valid WAV: 16 kHz mono 16-bit, `samples` samples of a 440 Hz tone. */
export function toneWav(samples = 1600, rate = 16000): Buffer {
  const tone = Int16Array.from({ length: samples }, (_, i) =>
    Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)),
  );
  return Buffer.from(encodePcm16Wav(tone, rate));
}

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Writes pack-manifest.json for the files in `dir` (so a pack is valid unless a test breaks it after). */
export function writePackManifest(dir: string, extra: Record<string, unknown> = {}): void {
  const files = Object.fromEntries(
    filesUnder(dir)
      .filter((f) => f !== 'pack-manifest.json')
      .map((f) => [f, sha256(readFileSync(join(dir, f)))]),
  );
  // A test may have broken manifest.json on purpose: then the shipped one gives the version and date.
  let content: { contentVersion: string; date: string };
  try {
    content = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as typeof content;
    if (typeof content.contentVersion !== 'string' || typeof content.date !== 'string') throw new Error('broken');
  } catch {
    content = JSON.parse(readFileSync(join(defaultContentDir, 'manifest.json'), 'utf8')) as typeof content;
  }
  const manifest = {
    format: 1,
    territory: packTerritory,
    contentVersion: content.contentVersion,
    date: content.date,
    files,
    ...extra,
  };
  writeFileSync(join(dir, 'pack-manifest.json'), JSON.stringify(manifest, null, 2));
}

/**
 * A valid folder pack: the shipped content (only its default territory's national places and map, unless
 * `allTerritories`), a clip, an optional version and theme subset.
 */
export function makeFolderPack(
  dir: string,
  options: { version?: string; themes?: number; allTerritories?: boolean } = {},
): string {
  copyContent(dir, options.allTerritories ? undefined : ofPackTerritory);
  if (!options.allTerritories) dropOtherTerritoriesNotes(dir);
  if (options.version) {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...m, contentVersion: options.version }));
  }
  if (options.themes !== undefined) {
    const t = JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8')) as unknown[];
    writeFileSync(join(dir, 'themes.json'), JSON.stringify(t.slice(0, options.themes)));
  }
  mkdirSync(join(dir, 'audio', 'ps'), { recursive: true });
  writeFileSync(join(dir, 'audio', 'ps', 'theme.care.wav'), toneWav());
  writePackManifest(dir);
  return dir;
}

/**
 * The pack tests import hundreds of packs: copying, hashing and checking the other 100 départements took a quarter
 * of their time (tests/unit/packs, two at a time: 228 s → 174 s). Their packs keep the national France Services and
 * the outline map of the pack's own territory only (a quarter of the files): a path of data/ kept or not.
 */
function ofPackTerritory(path: string): boolean {
  const [folder, name] = [path.slice(0, path.lastIndexOf('/')), path.slice(path.lastIndexOf('/') + 1)];
  return (folder !== nationalDir && folder !== 'maps') || name === `${packTerritory}.json`;
}

/** Keeps the same-place notes whose structures are all in the pack (ofPackTerritory took the others out). */
function dropOtherTerritoriesNotes(dir: string): void {
  const handTyped = readdirSync(join(dir, 'structures'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, 'structures', f));
  const rows = new Set<string>();
  for (const file of [...handTyped, join(dir, nationalDir, `${packTerritory}.json`)])
    for (const s of JSON.parse(readFileSync(file, 'utf8')) as { id: string }[]) rows.add(s.id);
  const notes = JSON.parse(readFileSync(join(dir, samePlaceFile), 'utf8')) as { structures: string[] }[];
  writeFileSync(
    join(dir, samePlaceFile),
    JSON.stringify(notes.filter((n) => n.structures.every((id) => rows.has(id)))),
  );
}

/** Zips a folder with yazl (which itself refuses hostile names: see rawZip for those). */
export async function zipFolder(dir: string, file: string, options: { level?: number } = {}): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const f of filesUnder(dir)) zip.addBuffer(readFileSync(join(dir, f)), f, { compress: options.level !== 0 });
  zip.end();
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  zip.outputStream.pipe(out);
  await finished(out);
  return file;
}

export interface RawEntry {
  name: string;
  data: Buffer;
  /** Unix mode in the external attributes (0o120777 makes a symlink). */
  mode?: number;
  /** Lie about the uncompressed size in both headers (a zip bomb that hides its size). */
  declaredSize?: number;
  /** Store the data deflated (method 8) rather than as is. */
  deflate?: boolean;
}

/** Writes a stored (uncompressed) zip byte by byte, so a test can put any name, mode or size in it. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const stored = e.deflate ? deflateRawSync(e.data) : e.data;
    const method = e.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += 30 + name.length + stored.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A hash of every row of every table: "byte-for-byte unchanged" made checkable. */
export function databaseHash(db: Db): string {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((n) => !n.startsWith('sqlite_'));
  const h = createHash('sha256');
  for (const t of tables) {
    h.update(`${t}\n`);
    // Rows sorted by their text, so WITHOUT ROWID tables hash the same way as the others.
    const rows = db
      .prepare(`SELECT * FROM "${t}"`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
    for (const row of rows) h.update(row + '\n');
  }
  return h.digest('hex');
}
