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
  /** Review status of each locale's translation: for staff screens, never shown to visitors. */
  getTranslationStatus: { input: z.object({}).strict() },
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
  /** Speech rate (1 = normal) and volume (0..1) each visit starts with and returns to. */
  speechRate: number;
  volume: number;
}

export interface TranslationStatusView {
  status: 'source' | 'machine-draft' | 'reviewed';
  note?: string;
  reviewedBy: string | null;
}

/** What each call returns (produced by main, so typed rather than validated). */
export interface CallOutputs {
  getKioskConfig: KioskConfigView;
  listThemes: ThemeView[];
  listClips: string[];
  getTranslationStatus: Record<string, TranslationStatusView>;
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
