import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { loadContent } from '../../content/load';
import { localPlacesFile } from '../../content/local-place-schema';
import type { Db } from '../../db/open';
import type { Kiosk } from '../kiosk';
import { listLocalPlaces } from '../local-places';
import { packManifestFile, packPathProblem, type PackManifest } from './rules';
import { listFiles, sha256File } from './validate';
import { writeZipAtomically } from './zip-write';

/** The files of the active content that belong in a pack (content JSON and clips; nothing else). */
export function packableFiles(contentDir: string): string[] {
  return listFiles(contentDir).filter((f) => f !== packManifestFile && packPathProblem(f) === null);
}

/**
 * Every place staff added on this kiosk or received with the content (this kiosk's version of each), as the
 * pack's local-places.json, so one kiosk's places reach the others; null when there is none.
 */
function localPlacesBytes(db: Db): Buffer | null {
  const places = listLocalPlaces(db).map((p) => p.place);
  return places.length === 0 ? null : Buffer.from(JSON.stringify(places, null, 2) + '\n');
}

/** Writes the active content as a zip pack at `file` (written beside it first, then renamed: never half a pack). */
export async function exportPack(kiosk: Kiosk, file: string): Promise<PackManifest> {
  const dir = kiosk.paths.contentDir;
  const content = loadContent(dir);
  const files = new Map(
    packableFiles(dir)
      .filter((f) => f !== localPlacesFile)
      .map((f): [string, Buffer | null] => [f, null]),
  );
  const local = localPlacesBytes(kiosk.db);
  if (local) files.set(localPlacesFile, local);
  const hashes = [...files].map(([f, bytes]) => [
    f,
    bytes ? createHash('sha256').update(bytes).digest('hex') : sha256File(join(dir, f)),
  ]);
  const manifest: PackManifest = {
    format: 1,
    territory: kiosk.territory().id,
    contentVersion: content.manifest.contentVersion,
    date: content.manifest.date,
    files: Object.fromEntries(hashes),
  };
  mkdirSync(dirname(file), { recursive: true });
  const manifestEntry: [string, Buffer] = [packManifestFile, Buffer.from(JSON.stringify(manifest, null, 2) + '\n')];
  const entries = [...files].map(([f, bytes]): [string, Buffer] => [f, bytes ?? readFileSync(join(dir, f))]);
  await writeZipAtomically(file, [manifestEntry, ...entries]);
  return manifest;
}
