import type { Db } from '../db/open';
import type { Territory } from '../content/schema';
import type { Structure } from '../content/structure-schema';
import { openIntervals, type HoursZone } from '../hours/engine';
import { wallAt, wallDate } from '../hours/zoned';

/**
 * Where a hand-typed structure and its rows in the national list disagree (name, phone, each weekday).
 * While the hours disagree the kiosk keeps the content's hours but says "hours may have changed: call
 * before going", until staff confirm one version.
 */
export const weekdays = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** Five ordinary weeks (no public holiday in France in February 2026), so "2nd and 4th Tuesday" rules show. */
const referenceStart = { y: 2026, mo: 2, d: 2 };
const referenceDays = 35;

const hhmm = (w: { h: number; mi: number }) => `${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')}`;

/** Each weekday's schedule(s) over the reference weeks: "08:00-12:00,14:00-16:00", "closed", or several joined by " | ". */
export function weekdaySchedules(hours: string | null, zone: HoursZone & { timezone: string }): string[] {
  if (hours === null) return weekdays.map(() => 'unknown');
  const byDate = new Map<string, string[]>();
  for (const [a, b] of openIntervals(hours, zone, referenceStart, referenceDays)) {
    const from = wallAt(a, zone.timezone);
    const to = wallAt(b, zone.timezone);
    const key = wallDate(from);
    const end = to.h === 0 && to.mi === 0 && wallDate(to) !== key ? '24:00' : hhmm(to);
    byDate.set(key, [...(byDate.get(key) ?? []), `${hhmm(from)}-${end}`]);
  }
  const perWeekday: Set<string>[] = weekdays.map(() => new Set());
  for (let i = 0; i < referenceDays; i++) {
    const day = new Date(Date.UTC(referenceStart.y, referenceStart.mo - 1, referenceStart.d + i));
    const key = day.toISOString().slice(0, 10);
    perWeekday[i % 7]!.add(byDate.get(key)?.join(',') ?? 'closed');
  }
  return perWeekday.map((set) => [...set].join(' | '));
}

export interface Disagreement {
  field: 'name' | 'phone' | (typeof weekdays)[number];
  content: string;
  national: string;
}

export interface CounterpartComparison {
  nationalId: string;
  source: string;
  differences: Disagreement[];
  hoursAgree: boolean;
}

const digits = (phones: string[]) =>
  phones
    .map((p) => p.replace(/\D/g, ''))
    .sort()
    .join(', ');

export function compareWithNational(s: Structure, zone: Territory): CounterpartComparison[] {
  const own = weekdaySchedules(s.hours, zone);
  return (s.national ?? []).map((n) => {
    const differences: Disagreement[] = [];
    if (n.name !== s.name) differences.push({ field: 'name', content: s.name, national: n.name });
    if (digits(n.phones) !== digits(s.phones))
      differences.push({ field: 'phone', content: s.phones.join(', '), national: n.phones.join(', ') });
    const theirs = weekdaySchedules(n.hours, zone);
    weekdays.forEach((day, i) => {
      if (own[i] !== theirs[i]) differences.push({ field: day, content: own[i]!, national: theirs[i]! });
    });
    const hoursAgree = !differences.some((d) => d.field !== 'name' && d.field !== 'phone');
    return { nationalId: n.id, source: n.source, differences, hoursAgree };
  });
}

/** meta key of a staff confirmation: which hours they confirmed, against which national hours, and when. */
const confirmKey = (id: string) => `hours_confirmed:${id}`;
interface Confirmation {
  on: string;
  hours: string | null;
  national: (string | null)[];
}

function confirmation(db: Db, s: Structure): Confirmation | null {
  const text = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(confirmKey(s.id)) as string | undefined;
  if (text === undefined) return null;
  const c = JSON.parse(text) as Confirmation;
  const nationalNow = (s.national ?? []).map((n) => n.hours);
  // Valid only for the very hours confirmed and the national hours seen then.
  return c.hours === s.hours && JSON.stringify(c.national) === JSON.stringify(nationalNow) ? c : null;
}

/** False while the content's hours and a national row disagree and staff have not confirmed a version. */
export function hoursConfirmed(db: Db, s: Structure, zone: Territory): boolean {
  if (!s.national?.length) return true;
  if (compareWithNational(s, zone).every((c) => c.hoursAgree)) return true;
  return confirmation(db, s) !== null;
}

/** Staff confirm the structure's current hours (after choosing a version); the date becomes its verifiedOn. */
export function recordConfirmation(db: Db, s: Structure, now: Date, zone: Territory): string {
  const on = wallDate(wallAt(now.getTime(), zone.timezone));
  const value: Confirmation = { on, hours: s.hours, national: (s.national ?? []).map((n) => n.hours) };
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(confirmKey(s.id), JSON.stringify(value));
  return on;
}

/** The date staff confirmed the hours, when that confirmation still holds. */
export function confirmedOn(db: Db, s: Structure): string | null {
  return confirmation(db, s)?.on ?? null;
}
