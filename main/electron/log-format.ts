import { renameSync, rmSync } from 'node:fs';
import { parse, join } from 'node:path';
import { callNames } from '../../common/api/call-names';

/**
 * Log lines carry event names, call names, error codes and machine facts only, never visitor data. The kiosk
 * has no visitor text input today, but this is a guarantee, not a hope: only the keys below get through, each
 * value must match its key's shape (a call name must be a contract call, a count a number…), and runs of four
 * or more digits (a PIN, a phone number) are masked everywhere but in paths, versions and kiosk ids.
 */
const word = /^[a-z][a-z0-9-]{0,59}$/;
const fieldShape: Record<string, (v: unknown) => boolean> = {
  call: (v) => typeof v === 'string' && (callNames as readonly string[]).includes(v),
  code: (v) => typeof v === 'string' && /^[A-Za-z0-9_-]{1,60}$/.test(v),
  reason: (v) => typeof v === 'string' && word.test(v),
  action: (v) => typeof v === 'string' && word.test(v),
  mode: (v) => v === 'kiosk' || v === 'desk',
  field: (v) => typeof v === 'string' && /^[A-Za-z0-9_.:[\], -]{0,200}$/.test(v),
  file: (v) => typeof v === 'string' && /^[\p{L}\p{N}_.:/\\ %()-]{1,400}$/u.test(v),
  kioskId: (v) => typeof v === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(v),
  version: (v) => typeof v === 'string' && /^[0-9A-Za-z.+-]{1,40}$/.test(v),
  count: (v) => typeof v === 'number' && Number.isInteger(v),
  exitCode: (v) => typeof v === 'number' && Number.isInteger(v),
};
export type LogFields = Partial<Record<string, string | number | boolean | null>>;

const eventPattern = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;
/** Keys whose values are machine facts set by IT, where digits are expected (paths, versions, kiosk ids). */
const digitsAllowed = new Set<string>(['file', 'version', 'kioskId']);

function formatValue(key: string, value: unknown): string {
  if (value === null) return 'null';
  if (!fieldShape[key]!(value)) return '[redacted]';
  const text = String(value);
  const masked = digitsAllowed.has(key) || typeof value === 'number' ? text : text.replace(/\d{4,}/g, '#');
  // Values are space-separated: quote the rare one holding a space (C:\Program Files\…).
  return /\s/.test(masked) ? JSON.stringify(masked) : masked;
}

/** `event key=value …`; unknown keys are dropped and counted, so a mistake shows without leaking. */
export function formatLogLine(event: string, fields: Record<string, unknown> = {}): string {
  const parts = [eventPattern.test(event) ? event : 'invalid-event-name'];
  let dropped = 0;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(fieldShape, key)) {
      dropped++;
      continue;
    }
    parts.push(`${key}=${formatValue(key, value)}`);
  }
  if (dropped > 0) parts.push(`dropped=${dropped}`);
  return parts.join(' ');
}

/**
 * Rotation used by electron-log when main.log is full: main.log → main.1.log → … → main.<keep>.log (dropped).
 * Plain fs so it is tested under Node with real files.
 */
export function rotateLogFiles(current: string, keep: number): void {
  const { dir, name, ext } = parse(current);
  const numbered = (i: number) => join(dir, `${name}.${i}${ext}`);
  rmSync(numbered(keep), { force: true });
  for (let i = keep - 1; i >= 1; i--) {
    try {
      renameSync(numbered(i), numbered(i + 1));
    } catch {
      // That generation does not exist yet.
    }
  }
  renameSync(current, numbered(1));
}
