import { z } from 'zod';
import { callNames, type CallName } from './call-names';

/**
 * THE list of every call the renderer may make to main. The preload bridge (Electron) and the browser
 * host (HTTP) both implement exactly these calls, and both validate each input with the schema below
 * before any service sees it. Adding a call means adding it here, then to `handlers.ts`.
 */
export const contract = {
  getKioskConfig: { input: z.object({}).strict() },
  listThemes: { input: z.object({}).strict() },
  /** Keys that have a recorded clip in this language (played from /clips/<lang>/<key>.wav). */
  listClips: { input: z.object({ lang: z.string().regex(/^[a-z]{2,3}$/) }).strict() },
  /** Structures of the configured territory for a procedure or theme, open first then nearest. */
  listPlaces: {
    input: z
      .object({
        lang: z.string().regex(/^[a-z]{2,3}$/),
        procedureId: z
          .string()
          .regex(/^[a-z][a-z-]*$/)
          .optional(),
        themeId: z
          .string()
          .regex(/^[a-z][a-z-]*$/)
          .optional(),
      })
      .strict(),
  },
  getPlace: {
    input: z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), lang: z.string().regex(/^[a-z]{2,3}$/) }).strict(),
  },
  /** The configured territory's outline and pins, projected offline (SVG path in pixel space). */
  getTerritoryMap: { input: z.object({}).strict() },
} as const satisfies Record<CallName, { input: z.ZodType }>;

// Compile-time guard: the contract has no call that call-names.ts lacks.
const noExtraCall: [Exclude<keyof typeof contract, CallName>] extends [never] ? true : never = true;
void noExtraCall;

export { callNames, type CallName };
export type CallInput<K extends CallName> = z.infer<(typeof contract)[K]['input']>;

export interface ThemeView {
  id: string;
  pictogram: string;
}

export interface KioskConfigView {
  contentVersion: string;
  territory: string;
  languages: string[];
  idleTimeoutSeconds: number;
}

export type PlaceState = 'open' | 'closed' | 'unknown' | 'temporarily-closed';

export interface WeekDayView {
  /** Local date, e.g. 2026-12-08; the renderer names the day with Intl in the visitor's language. */
  date: string;
  today: boolean;
  slots: { from: string; to: string }[];
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
  position: { lat: number; lon: number; precision: 'exact' | 'commune' } | null;
  distanceKm: number | null;
  week: WeekDayView[];
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
export interface CallOutputs {
  getKioskConfig: KioskConfigView;
  listThemes: ThemeView[];
  listClips: string[];
  listPlaces: PlaceView[];
  getPlace: PlaceView | null;
  getTerritoryMap: TerritoryMap;
}

export type CallOutput<K extends CallName> = CallOutputs[K];

/** The error shape both hosts send back; `code` lets the renderer pick a translated message. */
export interface CallError {
  code: 'bad-call' | 'bad-input' | 'failed';
  message: string;
}

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
