import { z } from 'zod';
import type { Db } from '../db/open';
import type { StartupNotice } from '../db/recover';
import { supportedLocales } from '../../common/locales';
import { localeSchema } from '../../common/locale-schema';
import { paperFormat } from '../../common/ids';
import { espeakVoiceFor } from '../../common/speech/espeak-engine';
import { defaultSpeechRate } from '../../common/speech/defaults';
import { bridgeLanguagesSchema } from './bridge-languages';

/**
 * For a language no synthetic voice speaks (ps, ff), the language whose voice reads it instead when no recorded
 * clip exists, e.g. Dari (fa) for Pashto. Off by default; the visitor is told it is a stand-in voice.
 */
export const fallbackVoicesSchema = z
  .partialRecord(localeSchema, localeSchema)
  .refine(
    (m) => Object.keys(m).every((lang) => !espeakVoiceFor(lang)),
    'only a language without a voice of its own (ps, ff) can have a fallback voice',
  )
  .refine(
    (m) => Object.values(m).every((voice) => voice !== undefined && espeakVoiceFor(voice)),
    'a fallback voice must be a language with a synthetic voice',
  );

export const paperFormatSchema = paperFormat;

export const settingsSchema = z
  .object({
    /** Territory id from data/territories.json; absent means the content's default territory. */
    territory: z.string().min(1).optional(),
    /** The kiosk's own position, for distances and "you are here" on the map. */
    position: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .strict()
      .optional(),
    /** Languages shown on the start screen, in this order. */
    languages: z
      .array(localeSchema)
      .min(1, 'at least one language')
      .refine((l) => new Set(l).size === l.length, 'each language once'),
    idleTimeoutSeconds: z.number().int().min(30).max(600),
    /** Speech rate, 1 = normal; a little slower by default. */
    speechRate: z.number().min(0.5).max(1.5),
    /** Default volume 0..1, restored after each visitor. */
    volume: z.number().min(0).max(1),
    /** Printer name as the OS knows it; null prints to the system default. */
    printerName: z.string().min(1).max(200).nullable(),
    paperFormat: paperFormatSchema,
    /** Hide the mouse cursor on touch kiosks. */
    hideCursor: z.boolean(),
    fallbackVoices: fallbackVoicesSchema.optional(),
    /** e.g. { "ps": "fa" }: bridges/defaults in bridge-languages.ts; null turns every bridge off. */
    bridgeLanguages: bridgeLanguagesSchema.optional(),
    /**
     * Explore, then act: a first touch on a control only speaks and highlights it, a second touch acts. On by
     * default (README "Explore, then act"); IT may turn it off in the machine configuration.
     */
    exploreFirst: z.boolean().optional(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  languages: [...supportedLocales],
  idleTimeoutSeconds: 90,
  speechRate: defaultSpeechRate,
  volume: 0.8,
  printerName: null,
  paperFormat: 'a4',
  hideCursor: true,
  exploreFirst: true,
};

/** A saved setting that no longer validates (e.g. a removed locale): its default is used, staff are told. */
export interface SettingsProblem {
  field: string;
  message: string;
}

type SettingKey = keyof typeof settingsSchema.shape;
const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(settingsSchema.shape, key);

/**
 * Kiosk settings kept in SQLite, one row per key, each validated alone: a bad one falls back to its default and
 * is reported, the good ones are kept (one wrong value never costs the territory, the printer or the timeout).
 */
export function readSettingsChecked(db: Db): { settings: Settings; problems: SettingsProblem[] } {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const settings: Record<string, unknown> = { ...defaultSettings };
  const problems: SettingsProblem[] = [];
  for (const { key, value } of rows) {
    if (!isSettingKey(key)) {
      problems.push({ field: key, message: 'not a setting of this version' });
      continue;
    }
    let stored: unknown;
    try {
      stored = JSON.parse(value);
    } catch {
      problems.push({ field: key, message: 'not valid JSON' });
      continue;
    }
    const parsed = settingsSchema.shape[key].safeParse(stored);
    if (parsed.success) settings[key] = parsed.data;
    else problems.push({ field: key, message: parsed.error.issues.map((i) => i.message).join('; ') });
  }
  return { settings: settingsSchema.parse(settings), problems };
}

export function readSettings(db: Db): Settings {
  return readSettingsChecked(db).settings;
}

/** The saved settings that were set aside, as notices staff see beside the start-up repairs. */
export function settingsNotices(db: Db): StartupNotice[] {
  return readSettingsChecked(db).problems.map(({ field, message }) => ({
    kind: 'settings',
    keptAs: `settings.${field}`,
    message: `The saved setting "${field}" is not valid (${message}): the kiosk uses its default until it is saved again.`,
  }));
}

export function writeSettings(db: Db, patch: Partial<Settings>): Settings {
  const next = settingsSchema.parse({ ...readSettings(db), ...patch });
  const put = db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) put.run(key, JSON.stringify(value));
  })();
  return next;
}
