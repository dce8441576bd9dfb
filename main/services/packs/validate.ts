import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { ContentError, loadContent } from '../../content/load';
import type { Content } from '../../content/schema';
import { isWav } from '../clips';
import { packManifestFile, packManifestSchema, packSignatureFile, type PackManifest, type PackProblem } from './rules';
import { unusedFileProblems } from './unused';
import { checkPackSignature } from './signature';
import { holdForTest } from './steps';

export type PackValidation =
  | { ok: true; manifest: PackManifest; content: Content; signedBy: string | null }
  | { ok: false; problems: PackProblem[] };

export interface TrustOptions {
  /** The machine config's contentPublicKeys: when not empty, only packs signed by one of them pass. */
  trustedKeys?: readonly string[];
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

const fieldOf = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

/**
 * The pack's pack-manifest.json parsed by `schema` (the content pack's by default, or the clip pack's), or
 * undefined with every problem recorded (field by field).
 */
export function readPackManifest<T = PackManifest>(
  dir: string,
  problems: PackProblem[],
  schema: z.ZodType<T> = packManifestSchema as unknown as z.ZodType<T>,
): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, packManifestFile), 'utf8'));
  } catch (err) {
    const missing = !existsSync(join(dir, packManifestFile));
    const message = missing ? 'file is missing' : `not valid JSON (${(err as Error).message})`;
    problems.push({ file: packManifestFile, field: '', message });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const i of parsed.error.issues)
    problems.push({ file: packManifestFile, field: fieldOf(i.path), message: i.message });
  return undefined;
}

/**
 * Every file present is listed with the right hash, every listed file is present, clips are WAV files.
 * `files` maps each path to its sha256 (the content manifest's `files`; a clip pack's clips).
 */
export function checkListedFiles(dir: string, files: Record<string, string>, problems: PackProblem[]): void {
  const present = listFiles(dir).filter((f) => f !== packManifestFile && f !== packSignatureFile);
  for (const file of present) {
    const expected = Object.hasOwn(files, file) ? files[file] : undefined;
    if (expected === undefined) problems.push({ file, field: '', message: `not listed in ${packManifestFile}` });
    else if (sha256File(join(dir, file)) !== expected)
      problems.push({
        file,
        field: '',
        message: `sha256 does not match ${packManifestFile} (damaged or altered file)`,
      });
    else if (file.endsWith('.wav') && !isWav(readFileSync(join(dir, file))))
      problems.push({ file, field: '', message: 'not a WAV file (RIFF/WAVE header expected)' });
  }
  for (const file of Object.keys(files)) {
    if (!present.includes(file))
      problems.push({ file: packManifestFile, field: `files.${file}`, message: 'listed but missing from the pack' });
  }
}

/**
 * Checks an already extracted pack: its manifest, the hashes both ways, then the content itself with
 * loadContent (so content files added later are validated with no change here). Every problem is reported.
 * The long part of an import (hashing every file, loading 2,811 structures): it runs in the content worker,
 * off the thread that serves visitors.
 */
export function validateExtracted(dir: string, options: TrustOptions = {}): PackValidation {
  const problems: PackProblem[] = [];
  const signature = checkPackSignature(dir, options.trustedKeys ?? []);
  problems.push(...signature.problems);
  const manifest = readPackManifest(dir, problems);
  if (manifest) checkListedFiles(dir, manifest.files, problems);
  let content: Content | undefined;
  const read = new Set<string>();
  try {
    content = loadContent(dir, read);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    problems.push(...err.problems);
  }
  holdForTest('checking');
  if (content) problems.push(...unusedFileProblems(listFiles(dir), content, read));
  if (content && manifest) {
    if (content.manifest.contentVersion !== manifest.contentVersion)
      problems.push({
        file: packManifestFile,
        field: 'contentVersion',
        message: `"${manifest.contentVersion}" differs from manifest.json's "${content.manifest.contentVersion}"`,
      });
    if (!content.territories.some((t) => t.id === manifest.territory))
      problems.push({
        file: packManifestFile,
        field: 'territory',
        message: `"${manifest.territory}" is not in territories.json`,
      });
  }
  if (problems.length > 0 || !content || !manifest) return { ok: false, problems };
  return { ok: true, manifest, content, signedBy: signature.signedBy };
}

export function formatProblems(problems: PackProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field || '(file)'}: ${p.message}`).join('\n');
}
