import type { CliCommand } from '../command';
import { kioskFlags, withKiosk } from '../command';
import { stringFlag, type ParsedArgs } from '../../args';
import { supportedLocales, isSupportedLocale } from '../../../common/locales';
import { clipCoverage } from '../../services/clip-coverage';
import { clipsExport, clipsImport } from './clip-pack';

const usage = [
  'clips coverage [--lang L] [--missing] [--json]   recorded clips per language, what is still silent',
  'clips export --data DIR --out FILE [--key FILE] [--lang ps,ff]   the voice studio takes as a clip pack',
  'clips import <pack> --data DIR   install a clip pack (signature checked as for content packs)',
];

/** `--data DIR` is the kiosk data folder, as `--data-dir` is for every command. */
function withDataAlias(args: ParsedArgs): ParsedArgs {
  const data = stringFlag(args, 'data');
  if (data === undefined) return args;
  const flags = new Map(args.flags);
  flags.set('data-dir', data);
  return { ...args, flags };
}

function coverage(args: ParsedArgs): number | Promise<number> {
  const lang = stringFlag(args, 'lang');
  if (lang !== undefined && !isSupportedLocale(lang)) {
    console.error(`Unknown language "${lang}". Kiosk languages: ${supportedLocales.join(' ')}.`);
    return 2;
  }
  return withKiosk(args, (kiosk) => {
    const report = clipCoverage(kiosk, lang ? [lang] : supportedLocales);
    if (args.flags.has('json')) {
      console.log(JSON.stringify(report, null, 2));
      return 0;
    }
    for (const r of report) {
      const pct = Math.floor((100 * r.recorded) / Math.max(r.phrases, 1));
      const gaps = r.voice === 'espeak' ? 'synthetic voice for the rest' : 'NO VOICE: the rest is silent';
      console.log(`${r.lang.padEnd(3)} ${String(r.recorded).padStart(5)} / ${r.phrases} clips (${pct} %)  ${gaps}`);
      if (args.flags.has('missing')) for (const key of r.missing) console.log(`      missing ${key}`);
    }
    return 0;
  });
}

/** `--data DIR` is every clips subcommand's alias of --data-dir. */
const clipsFlags = { ...kioskFlags, data: 'string' } as const;

export const clipsCommand: CliCommand = {
  name: 'clips',
  usage,
  subcommands: {
    coverage: {
      flags: { ...clipsFlags, lang: 'string', missing: 'boolean', json: 'boolean' },
      run: (args) => coverage(withDataAlias(args)),
    },
    export: {
      flags: { ...clipsFlags, out: 'string', key: 'string', lang: 'string' },
      run: (args) => clipsExport(withDataAlias(args)),
    },
    import: { flags: clipsFlags, words: 1, run: (args) => clipsImport(withDataAlias(args)) },
  },
};
