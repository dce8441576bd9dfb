import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { CliCommand } from '../command';
import { ContentError, loadContent, type ContentProblem } from '../../content/load';
import { packManifestFile } from '../../services/packs/rules';
import { validatePackCommand } from './packs';

/** A content pack: a .zip, or a folder with pack-manifest.json (its sha256 list) at the top. */
function isPack(path: string): boolean {
  return /\.zip$/i.test(path) || (statSync(path).isDirectory() && existsSync(resolve(path, packManifestFile)));
}

/** The content folder holding `path` (the folder with manifest.json at or above it). */
function contentDirOf(path: string): string | null {
  let dir = statSync(path).isDirectory() ? path : dirname(path);
  for (let i = 0; i < 4; i++) {
    if (existsSync(resolve(dir, 'manifest.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

/** `validate <data dir, file or pack>`: every problem with file and field; exit 1 on any. */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: ['validate <data dir|file|pack> check content or a content pack; prints every error with file and field'],
  words: 1,
  run: (args) => {
    const target = args.positional[0];
    if (!target) {
      console.error('usage: validate <data dir or file>');
      return 2;
    }
    const path = resolve(target);
    if (!existsSync(path)) {
      console.error(`${target}: no such file or folder`);
      return 2;
    }
    if (isPack(path)) return validatePackCommand.run(args);
    const dir = contentDirOf(path);
    if (!dir) {
      console.error(`${target}: not inside a content folder (no manifest.json found)`);
      return 2;
    }
    const onlyFile = statSync(path).isDirectory() ? null : relative(dir, path).split('\\').join('/');
    let problems: ContentProblem[] = [];
    try {
      loadContent(dir);
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      problems = err.problems;
    }
    if (onlyFile) problems = problems.filter((p) => p.file === onlyFile);
    for (const p of problems) console.log(`${p.file}: ${p.field || '(file)'}: ${p.message}`);
    const what = onlyFile ?? basename(dir);
    if (problems.length > 0) {
      console.error(`${problems.length} problem(s) in ${what}`);
      return 1;
    }
    console.log(`${what}: valid`);
    return 0;
  },
};
