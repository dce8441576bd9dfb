import { createWriteStream, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import { loadContent } from '../../content/load';
import type { Kiosk } from '../kiosk';
import { readSettings } from '../settings';
import { packManifestFile, packPathProblem, type PackManifest } from './rules';
import { listFiles, sha256File } from './validate';

/** The files of the active content that belong in a pack (content JSON and clips; nothing else). */
export function packableFiles(contentDir: string): string[] {
  return listFiles(contentDir).filter((f) => f !== packManifestFile && packPathProblem(f) === null);
}

export function buildManifest(contentDir: string, territory: string): PackManifest {
  const content = loadContent(contentDir);
  const files = Object.fromEntries(packableFiles(contentDir).map((f) => [f, sha256File(join(contentDir, f))]));
  return { format: 1, territory, contentVersion: content.manifest.contentVersion, date: content.manifest.date, files };
}

/** Writes the active content as a zip pack at `file` (written beside it first, then renamed: never half a pack). */
export async function exportPack(kiosk: Kiosk, file: string): Promise<PackManifest> {
  const dir = kiosk.paths.contentDir;
  const content = loadContent(dir);
  const territory = readSettings(kiosk.db).territory ?? content.manifest.defaultTerritory;
  const manifest = buildManifest(dir, territory);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2) + '\n'), packManifestFile);
  for (const f of Object.keys(manifest.files)) zip.addBuffer(readFileSync(join(dir, f)), f);
  zip.end();
  const out = createWriteStream(tmp);
  zip.outputStream.pipe(out);
  try {
    await finished(out);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return manifest;
}
