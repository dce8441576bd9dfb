import { existsSync, readdirSync } from 'node:fs';
import { NotRegularFileError, readRegularFile } from '../security/regular-file';
import { join } from 'node:path';
import type { z } from 'zod';
import { manifestSchema, territoriesFileSchema, themesFileSchema, type Content } from './schema';
import { proceduresFileSchema, translationsFileSchema } from './procedure-schema';
import { checkProcedures } from './procedure-checks';
import { checkStructures, loadPlacePhrases, loadStructures } from './load-structures';
import { langPattern } from '../../common/ids';
import { checkTruth } from './truth-checks';
import { checkReviewFiles } from './review-files';
import {
  counterpartsFile,
  counterpartsFileSchema,
  loadNational,
  mergeNational,
  type Counterparts,
} from './load-national';

import type { ContentProblem } from './problems';
import { loadLocalPlaces } from './load-local-places';
import { checkSamePlace, samePlaceFile, samePlaceFileSchema, type SamePlace } from './same-place';

export type { ContentProblem };

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      'The content is not valid:\n' +
        problems.map((p) => `  ${p.file}: ${p.field || '(file)'}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** The content files in data/ and the schema each must satisfy. */
const contentFiles = {
  manifest: { file: 'manifest.json', schema: manifestSchema },
  territories: { file: 'territories.json', schema: territoriesFileSchema },
  themes: { file: 'themes.json', schema: themesFileSchema },
  procedures: { file: 'procedures.json', schema: proceduresFileSchema },
} as const;

/** data/translations/<lang>.json, one file per language; French must be there. */
function loadTranslations(dir: string, problems: ContentProblem[]): Content['phrases'] | undefined {
  const folder = join(dir, 'translations');
  const files = existsSync(folder)
    ? readdirSync(folder).filter((f) => f.endsWith('.json') && langPattern.test(f.slice(0, -'.json'.length)))
    : [];
  if (!files.includes('fr.json')) {
    problems.push({ file: 'translations/fr.json', field: '', message: 'file is missing (French is the source)' });
    return undefined;
  }
  const phrases: Content['phrases'] = {};
  for (const f of files) {
    const parsed = parseFile(dir, `translations/${f}`, translationsFileSchema, problems);
    if (parsed) phrases[f.replace(/\.json$/, '')] = parsed;
  }
  return phrases;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** While loadContent runs with a `readFiles` set, every file it reads is added to it (packs refuse the others). */
let readTracker: Set<string> | null = null;

function readJson(dir: string, file: string, problems: ContentProblem[]): unknown {
  readTracker?.add(file);
  let text: string;
  try {
    text = readRegularFile(join(dir, file), 'utf8');
  } catch (err) {
    const message =
      err instanceof NotRegularFileError ? `is a ${err.kind}, not a regular file` : 'file is missing or unreadable';
    problems.push({ file, field: '', message });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    problems.push({ file, field: '', message: `not valid JSON (${(err as Error).message})` });
    return undefined;
  }
}

function parseFile<S extends z.ZodType>(dir: string, file: string, schema: S, problems: ContentProblem[]) {
  const raw = readJson(dir, file, problems);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data as z.infer<S>;
  for (const issue of result.error.issues)
    problems.push({ file, field: fieldPath(issue.path), message: issue.message });
  return undefined;
}

/** Cross-file rules that a schema alone cannot express. */
function checkConsistency(content: Content, problems: ContentProblem[]): void {
  const territoryIds = new Set(content.territories.map((t) => t.id));
  if (!territoryIds.has(content.manifest.defaultTerritory)) {
    problems.push({
      file: contentFiles.manifest.file,
      field: 'defaultTerritory',
      message: `"${content.manifest.defaultTerritory}" is not a territory in ${contentFiles.territories.file}`,
    });
  }
  const seen = new Set<string>();
  content.themes.forEach((theme, i) => {
    if (seen.has(theme.id)) {
      problems.push({ file: contentFiles.themes.file, field: `[${i}].id`, message: `duplicate id "${theme.id}"` });
    }
    seen.add(theme.id);
  });
}

/**
 * Reads and validates every content file in `dir`; throws a ContentError naming every problem at once.
 * `readFiles`, when given, receives the path of every file read (so a pack can refuse files nothing reads).
 */
export function loadContent(dir: string, readFiles?: Set<string>): Content {
  readTracker = readFiles ?? null;
  try {
    return loadAll(dir);
  } finally {
    readTracker = null;
  }
}

function loadAll(dir: string): Content {
  const problems: ContentProblem[] = [];
  const manifest = parseFile(dir, contentFiles.manifest.file, contentFiles.manifest.schema, problems);
  const territories = parseFile(dir, contentFiles.territories.file, contentFiles.territories.schema, problems);
  const themes = parseFile(dir, contentFiles.themes.file, contentFiles.themes.schema, problems);
  const procedures = parseFile(dir, contentFiles.procedures.file, contentFiles.procedures.schema, problems);
  const phrases = loadTranslations(dir, problems);
  const parse = <T>(file: string, schema: z.ZodType, p: ContentProblem[]) =>
    parseFile(dir, file, schema, p) as T | undefined;
  // Hand-typed structures first; the national list adds the France Services they do not already cover.
  const counterparts = existsSync(join(dir, counterpartsFile))
    ? parseFile(dir, counterpartsFile, counterpartsFileSchema, problems)
    : [];
  const structureEntries = mergeNational(
    loadStructures(dir, parse, problems),
    loadNational(dir, parse, problems),
    (counterparts ?? []) as Counterparts,
    problems,
  );
  const samePlace = existsSync(join(dir, samePlaceFile))
    ? parseFile(dir, samePlaceFile, samePlaceFileSchema, problems)
    : [];
  checkSamePlace(structureEntries, (samePlace ?? []) as SamePlace, problems);
  const structures = structureEntries.map((e) => e.structure);
  const placePhrases = loadPlacePhrases(dir, parse, problems);
  const localPlaces = loadLocalPlaces(dir, parse, problems, { territories, structures, phrases: placePhrases });
  checkReviewFiles(dir, problems, (file) => readTracker?.add(file));
  if (!manifest || !territories || !themes || !procedures || !phrases) throw new ContentError(problems);
  const content: Content = {
    manifest,
    territories,
    themes,
    procedures,
    phrases,
    structures,
    placePhrases,
    localPlaces,
  };
  checkConsistency(content, problems);
  checkProcedures(content, problems);
  checkStructures(structureEntries, territories, placePhrases, problems);
  checkTruth(content, structureEntries, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
