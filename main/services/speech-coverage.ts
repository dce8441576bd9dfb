import { flatStrings } from '../../common/flat-strings';
import { supportedLocales } from '../../common/locales';
import { espeakVoiceFor } from '../../common/speech/espeak-engine';
import { uiLocaleFiles } from '../texts/ui-locales';
import { effectiveBridges } from './bridge-languages';
import { audiblePhraseKeys, uiKeys } from './clip-coverage';
import { listClipKeys } from './clips';
import type { Kiosk } from './kiosk';
import { contentPhrases } from './procedures';
import { readSettings } from './settings';
import { statsBetween, totalsByKind } from './staff/stats';
import type { SpeechCoverageView } from '../../common/api/staff-contract';

/**
 * How a language's phrases reach a visitor: recorded clips, its own synthetic voice, its bridge, or not at all. The
 * contract's view, as this service computes it (one shape, not a copy beside it).
 */
export type SpeechCoverage = SpeechCoverageView;

/** The UI strings a language has (bundled: an installed app has no renderer/locales to read). */
function uiTextKeys(lang: string): Set<string> {
  return new Set(flatStrings(uiLocaleFiles[lang]).flatMap(([key, text]) => (text.trim() !== '' ? [key] : [])));
}

/**
 * How often a phrase is heard, as far as the anonymous counters tell: a visit's own strings by the visits in
 * that language, a theme's name by its opens, a procedure's phrases by its opens, the places' by place opens.
 */
function heardWeights(kiosk: Kiosk, lang: string): (key: string) => number {
  const totals = totalsByKind(statsBetween(kiosk.db, '2000-01-01', '2999-12-31'));
  const count = (kind: keyof typeof totals, item?: string) =>
    totals[kind].filter((t) => item === undefined || t.item === item).reduce((sum, t) => sum + t.count, 0);
  const visits = count('language', lang);
  const procedures = count('procedure');
  const places = count('structure');
  return (key) => {
    const [head = '', rest = ''] = key.split(/\.(.*)/s);
    if (head === 'theme') return count('theme', rest);
    if (['procedure', 'checklist', 'print', 'printer'].includes(head)) return procedures;
    if (['places', 'truth', 'reliability', 'days'].includes(head)) return places;
    if (uiTopics.has(head)) return visits;
    if (/^(note|closure)$/.test(head)) return places;
    return count('procedure', head);
  };
}
const uiTopics = new Set(['app', 'start', 'nav', 'themes', 'errors', 'attract', 'speech', 'idle', 'about', 'a11y']);

/** Per language: how many of the phrases a visitor can hear are heard as clips, by a voice, bridged or not at all. */
export function speechCoverage(kiosk: Kiosk, langs: readonly string[] = supportedLocales): SpeechCoverage[] {
  const ui = uiKeys();
  const bridges = effectiveBridges(readSettings(kiosk.db).bridgeLanguages);
  return langs.map((lang) => {
    const wanted = audiblePhraseKeys(kiosk, lang, ui);
    const clips = new Set(listClipKeys(kiosk.paths, lang));
    const hasVoice = espeakVoiceFor(lang) !== null;
    const bridge = hasVoice ? null : (bridges[lang] ?? null);
    const bridgeTexts = bridge
      ? new Set([...uiTextKeys(bridge), ...contentPhrases(kiosk, bridge).map((p) => p.key)])
      : new Set<string>();
    const weight = heardWeights(kiosk, lang);
    const missing = wanted
      .filter((k) => !clips.has(k))
      .map((key) => ({ key, heard: weight(key) }))
      .sort((a, b) => b.heard - a.heard || (a.key < b.key ? -1 : 1))
      .map((m) => m.key);
    const unheard = hasVoice ? [] : missing.filter((k) => !bridgeTexts.has(k));
    const bridged = missing.length - unheard.length;
    return {
      lang,
      bridge,
      phrases: wanted.length,
      clips: wanted.length - missing.length,
      voice: hasVoice ? missing.length : 0,
      bridged: hasVoice ? 0 : bridged,
      silent: unheard.length,
      missing,
      unheard,
    };
  });
}
