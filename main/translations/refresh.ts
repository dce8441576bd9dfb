import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { frenchFor, sourceLang, type TextSources } from './catalog';
import { effectiveStatus, frenchHash, readReviewFile, reviewFilePath, type ReviewFile } from './status';
import { countStrings, listStrings, type StringView } from './strings';

/**
 * `translations refresh`: rewrites the shipped per-string status files so that each lists exactly the keys
 * French has (new keys as machine drafts, vanished keys dropped, entries whose French changed marked outdated
 * with the hash they were made for), then the per-locale summaries computed from them. Run it after adding keys
 * or changing French; a test fails when the files are stale.
 */
export function refreshedReviewFile(src: TextSources, lang: string): ReviewFile {
  const french = frenchFor(src, lang);
  const old = readReviewFile(reviewFilePath(src.contentDir, lang));
  const next: ReviewFile = {};
  for (const [key, fr] of Object.entries(french)) {
    const entry = old[key];
    const status = effectiveStatus(entry, fr);
    next[key] =
      entry && status === 'outdated'
        ? { ...entry, status }
        : (entry ?? { status: 'machine-draft', frHash: frenchHash(fr) });
  }
  return next;
}

export interface LocaleSummary {
  status: 'source' | 'machine-draft' | 'reviewed';
  note?: string;
  reviewedBy: string | null;
}

function summarize(lang: string, strings: StringView[], what: string): LocaleSummary {
  if (lang === sourceLang) return { status: 'source', reviewedBy: null };
  const c = countStrings(strings);
  const reviewers = [...new Set(strings.map((s) => s.reviewedBy).filter((r): r is string => r !== null))];
  const note =
    `${what}: ${c.reviewed} of ${c.total} strings reviewed, ${c.machineDraft} machine drafts ` +
    `(drafted by the development team with machine assistance), ${c.outdated} outdated. ` +
    `Per-string status: data/translations/review/${lang}.json.`;
  const all = c.reviewed === c.total;
  return { status: all ? 'reviewed' : 'machine-draft', note, reviewedBy: all ? reviewers.join('; ') : null };
}

/** The UI summary (common/translation-status.json) and the content one (data/translations/status.json). */
export function computeSummaries(src: TextSources, langs: readonly string[]) {
  const ui: Record<string, LocaleSummary> = {};
  const content: Record<string, LocaleSummary> = {};
  for (const lang of langs) {
    const strings = listStrings({ ...src, dataDir: undefined }, lang);
    ui[lang] = summarize(
      lang,
      strings.filter((s) => s.key.startsWith('ui:')),
      'Interface',
    );
    content[lang] = summarize(
      lang,
      strings.filter((s) => !s.key.startsWith('ui:')),
      'Content phrases',
    );
  }
  return { ui, content };
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

/** Rewrites every status file; returns the files that changed. */
export function refreshStatusFiles(src: TextSources, langs: readonly string[], uiSummaryFile: string): string[] {
  const changed: string[] = [];
  for (const lang of langs) {
    if (lang === sourceLang) continue;
    const file = reviewFilePath(src.contentDir, lang);
    if (writeIfChanged(file, json(refreshedReviewFile(src, lang)))) changed.push(file);
  }
  const { ui, content } = computeSummaries(src, langs);
  if (writeIfChanged(uiSummaryFile, json(ui))) changed.push(uiSummaryFile);
  const contentSummary = join(src.contentDir, 'translations', 'status.json');
  if (writeIfChanged(contentSummary, json(content))) changed.push(contentSummary);
  return changed;
}
