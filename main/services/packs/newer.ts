import type { Kiosk } from '../kiosk';
import { metaValue } from '../content-store';
import { importPack, type ImportResult } from './import';
import { validatePack } from './validate';

/** Orders content versions "YYYY.MM.DD-N": by date, then by N as a number (so -10 comes after -9). */
export function compareContentVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^(\d{4}\.\d{2}\.\d{2})-(\d+)$/.exec(v);
    return m ? { day: m[1]!, n: Number(m[2]) } : { day: '', n: -1 };
  };
  const x = parse(a);
  const y = parse(b);
  return x.day !== y.day ? (x.day < y.day ? -1 : 1) : x.n - y.n;
}

export type ImportIfNewerResult = ImportResult | { ok: true; skipped: true; contentVersion: string };

/**
 * For the machine config's `contentPack`, checked at each start: imported only when its content version is
 * newer than the installed one, so restarting never re-imports, and restore-backup is not undone by it.
 */
export async function importPackIfNewer(kiosk: Kiosk, source: string): Promise<ImportIfNewerResult> {
  const installed = metaValue(kiosk.db, 'content_version') ?? '';
  const check = await validatePack(source);
  if (!check.ok) return check;
  if (compareContentVersions(check.manifest.contentVersion, installed) <= 0)
    return { ok: true, skipped: true, contentVersion: installed };
  return importPack(kiosk, source);
}
