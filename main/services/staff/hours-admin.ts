import type { Db } from '../../db/open';
import type { Territory } from '../../content/schema';
import type { Structure } from '../../content/structure-schema';
import { checkHours, openIntervals, withoutClosure } from '../../hours/engine';
import { addDays, wallAt, wallDate } from '../../hours/zoned';
import { listTerritories } from '../content-store';
import type { Kiosk } from '../kiosk';
import { ensureFreshIntervals, structureById, structuresOf } from '../structure-store';
import type { HoursChangeView, HoursPreviewView, StaffStructureView } from '../../../common/api/staff-contract';
import { nationalView } from './national-view';
import {
  changeHours,
  HoursChangeError,
  listChanges,
  undoChange,
  getChange,
  type HoursField,
  type HoursLogDeps,
} from './hours-log';
import { encodeClosure, structureStores, type Closure } from './structure-edits';
import { placeStore } from './place-store';
import { hoursOutOfBounds } from '../../content/bounds';

/** How many days the staff preview shows. */
export const previewDays = 14;

const hm = (ms: number, tz: string) => {
  const w = wallAt(ms, tz);
  return `${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')}`;
};

/** The next `previewDays` local days of an hours string (and closure), as the visitor screens would count them. */
export function previewHours(
  territory: Territory,
  hours: string,
  now: Date,
  closure: Closure | null = null,
): HoursPreviewView {
  const problem =
    hours.trim() === '' ? { message: 'les horaires sont vides', position: 0 } : checkHours(hours, territory);
  if (problem) return { ok: false, message: problem.message, position: problem.position };
  const tz = territory.timezone;
  const today = wallAt(now.getTime(), tz);
  const intervals = withoutClosure(openIntervals(hours, territory, today, previewDays), closure, tz);
  const days = Array.from({ length: previewDays }, (_, i) => ({
    date: wallDate(addDays(today, i)),
    slots: [] as { from: string; to: string }[],
  }));
  for (const [a, b] of intervals) {
    const day = days.find((d) => d.date === wallDate(wallAt(a, tz)));
    // Intervals are cut at local midnight, so an end at the next midnight reads 24:00.
    const end = hm(b, tz);
    day?.slots.push({ from: hm(a, tz), to: end === '00:00' ? '24:00' : end });
  }
  return { ok: true, days, timezone: tz };
}

const territoryOf = (db: Db, s: Structure): Territory => {
  const t = listTerritories(db).find((x) => x.id === s.territory);
  if (!t) throw new HoursChangeError(`The territory of "${s.id}" is not installed.`);
  return t;
};

function overridden(db: Db, id: string): ('hours' | 'closure')[] {
  return db.prepare('SELECT field FROM staff_overrides WHERE structure_id = ? ORDER BY field').pluck().all(id) as (
    'hours' | 'closure'
  )[];
}

/** The configured territory's structures with what staff may edit. */
export function listStaffStructures(kiosk: Kiosk): {
  territory: string;
  timezone: string;
  structures: StaffStructureView[];
} {
  const { db } = kiosk;
  const territory = kiosk.territory();
  return {
    territory: territory.id,
    timezone: territory.timezone,
    structures: structuresOf(db, territory.id).map((s) => ({
      id: s.id,
      name: s.name,
      commune: s.commune,
      hours: s.hours,
      hoursSeedText: s.hoursSeedText,
      informationDate: s.source.date ?? s.verifiedOn ?? null,
      temporaryClosure: s.temporaryClosure,
      edited: overridden(db, s.id),
      ...nationalView(db, s),
    })),
  };
}

export type StaffResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function attempt<T>(work: () => T): StaffResult<T> {
  try {
    return { ok: true, value: work() };
  } catch (err) {
    if (err instanceof HoursChangeError) return { ok: false, message: err.message };
    throw err;
  }
}

export function deps(db: Db, clock: () => Date, field: HoursField, territory: Territory | null): HoursLogDeps {
  const store = field === 'place' ? placeStore(db, clock) : structureStores(db, clock)[field];
  const validate = (value: string) => {
    if (field !== 'hours' || !territory) return null;
    const p = checkHours(value, territory);
    return p && (p.position === null ? p.message : `${p.message} (position ${p.position})`);
  };
  return { db, clock, store, validate, field };
}

/** A place's name from a logged value (a place staff added, as JSON), for a place no longer shown. */
const loggedName = (value: string | null) =>
  value === null ? undefined : (JSON.parse(value) as { name: string }).name;

export const toView = (db: Db, c: ReturnType<typeof getChange> & object): HoursChangeView => ({
  ...c,
  structureName:
    structureById(db, c.structureId)?.name ??
    (c.field === 'place' ? (loggedName(c.after) ?? loggedName(c.before)) : undefined) ??
    c.structureId,
});

/** Changes hours (null: unknown). Fresh intervals first, so the per-structure recompute matches the others. */
export function saveHours(db: Db, clock: () => Date, id: string, hours: string | null): StaffResult<HoursChangeView> {
  return attempt(() => {
    const s = structureById(db, id);
    if (!s) throw new HoursChangeError(`No structure "${id}".`);
    const tooBig = hours === null ? null : hoursOutOfBounds(hours);
    if (tooBig) throw new HoursChangeError(`hours: ${tooBig}: refused.`);
    ensureFreshIntervals(db, [territoryOf(db, s)], clock());
    return toView(db, changeHours(deps(db, clock, 'hours', territoryOf(db, s)), id, hours));
  });
}

export function setClosure(db: Db, clock: () => Date, id: string, closure: Closure | null) {
  return attempt(() => {
    const s = structureById(db, id);
    if (!s) throw new HoursChangeError(`No structure "${id}".`);
    if (closure && closure.until !== null && closure.until < closure.from)
      throw new HoursChangeError('La date de fin est avant la date de début.');
    ensureFreshIntervals(db, [territoryOf(db, s)], clock());
    return toView(db, changeHours(deps(db, clock, 'closure', null), id, encodeClosure(closure)));
  });
}

export function undoHoursChange(db: Db, clock: () => Date, changeId: number): StaffResult<HoursChangeView> {
  return attempt(() => {
    const change = getChange(db, changeId);
    if (!change) throw new HoursChangeError(`No hours change number ${changeId}.`);
    const s = structureById(db, change.structureId);
    ensureFreshIntervals(db, s ? [territoryOf(db, s)] : [], clock());
    return toView(db, undoChange(deps(db, clock, change.field, null), changeId));
  });
}

export function listHoursChanges(db: Db, structureId?: string): HoursChangeView[] {
  return listChanges(db, structureId).map((c) => toView(db, c));
}
