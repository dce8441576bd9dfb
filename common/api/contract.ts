import { z } from 'zod';
import { callNames, type CallName } from './call-names';
import { countEventInput, staffContract, type StaffOutputs } from './staff-contract';
import { lang, paperFormat, procedureId, structureId, themeId } from '../ids';
import { translationContract, type TranslationOutputs } from './translation-contract';

/**
 * THE list of every call the renderer may make to main. The preload bridge (Electron) and the browser
 * host (HTTP) both implement exactly these calls, and both validate each input with the schema below
 * before any service sees it. Adding a call means adding it here, then to `handlers.ts`.
 */
export const contract = {
  getKioskConfig: { input: z.object({}).strict() },
  listThemes: { input: z.object({}).strict() },
  /**
   * Keys that have a recorded clip in each of these languages (played from /clips/<lang>/<key>.wav): the start
   * screen asks for all its languages in one call.
   */
  listClips: { input: z.object({ langs: z.array(lang).min(1).max(64) }).strict() },
  /**
   * These themes' procedures, titled in the visitor's language and in French, by theme (an unknown theme has
   * none): a visit asks once for every theme, so a tap on a theme opens it without a call.
   */
  listProcedures: { input: z.object({ themeIds: z.array(themeId).min(1).max(64), lang }).strict() },
  getProcedure: { input: z.object({ id: procedureId, lang }).strict() },
  /**
   * Several procedures, each as getProcedure gives it, by id (one unknown here is left out): a theme screen asks for
   * its procedures once it is painted, so a tap on one opens it without a call.
   */
  getProcedures: { input: z.object({ ids: z.array(procedureId).min(1).max(64), lang }).strict() },
  /** The data of a printed sheet: the procedure plus QR code, date printed and content version. */
  getPrintableChecklist: { input: z.object({ id: procedureId, lang }).strict() },
  /** Prints the checklist on the kiosk's printer; a failure is an answer ({ ok: false, reason }), not an error. */
  printChecklist: {
    input: z.object({ id: procedureId, lang, format: paperFormat.optional() }).strict(),
  },
  /** One anonymous counter +1 (kind and id from fixed patterns; see services/staff/stats.ts). */
  countEvent: { input: countEventInput },
  ...staffContract,
  /** Structures of the configured territory for a procedure or theme, open first then nearest. */
  listPlaces: {
    input: z.object({ lang, procedureId: procedureId.optional(), themeId: themeId.optional() }).strict(),
  },
  getPlace: {
    input: z.object({ id: structureId, lang }).strict(),
  },
  /** The configured territory's outline and pins, projected offline (SVG path in pixel space). */
  getTerritoryMap: { input: z.object({}).strict() },
  /** Review status of each locale's translation: for staff screens, and the visitor's machine-draft notice. */
  getTranslationStatus: { input: z.object({}).strict() },
  /** The content's phrases in a language (key → text): what a bridge language says for a voiceless one. */
  listContentPhrases: { input: z.object({ lang }).strict() },
  ...translationContract,
} as const satisfies Record<CallName, { input: z.ZodType }>;

// Compile-time guard: the contract has no call that call-names.ts lacks.
const noExtraCall: [Exclude<keyof typeof contract, CallName>] extends [never] ? true : never = true;
void noExtraCall;

export { callNames, type CallName };
export type * from './staff-contract';
export type * from './translation-contract';
export type CallInput<K extends CallName> = z.infer<(typeof contract)[K]['input']>;

export interface ThemeView {
  id: string;
  pictogram: string;
}

export interface KioskConfigView {
  contentVersion: string;
  territory: string;
  /** The territory's IANA zone: the kiosk's days (counters, hours) are counted in it. */
  timezone: string;
  languages: string[];
  idleTimeoutSeconds: number;
  /** Speech rate (1 = normal) and volume (0..1) each visit starts with and returns to. */
  speechRate: number;
  volume: number;
  /** Stand-in voices IT chose for languages with no voice of their own, e.g. { ps: 'fa' }; empty when none. */
  fallbackVoices: Partial<Record<string, string>>;
  /** The language each voiceless language's phrases are said in when no clip exists, e.g. { ps: 'fa' }. */
  bridgeLanguages: Partial<Record<string, string>>;
  /** A first touch on a control speaks and highlights it; a second touch on it acts. */
  exploreFirst: boolean;
}

export interface TranslationStatusView {
  status: 'source' | 'machine-draft' | 'reviewed';
  note?: string;
  reviewedBy: string | null;
}

export interface SourceView {
  seed?: string | undefined;
  section?: string | undefined;
  official?: string | undefined;
  url?: string | undefined;
  date?: string | undefined;
}

/** A content phrase in the visitor's language beside its French source. `lang` says what `text` is in. */
export interface Bilingual {
  key: string;
  text: string;
  lang: string;
  fr: string;
}

export interface ProcedureCard {
  id: string;
  pictogram: string;
  title: Bilingual;
}

export interface ProcedureDetail extends ProcedureCard {
  themes: string[];
  sentences: { id: string; pictogram: string; text: Bilingual; source: SourceView }[];
  checklist: {
    id: string;
    pictogram: string;
    need: 'required' | 'one-of' | 'if-available';
    group: string | null;
    label: Bilingual;
    note: Bilingual | null;
    source: SourceView;
  }[];
  /**
   * True only when a source says no document is needed (and the checklist is empty). An empty checklist
   * without it means nobody listed the documents: the screens say to ask at the desk.
   */
  nothingRequired: boolean;
  notRequired: { id: string; pictogram: string; text: Bilingual; source: SourceView }[];
  numbers: {
    id: string;
    pictogram: string;
    kind: 'phone' | 'email' | 'web';
    value: string;
    label: Bilingual;
    /** Where the number comes from (e.g. service-public.fr, fiche F33954) and its date. */
    source: SourceView;
  }[];
  /** Null when the procedure's page belongs to another territory (left out whole, name included). */
  officialPage: { name: string; url: string | null; toBeVerified: boolean } | null;
  source: SourceView;
  /** Each document the shown facts come from, once, with its date (ISO day, year or span; null: undated). */
  sources: { source: string; date: string | null }[];
}

export interface PrintableChecklist extends ProcedureDetail {
  contentVersion: string;
  /** ISO date-time from the kiosk clock. */
  printedAt: string;
  /** SVG of the QR code pointing at the official page; null when the content names no exact address. */
  qrSvg: string | null;
  /**
   * "Where to go": the configured territory's structures whose `procedures` name this one, as printed lines
   * (services/printed-places.ts).
   */
  places: PrintedPlace[];
}

export interface PrintedPlace {
  name: string;
  address: string;
  /** The coming week's open days (date YYYY-MM-DD, slots "08:00-12:00 14:00-16:00"); the sheet names each day. */
  days: { date: string; slots: string }[];
  phone: string | null;
  /** False while the content's hours and the national list disagree: the sheet says to call first. */
  hoursConfirmed: boolean;
}

export type PrintOutcome = { ok: true } | { ok: false; reason: PrintFailureReason; message: string };
/** Why a sheet did not come out; each has its pictogram, words and speech on the checklist screen. */
export type PrintFailureReason = 'no-printer' | 'out-of-paper' | 'paper-jam' | 'printer-error';
/** 'mobile': an itinerant service, never "open now" (call before going). */
export type PlaceState = 'open' | 'closed' | 'unknown' | 'temporarily-closed' | 'mobile';

export interface WeekDayView {
  /** Local date, e.g. 2026-12-08; the renderer names the day with Intl in the visitor's language. */
  date: string;
  today: boolean;
  slots: { from: string; to: string }[];
  /** Ranges open some weeks only (an `unknown` range of the hours): shown as "not every week", never "open". */
  sometimes: { from: string; to: string }[];
  /** For a service moving between places, the commune the national list's comment names for that day. */
  site: string | null;
}

export interface PlaceView {
  id: string;
  name: string;
  category: string;
  commune: string | null;
  address: string | null;
  addressComplement: string | null;
  postcode: string | null;
  phones: string[];
  email: string | null;
  mobile: boolean;
  hours: string | null;
  state: PlaceState;
  /** ISO 8601 with the territory's offset. */
  closesAt: string | null;
  opensAt: string | null;
  timezone: string;
  temporaryClosure: { from: string; until: string | null; reason: string } | null;
  appointmentNote: string | null;
  notes: string[];
  toBeVerified: string[];
  /**
   * The date of the information: the source's own date, else the last verification, else the seed document's
   * date (an ISO day, a year or a span).
   */
  informationDate: string | null;
  position: { lat: number; lon: number; precision: 'exact' | 'commune' } | null;
  distanceKm: number | null;
  week: WeekDayView[];
  /** False while the content's hours and the national list disagree and staff have not confirmed them. */
  hoursConfirmed: boolean;
  /** The national list's free comment, in French as published, and the list's date. */
  sourceNote: { text: string; date: string } | null;
  /** A place staff added: its facts come from the staff of that place, as of this day (the last edit). */
  addedByStaff: { date: string } | null;
}

export interface TerritoryMap {
  width: number;
  height: number;
  /** SVG path of the land, in the map's pixel space. */
  outline: string;
  pins: { id: string; x: number; y: number; precision: 'exact' | 'commune' }[];
  here: { x: number; y: number };
  source: string;
}

/** What each call returns (produced by main, so typed rather than validated). */
export interface CallOutputs extends StaffOutputs, TranslationOutputs {
  getKioskConfig: KioskConfigView;
  listThemes: ThemeView[];
  /** By language asked; a language that is not a locale has none. */
  listClips: Record<string, string[]>;
  listProcedures: Record<string, ProcedureCard[]>;
  getProcedure: ProcedureDetail;
  getProcedures: Record<string, ProcedureDetail>;
  getPrintableChecklist: PrintableChecklist;
  printChecklist: PrintOutcome;
  countEvent: null;
  listPlaces: PlaceView[];
  getPlace: PlaceView | null;
  getTerritoryMap: TerritoryMap;
  getTranslationStatus: Record<string, TranslationStatusView>;
  listContentPhrases: Record<string, string>;
}

export type CallOutput<K extends CallName> = CallOutputs[K];

/** The error shape both hosts send back; `code` lets the renderer pick a translated message. */
export interface CallError {
  /**
   * denied: a staff call without a live staff session, or not from this machine. disk-full: the disk holding the
   * kiosk's data is full, nothing was changed. busy: another Repère process is changing the content.
   */
  code: 'bad-call' | 'bad-input' | 'denied' | 'failed' | 'disk-full' | 'busy';
  message: string;
}

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
