import { z } from 'zod';
import type { Db } from '../db/open';
import { localeSchema, supportedLocales } from '../../common/locales';
import { paperFormat } from '../../common/ids';
import { espeakVoiceFor } from '../../common/speech/espeak-engine';

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
  speechRate: 0.9,
  volume: 0.8,
  printerName: null,
  paperFormat: 'a4',
  hideCursor: true,
  exploreFirst: true,
};

/** Kiosk settings kept in SQLite; each key validated on the way in and on the way out. */
export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const r of rows) stored[r.key] = JSON.parse(r.value);
  const merged = { ...defaultSettings, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  // A stored value that no longer validates (e.g. a removed locale) falls back to the defaults.
  return parsed.success ? parsed.data : defaultSettings;
}

export function writeSettings(db: Db, patch: Partial<Settings>): Settings {
  const next = settingsSchema.parse({ ...readSettings(db), ...patch });
  const put = db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) put.run(key, JSON.stringify(value));
  })();
  return next;
}
