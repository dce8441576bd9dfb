import { z } from 'zod';
import {
  clipKey,
  lang,
  localPlaceIdPattern,
  packName,
  paperFormat,
  procedureId,
  statId,
  structureId,
  type PaperFormat,
} from '../ids';
import { localPlaceInput, type LocalPlaceView } from './local-place-contract';
import { newPinPattern, pinPattern } from '../pin';
import { localeSchema } from '../locale-schema';

// This file is part of the renderer's type program too: zod only, no Node service import. The services
// check every value again with their own stricter schemas (settingsSchema, clip names, stat ids).

/**
 * One anonymous counter +1: the one schema of a counted event, checked once, by dispatch() (a fixed kind, and
 * an id of a fixed shape: never free text). The handler then counts only ids of the installed content.
 */
export const countEventInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), id: z.literal('start') }).strict(),
  z.object({ kind: z.literal('language'), id: localeSchema }).strict(),
  z.object({ kind: z.enum(['theme', 'procedure', 'checklist', 'structure']), id: statId }).strict(),
]);

export interface StatRowView {
  day: string;
  kind: 'session' | 'language' | 'theme' | 'procedure' | 'checklist' | 'structure';
  item: string;
  count: number;
}
export interface ProblemView {
  file: string;
  field: string;
  message: string;
}
export interface SettingsView {
  territory?: string;
  position?: { lat: number; lon: number };
  languages: string[];
  idleTimeoutSeconds: number;
  speechRate: number;
  volume: number;
  printerName: string | null;
  paperFormat: PaperFormat;
  hideCursor: boolean;
}

/**
 * Staff calls. Every one but staffStatus/staffEnter needs the token a correct PIN gave (kept in main's
 * memory, expiring), and the browser host answers them only from loopback (main/host/server.ts).
 */
const token = z.string().min(20).max(100);
const pin = z.string().regex(pinPattern, 'a PIN is 4 to 8 digits');
/** A new PIN: at least 6 digits (older 4- and 5-digit PINs still open staff mode until changed). */
const newPin = z.string().regex(newPinPattern, 'a new PIN is 6 to 8 digits');
const day = z.iso.date();
const hours = z.string().max(500);

/**
 * The reasons staff may give for a temporary closure: a fixed list, each a phrase of
 * data/translations/places/<lang>.json translated in every locale, so no untranslated free text reaches visitors.
 */
export const staffClosureReasons = [
  'closure.temporary',
  'closure.works',
  'closure.weather',
  'closure.staff',
  'closure.strike',
  'closure.outage',
  'closure.holidays',
] as const;
export type StaffClosureReason = (typeof staffClosureReasons)[number];
const closure = z
  .object({ from: day, until: day.nullable(), reason: z.enum(staffClosureReasons) })
  .strict()
  .refine((c) => c.until === null || c.until >= c.from, { message: 'until is before from', path: ['until'] });

const staff = <T extends z.ZodRawShape>(shape: T) => z.object({ token, ...shape }).strict();

export const staffContract = {
  staffStatus: { input: z.object({}).strict() },
  staffEnter: { input: z.object({ pin }).strict() },
  staffLeave: { input: staff({}) },
  staffChangePin: { input: staff({ current: pin, next: newPin }) },
  staffStats: { input: staff({ from: day, to: day }) },
  staffGetSettings: { input: staff({}) },
  /** The values are checked by settingsSchema in the handler so that each refusal names its field. */
  staffSaveSettings: { input: staff({ patch: z.record(z.string().max(40), z.unknown()) }) },
  staffListPacks: { input: staff({}) },
  staffExportPack: { input: staff({}) },
  staffValidatePack: { input: staff({ name: packName }) },
  /** allowDowngrade: staff confirmed importing content older than the installed one. */
  staffImportPack: { input: staff({ name: packName, allowDowngrade: z.boolean().optional() }) },
  staffRestoreBackup: { input: staff({}) },
  /** A recorded clip, as a base64 WAV (the host allows this call a larger body). */
  staffSaveClip: { input: staff({ lang, key: clipKey, wavBase64: z.string().max(3_000_000) }) },
  staffListStructures: { input: staff({}) },
  /** Live validation and the next 14 days of an hours string, in the territory's zone. */
  staffPreviewHours: { input: staff({ structureId, hours }) },
  /** null: hours unknown (the visitor sees "to be verified"). */
  staffSaveHours: { input: staff({ structureId, hours: hours.min(1).nullable() }) },
  /** null clears the closure. */
  staffSetClosure: { input: staff({ structureId, closure: closure.nullable() }) },
  staffListHoursChanges: { input: staff({ structureId: structureId.optional() }) },
  staffUndoHoursChange: { input: staff({ changeId: z.number().int().positive() }) },
  /** One sheet per language (each French beside that language), printed one after the other. */
  staffPrintChecklist: {
    input: staff({ id: procedureId, langs: z.array(lang).min(1).max(4), format: paperFormat }),
  },
  /** Content phrases (procedures, places) in a language, for the voice studio to record. */
  staffListContentPhrases: { input: staff({ lang }) },
  /** Per language: phrases heard as clips, by a voice, through the bridge language, or not at all. */
  staffSpeechCoverage: { input: staff({}) },
  /** What the last start repaired (a damaged database or state.json kept aside), in a sentence for staff. */
  staffNotices: { input: staff({}) },
  /** Staff confirm the content's hours ('content') or a national row's (its id, e.g. "fs-555"). */
  staffConfirmHours: {
    input: staff({ structureId, version: z.union([z.literal('content'), z.string().regex(/^fs-\d+$/)]) }),
  },
  /** The machine's print queues (CUPS), for staff to choose the printer from. */
  staffListPrinters: { input: staff({}) },
  /** A French sheet on a queue (null: the system default), to check a printer before or after saving it. */
  staffPrintTestPage: {
    input: staff({ printerName: z.string().min(1).max(200).nullable(), format: paperFormat }),
  },
  /** The places staff added (here or carried by a pack) and the appointment notes the form offers. */
  staffListLocalPlaces: { input: staff({}) },
  /** Adds or edits a place; logged in the hours-change log (field 'place') and undone from there. */
  staffSaveLocalPlace: { input: staff({ place: localPlaceInput }) },
  /** Removes a place added on this kiosk; logged like an edit, so undo brings it back. */
  staffRemoveLocalPlace: { input: staff({ id: z.string().regex(localPlaceIdPattern) }) },
} as const;

export interface StaffStructureView {
  id: string;
  name: string;
  commune: string | null;
  hours: string | null;
  hoursSeedText: string | null;
  /** The date of the information (the source's own date, else the last verification), for staff checking it. */
  informationDate: string | null;
  temporaryClosure: { from: string; until: string | null; reason: string } | null;
  /** Fields staff changed that differ from the content (kept across content re-installs). */
  edited: ('hours' | 'closure')[];
  /** Its rows in the national list of France Services and where they differ (name, phone, each weekday). */
  national: {
    id: string;
    name: string;
    hours: string | null;
    source: string;
    differences: { field: string; content: string; national: string }[];
  }[];
  /** False while the hours differ and staff have not confirmed a version. */
  hoursConfirmed: boolean;
  confirmedOn: string | null;
}
export type HoursPreviewView =
  | { ok: true; timezone: string; days: { date: string; slots: { from: string; to: string }[] }[] }
  | { ok: false; message: string; position: number | null };
export interface HoursChangeView {
  id: number;
  at: string;
  structureId: string;
  structureName: string;
  field: 'hours' | 'closure' | 'place';
  before: string | null;
  after: string | null;
  undoOf: number | null;
  undoneBy: number | null;
  note: 'content-changed' | 'structure-removed' | null;
}
export type HoursChangeResult = { ok: true; change: HoursChangeView } | { ok: false; message: string };
export type StaffPrintView = {
  results: { lang: string; ok: boolean; reason?: 'no-printer' | 'out-of-paper' | 'paper-jam' | 'printer-error' }[];
};

export type EnterView =
  | { ok: true; token: string; idleSeconds: number }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number }
  | { ok: false; reason: 'wrong'; attemptsLeft: number };

export type SaveSettingsView =
  { ok: true; settings: SettingsView } | { ok: false; problems: { field: string; message: string }[] };
/** signedBy: the signing key's one-line form, or null for an unsigned pack (staff see "unsigned"). */
export type PackResultView =
  | { ok: true; contentVersion: string; signedBy: string | null }
  | { ok: false; problems: ProblemView[]; downgrade?: { installed: string; pack: string } };

export interface PacksView {
  files: { name: string; bytes: number }[];
  contentVersion: string;
  current: string;
  backup: string | null;
}

export type ConfirmHoursResult = { ok: true; confirmedOn: string } | { ok: false; message: string };
/** How a language's phrases reach visitors; `missing` (no clip) lists the most heard first. */
export interface SpeechCoverageView {
  lang: string;
  bridge: string | null;
  phrases: number;
  clips: number;
  voice: number;
  bridged: number;
  silent: number;
  missing: string[];
  /** Of those, the ones nothing says: no voice and no bridge text. */
  unheard: string[];
}

export interface StaffOutputs {
  staffStatus: { pinSet: boolean; lockedSeconds: number };
  staffEnter: EnterView;
  staffLeave: null;
  staffChangePin: { ok: true } | Exclude<EnterView, { ok: true }>;
  staffStats: StatRowView[];
  staffGetSettings: {
    settings: SettingsView;
    territories: { id: string; name: string }[];
    locales: string[];
    /** Each voiceless language's bridge in force (defaults and settings together), null where off. */
    bridges: Partial<Record<string, string | null>>;
  };
  staffSaveSettings: SaveSettingsView;
  staffListPacks: PacksView;
  staffExportPack: { name: string; contentVersion: string };
  staffValidatePack: PackResultView;
  staffImportPack: PackResultView;
  staffRestoreBackup: { contentVersion: string };
  staffSaveClip: null;
  staffListStructures: { territory: string; timezone: string; structures: StaffStructureView[] };
  staffPreviewHours: HoursPreviewView;
  staffSaveHours: HoursChangeResult;
  staffSetClosure: HoursChangeResult;
  staffListHoursChanges: HoursChangeView[];
  staffUndoHoursChange: HoursChangeResult;
  staffConfirmHours: ConfirmHoursResult;
  staffPrintChecklist: StaffPrintView;
  staffListContentPhrases: { key: string; text: string }[];
  staffSpeechCoverage: SpeechCoverageView[];
  staffNotices: { notices: { kind: 'database' | 'content-state' | 'settings'; keptAs: string; message: string }[] };
  staffListPrinters: PrinterQueuesView;
  staffListLocalPlaces: {
    territory: string;
    places: LocalPlaceView[];
    appointmentNotes: { id: string; text: string }[];
  };
  staffSaveLocalPlace: { ok: true; id: string; change: HoursChangeView } | { ok: false; message: string };
  staffRemoveLocalPlace: HoursChangeResult;
  staffPrintTestPage:
    | { ok: true }
    | { ok: false; reason: 'no-printer' | 'out-of-paper' | 'paper-jam' | 'printer-error'; message: string };
}

/** available: false when this host cannot list queues (no CUPS; Windows names its printer in the field). */
export interface PrinterQueuesView {
  available: boolean;
  queues: string[];
  defaultQueue: string | null;
}
