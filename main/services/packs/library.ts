import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packNamePattern } from '../../../common/ids';

/**
 * The folder where the staff screens find packs to import and put exported ones: <dataDir>/packs (IT copies
 * packs there, e.g. from a USB stick). The renderer only ever names a file of this folder, never a path.
 */
export const packsDir = (dataDir: string) => join(dataDir, 'packs');
export const packFileName = packNamePattern;

export interface PackFile {
  name: string;
  bytes: number;
}

export function listPackFiles(dataDir: string): PackFile[] {
  const dir = packsDir(dataDir);
  if (!existsSync(dir)) return [];
  // lstat: only regular files are listed (never a FIFO, device or link named *.zip).
  return readdirSync(dir)
    .filter((n) => packFileName.test(n))
    .map((name) => ({ name, stat: lstatSync(join(dir, name)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ name, stat }) => ({ name, bytes: stat.size }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function packFilePath(dataDir: string, name: string): string {
  if (!packFileName.test(name)) throw new Error('Not a pack file name.');
  return join(packsDir(dataDir), name);
}
