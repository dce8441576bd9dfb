import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from '../../content/load';
import type { Kiosk } from '../kiosk';
import { packManifestFile, packPathProblem, type PackManifest } from './rules';
import { listFiles, sha256File } from './validate';
import { writeZipAtomically } from './zip-write';

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
  const manifest = buildManifest(dir, kiosk.territory().id);
  mkdirSync(dirname(file), { recursive: true });
  const manifestEntry: [string, Buffer] = [packManifestFile, Buffer.from(JSON.stringify(manifest, null, 2) + '\n')];
  const files = Object.keys(manifest.files).map((f): [string, Buffer] => [f, readFileSync(join(dir, f))]);
  await writeZipAtomically(file, [manifestEntry, ...files]);
  return manifest;
}
