import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

const asar = createRequire(import.meta.url)('@electron/asar') as {
  extractAll(archive: string, dest: string): void;
};

/**
 * Electron reads app.asar as a folder; plain Node cannot. The launcher extracts the archive (its unpacked native
 * files included, as Electron would load them from app.asar.unpacked) into a temp folder and maps every path
 * inside `…/app.asar/` onto it. The folder goes when the process ends.
 */
export class ExtractedAsar {
  readonly dir: string;
  constructor(readonly archive: string) {
    this.dir = mkdtempSync(join(tmpdir(), 'repere-asar-'));
    asar.extractAll(archive, this.dir);
    process.on('exit', () => rmSync(this.dir, { recursive: true, force: true }));
  }

  /** A path inside the archive (`…/app.asar/dist/x`) as a path of the extracted folder. */
  map(path: string): string {
    return path.startsWith(this.archive + sep) ? join(this.dir, path.slice(this.archive.length + 1)) : path;
  }
}

/** The app.asar a path points into, or null. */
export function archiveOf(path: string): string | null {
  const at = path.indexOf(`${sep}app.asar${sep}`);
  return at < 0 ? null : path.slice(0, at + `${sep}app.asar`.length);
}
