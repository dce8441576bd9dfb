import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliAction, CliCommand } from '../command';
import { kioskFlags, withKiosk } from '../command';
import { stringFlag, type ParsedArgs } from '../../args';
import { projectRoot } from '../../paths';
import { cliDefaults } from '../defaults';
import { supportedLocales, isSupportedLocale } from '../../../common/locales';
import { formatTranslationProblems } from '../../translations/checks';
import { languageTermProblems, formatTermProblems } from '../../translations/term-check';
import { exportPo, parsePo } from '../../translations/po';
import { maxPoBytes } from '../../translations/po-guard';
import { refreshStatusFiles } from '../../translations/refresh';
import { applyReview, checkLanguage, planReview, type ProposedString } from '../../translations/review';
import { mergeReviewsIntoContent } from '../../translations/merge';
import { exportReviewedPack } from '../../translations/pack';
import { countStrings, listStrings } from '../../translations/strings';
import { applyKioskReviews } from '../../services/translation-reviews';

const usage = [
  'translations export --lang CODE --out FILE.po   the strings of one language, for a translator',
  'translations import FILE.po --reviewer "Name, organisation" [--lang CODE] [--into-source]   a reviewed PO file',
  'translations status | check [--lang CODE] [--terms]   review status per language; the checks every string must pass (--terms: the termbase alone)',
  "translations export-pack --out FILE.zip   the content with this kiosk's reviewed translations, as a pack",
  'translations refresh                      rewrite the review status files after the French changed',
];

/** The repository's files (data/ and renderer/locales/), for a maintainer folding a review into the next release. */
function importIntoSource(
  args: ParsedArgs,
  lang: string,
  strings: Record<string, ProposedString>,
  reviewer: string,
): number {
  const contentDir = resolve(stringFlag(args, 'content-dir') ?? cliDefaults().contentDir);
  const uiDir = resolve(stringFlag(args, 'ui-dir') ?? join(projectRoot, 'renderer', 'locales'));
  const uiSummary = resolve(stringFlag(args, 'ui-summary') ?? join(projectRoot, 'common', 'translation-status.json'));
  const uiLocales = Object.fromEntries(
    supportedLocales.map((l) => [l, JSON.parse(readFileSync(join(uiDir, `${l}.json`), 'utf8')) as unknown]),
  );
  const src = { contentDir, uiLocales };
  const plan = planReview(src, lang, strings, { name: reviewer, on: new Date() });
  if (!plan.ok) {
    console.error(
      `Nothing was imported; ${plan.problems.length} problem(s):\n${formatTranslationProblems(plan.problems)}`,
    );
    return 1;
  }
  const uiFile = join(uiDir, `${lang}.json`);
  const written = mergeReviewsIntoContent(contentDir, lang, plan.entries, uiFile);
  uiLocales[lang] = JSON.parse(readFileSync(uiFile, 'utf8')) as unknown;
  refreshStatusFiles(src, supportedLocales, uiSummary);
  console.log(
    `Imported "${lang}" into the source files: ${plan.reviewed} strings reviewed by ${reviewer}, ` +
      `${plan.changed} texts changed.\n  ${written.join('\n  ')}`,
  );
  return 0;
}

function isLang(lang: string | undefined): lang is string {
  return lang !== undefined && isSupportedLocale(lang);
}

const run = {
  export: (args) => {
    const lang = stringFlag(args, 'lang');
    const out = stringFlag(args, 'out');
    if (!isLang(lang) || !out) return (console.error('Usage: translations export --lang <code> --out <file.po>'), 2);
    return withKiosk(args, (kiosk) => {
      const src = { contentDir: kiosk.paths.contentDir, dataDir: kiosk.paths.dataDir };
      writeFileSync(resolve(out), exportPo(src, lang, kiosk.clock()));
      const c = countStrings(listStrings(src, lang));
      console.log(
        `Wrote ${c.total} strings of "${lang}" to ${resolve(out)}: ${c.reviewed} reviewed, ` +
          `${c.machineDraft + c.outdated} marked fuzzy (${c.machineDraft} machine drafts, ${c.outdated} outdated).`,
      );
      return 0;
    });
  },
  import: (args) => {
    const file = args.positional[1];
    const reviewer = stringFlag(args, 'reviewer')?.trim();
    if (!file || !reviewer)
      return (console.error('Usage: translations import <file.po> --reviewer "Name, organisation"'), 2);
    // Sized before it is read: a 40 MB file was read whole (and the CLI peaked at 1.6 GB) before being refused.
    const size = statSync(resolve(file)).size;
    if (size > maxPoBytes)
      return (
        console.error(`Nothing was imported: the file is ${size} bytes, over the ${maxPoBytes} a language needs`),
        1
      );
    const parsed = parsePo(readFileSync(resolve(file), 'utf8'));
    if (!parsed.ok) return (console.error(`Nothing was imported: ${parsed.message}`), 1);
    const lang = stringFlag(args, 'lang') ?? parsed.lang ?? undefined;
    if (parsed.lang && lang !== parsed.lang)
      return (console.error(`Nothing was imported: the file is in "${parsed.lang}", not "${lang}"`), 1);
    if (!isLang(lang))
      return (console.error('Nothing was imported: the file names no known Language (give --lang)'), 1);
    if (args.flags.has('into-source')) return importIntoSource(args, lang, parsed.strings, reviewer);
    return withKiosk(args, (kiosk) => {
      const src = { contentDir: kiosk.paths.contentDir, dataDir: kiosk.paths.dataDir };
      const r = applyReview(src, lang, parsed.strings, { name: reviewer, on: kiosk.clock() });
      if (!r.ok) {
        console.error(
          `Nothing was imported; ${r.problems.length} problem(s):\n${formatTranslationProblems(r.problems)}`,
        );
        return 1;
      }
      applyKioskReviews(kiosk);
      console.log(`Imported "${lang}": ${r.reviewed} strings now reviewed by ${reviewer}, ${r.changed} texts changed.`);
      const terms = languageTermProblems(src, lang, Object.keys(parsed.strings));
      if (terms.length)
        console.log(`Terms to check (the termbase's approved rendering is missing):\n${formatTermProblems(terms)}`);
      return 0;
    });
  },
  status: (args) =>
    withKiosk(args, (kiosk) => {
      const src = { contentDir: kiosk.paths.contentDir, dataDir: kiosk.paths.dataDir };
      // A Markdown table (README's status table), one row per language, with what `check` finds.
      console.log('| language | reviewed | machine drafts | outdated | total | problems found by `check` |');
      console.log('| -------- | -------: | -------------: | -------: | ----: | ------------------------: |');
      for (const lang of supportedLocales.filter((l) => l !== 'fr')) {
        const c = countStrings(listStrings(src, lang));
        const problems = checkLanguage(src, lang).length;
        console.log(`| ${lang} | ${c.reviewed} | ${c.machineDraft} | ${c.outdated} | ${c.total} | ${problems} |`);
      }
      return 0;
    }),
  check: (args) =>
    withKiosk(args, (kiosk) => {
      const src = { contentDir: kiosk.paths.contentDir, dataDir: kiosk.paths.dataDir };
      const only = stringFlag(args, 'lang');
      let failed = 0;
      for (const lang of supportedLocales.filter((l) => l !== 'fr' && (!only || l === only))) {
        // --terms: the termbase alone (each approved rendering present where the French holds its term).
        const problems = args.flags.has('terms') ? [] : checkLanguage(src, lang);
        const terms = languageTermProblems(src, lang);
        if (problems.length + terms.length === 0) continue;
        failed++;
        if (problems.length)
          console.log(`${lang}: ${problems.length} problem(s)\n${formatTranslationProblems(problems)}`);
        if (terms.length) console.log(`${lang}: ${terms.length} term(s) missing\n${formatTermProblems(terms)}`);
      }
      if (failed === 0) console.log('Every string passes the checks.');
      return failed === 0 ? 0 : 1;
    }),
  'export-pack': (args) => {
    const out = stringFlag(args, 'out');
    if (!out) return (console.error('Usage: translations export-pack --out <file.zip>'), 2);
    return withKiosk(args, async (kiosk) => {
      const m = await exportReviewedPack(kiosk, resolve(out));
      console.log(`Wrote content ${m.contentVersion} with this kiosk's reviewed translations to ${resolve(out)}.`);
      return 0;
    });
  },
  refresh: (args) => {
    const contentDir = resolve(stringFlag(args, 'content-dir') ?? cliDefaults().contentDir);
    const uiSummary = stringFlag(args, 'ui-summary') ?? join(projectRoot, 'common', 'translation-status.json');
    const changed = refreshStatusFiles({ contentDir }, supportedLocales, resolve(uiSummary));
    console.log(changed.length ? `Rewrote:\n  ${changed.join('\n  ')}` : 'Every status file was already up to date.');
    return 0;
  },
} satisfies Record<string, CliAction['run']>;

const langFlag = { lang: 'string' } as const;
const uiFiles = { 'ui-dir': 'string', 'ui-summary': 'string' } as const;

export const translationsCommand: CliCommand = {
  name: 'translations',
  usage,
  subcommands: {
    export: { flags: { ...kioskFlags, ...langFlag, out: 'string' }, run: run.export },
    import: {
      flags: { ...kioskFlags, ...langFlag, ...uiFiles, reviewer: 'string', 'into-source': 'boolean' },
      words: 1,
      run: run.import,
    },
    status: { flags: kioskFlags, run: run.status },
    check: { flags: { ...kioskFlags, ...langFlag, terms: 'boolean' }, run: run.check },
    'export-pack': { flags: { ...kioskFlags, out: 'string' }, run: run['export-pack'] },
    refresh: { flags: { 'content-dir': 'string', 'ui-summary': 'string' }, run: run.refresh },
  },
};
