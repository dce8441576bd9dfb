import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defaultContentDir } from '../../main/paths';

/**
 * Copies the shipped data/ into `dir` so a test can break or change one file without touching the repo; `keep`
 * (a path under data/, '/'-separated) leaves out what it answers false for.
 */
export function copyContent(dir: string, keep?: (path: string) => boolean): string {
  cpSync(defaultContentDir, dir, {
    recursive: true,
    filter: keep && ((source) => keep(relative(defaultContentDir, source).split(sep).join('/'))),
  });
  return dir;
}

export function readJson<T = unknown>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

export function writeJson(dir: string, file: string, value: unknown): void {
  writeFileSync(join(dir, file), JSON.stringify(value, null, 2));
}
