import type { CliCommand } from '../command';
import { withKiosk } from '../command';
import { stringFlag } from '../../args';
import { supportedLocales } from '../../../common/locales';
import { clipCoverage } from '../../services/clip-coverage';

export const clipsCommand: CliCommand = {
  name: 'clips',
  usage: 'clips coverage [--lang L] [--missing] [--json]   recorded clips per language, what is still silent',
  booleanFlags: ['json', 'missing'],
  run: (args) => {
    if (args.positional[0] !== 'coverage') {
      console.error('Usage: clips coverage [--lang L] [--missing] [--json]');
      return 2;
    }
    const lang = stringFlag(args, 'lang');
    if (lang !== undefined && !(supportedLocales as readonly string[]).includes(lang)) {
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
  },
};
