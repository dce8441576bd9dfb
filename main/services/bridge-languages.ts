import { z } from 'zod';
import { supportedLocales } from '../../common/locales';
import { localeSchema } from '../../common/locale-schema';
import { defaultBridgeLanguages } from '../../common/speech/defaults';
import { espeakVoiceFor } from '../../common/speech/espeak-engine';

// A language no synthetic voice speaks is never left silent: a phrase with no recorded clip is said in a bridge
// language its speakers are likely to understand, with that language's own text and voice (issue 26). Its
// defaults (ps → fa, ff → fr) are in common/: the renderer's build says the start screen's phrases through them.

/**
 * The setting: per language its bridge, `null` for none; the whole setting `null` turns every bridge off.
 * Languages not named keep their default bridge.
 */
export const bridgeLanguagesSchema = z
  .partialRecord(localeSchema, localeSchema.nullable())
  .refine(
    (m) => Object.keys(m).every((lang) => !espeakVoiceFor(lang)),
    'only a language without a voice of its own (ps, ff) can have a bridge language',
  )
  .refine(
    (m) => Object.values(m).every((bridge) => bridge === null || (bridge !== undefined && espeakVoiceFor(bridge))),
    'a bridge language must be a language with a synthetic voice',
  )
  .nullable();

export type BridgeLanguagesSetting = z.infer<typeof bridgeLanguagesSchema>;

/** The bridges in force: the defaults, overridden language by language, none at all when the setting is null. */
export function effectiveBridges(setting: BridgeLanguagesSetting | undefined): Record<string, string> {
  if (setting === null) return {};
  const merged: Record<string, string | null | undefined> = { ...defaultBridgeLanguages, ...setting };
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * Every voiceless language's bridge in force, `null` where it is off: what the staff settings show, and save back
 * whole (a language left out of the setting would fall back to its default bridge).
 */
export function bridgesPerLanguage(setting: BridgeLanguagesSetting | undefined): Record<string, string | null> {
  const bridges = effectiveBridges(setting);
  return Object.fromEntries(
    supportedLocales.filter((lang) => !espeakVoiceFor(lang)).map((lang) => [lang, bridges[lang] ?? null]),
  );
}
