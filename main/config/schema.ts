import { isAbsolute, posix, win32 } from 'node:path';
import { z } from 'zod';
import { pinHashPattern } from '../services/pin';
import { publicKeyFromLine } from '../services/packs/signature';
import { paperFormatSchema, settingsSchema } from '../services/settings';

/**
 * The machine-wide configuration IT writes once per kiosk (or pushes to a fleet). Strict: an unknown key is an
 * error, because a misspelt key ("idleTimeout") silently ignored is exactly the half-working kiosk we refuse.
 * Fields shared with the settings reuse the settings schema, so a config that validates can always be applied.
 */
export const kioskModeSchema = z.enum(['kiosk', 'desk']);
export type KioskMode = z.infer<typeof kioskModeSchema>;

const absolutePath = z
  .string()
  .min(1)
  .max(1000)
  .refine((p) => isAbsolute(p) || posix.isAbsolute(p) || win32.isAbsolute(p), 'must be an absolute path');

export const machineConfigSchema = z
  .object({
    /** Free label naming this machine in logs and support calls, e.g. "mq-fdf-prefecture-1". */
    kioskId: z
      .string()
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
        'letters, digits, . _ - (at most 64), starting with a letter or digit',
      ),
    /** kiosk: full screen, locked; desk: a normal window for a staff desk. */
    mode: kioskModeSchema.default('kiosk'),
    /** Territory id from the content's territories.json (checked against the content at start). */
    territory: z.string().min(1).optional(),
    /** Printer name as the OS knows it; null prints to the system default. */
    printerName: settingsSchema.shape.printerName.optional(),
    paperFormat: paperFormatSchema.optional(),
    /** Staff PIN as produced by `npm run cli -- config hash-pin` (salted scrypt), never the PIN itself. */
    pinHash: z.string().regex(pinHashPattern, 'must be the output of `repere --cli config hash-pin`').optional(),
    /** A content pack to import at start when it is newer than the installed content. */
    contentPack: absolutePath.optional(),
    /**
     * A clip pack (`npm run cli -- clips export`: recorded takes) to import at start when it is newer than the
     * last one imported; signed by one of contentPublicKeys when those are set.
     */
    clipPack: absolutePath.optional(),
    languages: settingsSchema.shape.languages.optional(),
    idleTimeoutSeconds: settingsSchema.shape.idleTimeoutSeconds.optional(),
    hideCursor: settingsSchema.shape.hideCursor.optional(),
    /**
     * Public keys (one line each, as printed by `npm run cli -- keygen`) whose signed packs this kiosk accepts.
     * When set, unsigned packs and packs signed by another key are refused everywhere (CLI, staff, contentPack, clipPack).
     */
    contentPublicKeys: z
      .array(z.string().refine((k) => publicKeyFromLine(k) !== null, 'not an Ed25519 public key from `keygen`'))
      .min(1)
      .max(16)
      .optional(),
    /** e.g. { "ps": "fa" }: Pashto read by the Dari voice where no clip exists (off when absent). */
    fallbackVoices: settingsSchema.shape.fallbackVoices,
    /** e.g. { "ff": null }: Pulaar without its French bridge; null: no bridge at all (default ps → fa, ff → fr). */
    bridgeLanguages: settingsSchema.shape.bridgeLanguages,
    exploreFirst: settingsSchema.shape.exploreFirst,
  })
  .strict();

export type MachineConfig = z.infer<typeof machineConfigSchema>;
