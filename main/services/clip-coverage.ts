import { espeakVoiceFor } from '../../common/speech/espeak-engine';
import { supportedLocales } from '../../common/locales';
import { uiLocaleFiles } from '../texts/ui-locales';
import { flatStrings } from '../../common/flat-strings';
import { listClipKeys } from './clips';
import { contentPhrases } from './procedures';
import type { Kiosk } from './kiosk';

export interface ClipCoverage {
  lang: string;
  /** Whether a synthetic voice covers what no clip says; without one, a missing clip is silence. */
  voice: 'espeak' | 'none';
  phrases: number;
  recorded: number;
  missing: string[];
}

/** Every dotted key of the French UI strings: the phrases a visitor can hear besides content phrases. */
export function uiKeys(): string[] {
  // Staff screens are not voiced for visitors: their strings need no clip. The French strings are bundled (an
  // installed app has no renderer/locales to read).
  return flatStrings(uiLocaleFiles.fr)
    .map(([key]) => key)
    .filter((k) => !k.startsWith('staff.'));
}

/** The phrases a visitor can hear in `lang`: UI strings (`ui`) and the content's phrases in that language. */
export function audiblePhraseKeys(kiosk: Kiosk, lang: string, ui: readonly string[] = uiKeys()): string[] {
  return [...new Set([...ui, ...contentPhrases(kiosk, lang).map((p) => p.key)])].sort();
}

/**
 * For each language: how many of the phrases a visitor can hear (UI strings and the content's phrases in that
 * language) have a recorded or shipped clip, which are missing, and whether a synthetic voice fills the gaps.
 * One recording session's pack can be checked against it before IT pushes it to the fleet.
 */
export function clipCoverage(kiosk: Kiosk, langs: readonly string[] = supportedLocales): ClipCoverage[] {
  const ui = uiKeys();
  return langs.map((lang) => {
    const wanted = audiblePhraseKeys(kiosk, lang, ui);
    const clips = new Set(listClipKeys(kiosk.paths, lang));
    const missing = wanted.filter((k) => !clips.has(k));
    return {
      lang,
      voice: espeakVoiceFor(lang) ? 'espeak' : 'none',
      phrases: wanted.length,
      recorded: wanted.length - missing.length,
      missing,
    };
  });
}
