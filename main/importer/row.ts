import { z } from 'zod';
import type { StructureRecord } from '../content/structure-schema';
import { decodeEscapes, readComment } from './comment';
import { readWeekRules } from './week-rules';
import { readDaySites } from './day-sites';
import { rowSource } from './dataset';
import { readCell, toOpeningHours, weekdayColumns, type Range } from './hours-cells';

/** One CSV row as the file gives it (every cell a string). */
export const csvRowSchema = z.object({
  id_fs: z.string(),
  insee_dep: z.string(),
  lib_fs: z.string(),
  adresse: z.string(),
  complement_adresse: z.string(),
  insee_com: z.string(),
  code_postal: z.string(),
  lib_com: z.string(),
  latitude: z.string(),
  longitude: z.string(),
  mail: z.string(),
  telephone: z.string(),
  h_lundi: z.string(),
  h_mardi: z.string(),
  h_mercredi: z.string(),
  h_jeudi: z.string(),
  h_vendredi: z.string(),
  h_samedi: z.string(),
  prise_rdv: z.string(),
  commentaire: z.string(),
  type_fs: z.string(),
  format_fs: z.string(),
  groupe_fs: z.string(),
  labellisation_fs: z.string(),
});
export type CsvRow = z.infer<typeof csvRowSchema>;

/** One remark of the import report: the column, its raw cell and what was done with it. */
export interface Remark {
  column: string;
  cell: string;
  handling: string;
}

export type RowOutcome =
  | { kind: 'imported' | 'warning'; idFs: string; departement: string; structure: StructureRecord; remarks: Remark[] }
  | { kind: 'refused'; idFs: string; departement: string; remarks: Remark[] };

/** The card's line saying why it has no live state (place phrases, 17 locales). */
const varyNote = {
  'by-week': 'note.fs-hours-vary',
  'several-places': 'note.fs-several-places',
  'to-check': 'note.fs-hours-check',
} as const;

const phonePattern = /^0\d( ?\d\d){4}$/;
const mobileFormats = new Set(['Bus_équivalent', 'Itinérante']);
const emailSchema = z.email();

function position(row: CsvRow, remarks: Remark[]) {
  const lat = Number(row.latitude);
  const lon = Number(row.longitude);
  if (row.latitude === '' || row.longitude === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    remarks.push({
      column: 'latitude/longitude',
      cell: `${row.latitude} ${row.longitude}`,
      handling: 'no position: to be verified',
    });
    return null;
  }
  return {
    lat: Math.round(lat * 1e5) / 1e5,
    lon: Math.round(lon * 1e5) / 1e5,
    precision: 'exact' as const,
    source: { official: rowSource(row.id_fs) },
  };
}

interface HoursReading {
  hours: string | null;
  repaired: boolean;
  days: Range[][];
  /** Cells a person should check before the kiosk says "open": odd minutes, before 7:00, overlapping ranges. */
  implausible: boolean;
}

/** 08:12, 14:18: opening hours are set on the quarter hour or at least on five minutes. */
const oddMinute = (m: number) => m % 5 !== 0;
const implausibleRange = ([a, b]: Range) => oddMinute(a) || oddMinute(b) || a < 7 * 60 || b > 21 * 60;

/** The weekly cells → an opening_hours string; null (unknown) if any cell cannot be read. */
function hoursOf(row: CsvRow, remarks: Remark[]): HoursReading {
  const days: Range[][] = [];
  let repaired = false;
  let implausible = false;
  for (const column of weekdayColumns) {
    const reading = readCell(row[column]);
    if (reading.error) {
      remarks.push({
        column,
        cell: row[column],
        handling: `${reading.error}: the row's hours are unknown (to be verified)`,
      });
      return { hours: null, repaired: true, days: [], implausible: false };
    }
    for (const handling of reading.repairs) remarks.push({ column, cell: row[column], handling });
    repaired ||= reading.repairs.length > 0;
    const odd = reading.ranges.some(implausibleRange);
    const merged = reading.repairs.some((r) => r.startsWith('overlapping'));
    if (odd || merged)
      remarks.push({
        column,
        cell: row[column],
        handling: `${odd ? 'implausible time (odd minutes, before 7:00 or after 21:00)' : 'overlapping ranges'}: hours to be checked, no live state`,
      });
    implausible ||= odd || merged;
    days.push(reading.ranges);
  }
  const hours = toOpeningHours(days);
  if (hours === null)
    remarks.push({
      column: 'h_lundi…h_samedi',
      cell: '',
      handling: 'no opening hours on any day: hours to be verified',
    });
  return { hours, repaired, days, implausible };
}

function refuse(row: CsvRow, column: string, handling: string): RowOutcome {
  return {
    kind: 'refused',
    idFs: row.id_fs,
    departement: row.insee_dep,
    remarks: [{ column, cell: row[column as keyof CsvRow] ?? '', handling }],
  };
}

/** One row of the national list → one structure (or a refusal), with every remark for the report. */
export function convertRow(row: CsvRow, isTerritory: (code: string) => boolean): RowOutcome {
  if (!/^\d+$/.test(row.id_fs)) return refuse(row, 'id_fs', 'refused: the row id is not a number');
  if (!isTerritory(row.insee_dep))
    return refuse(row, 'insee_dep', 'refused: not one of the 101 départements (no outline, no territory)');
  if (row.lib_fs.trim() === '') return refuse(row, 'lib_fs', 'refused: the row has no name');
  const remarks: Remark[] = [];
  const read = hoursOf(row, remarks);
  const comment = readComment(row.commentaire, row.mail);
  for (const handling of comment.handling) remarks.push({ column: 'commentaire', cell: row.commentaire, handling });
  const weekRules = read.hours === null ? null : readWeekRules(decodeEscapes(row.commentaire), read.days);
  const hours = weekRules?.kind === 'converted' ? weekRules.hours : read.hours;
  if (weekRules?.kind === 'converted')
    remarks.push({
      column: 'commentaire',
      cell: row.commentaire,
      handling: `converted into the rule "${weekRules.rule}"`,
    });
  const multisite = row.format_fs === 'Multisites';
  const hoursVary = multisite
    ? ('several-places' as const)
    : read.implausible
      ? ('to-check' as const)
      : weekRules?.kind === 'varies'
        ? ('by-week' as const)
        : undefined;
  if (multisite)
    remarks.push({
      column: 'format_fs',
      cell: row.format_fs,
      handling:
        'several places (Multisites): no live state, no single pin, "moves between several places: call before going"',
    });
  const daySites = multisite ? readDaySites(decodeEscapes(row.commentaire)) : null;
  if (daySites)
    remarks.push({
      column: 'commentaire',
      cell: row.commentaire,
      handling: `one commune per day: ${Object.entries(daySites)
        .map(([d, c]) => `${d} ${c}`)
        .join(', ')} (shown on each day of the week table)`,
    });
  if (hoursVary === 'by-week' && weekRules?.kind === 'varies')
    remarks.push({
      column: 'commentaire',
      cell: row.commentaire,
      handling: `not converted (${weekRules.why}): no live state, "hours vary: call before going"`,
    });
  const phone = row.telephone.trim();
  if (phone !== '' && !phonePattern.test(phone))
    remarks.push({ column: 'telephone', cell: row.telephone, handling: 'not a French number: left out' });
  const email = emailSchema.safeParse(row.mail.trim()).success ? row.mail.trim() : null;
  if (row.mail.trim() !== '' && email === null)
    remarks.push({ column: 'mail', cell: row.mail, handling: 'not an e-mail address: left out' });
  const mobile = mobileFormats.has(row.format_fs);
  if (mobile)
    remarks.push({ column: 'format_fs', cell: row.format_fs, handling: 'mobile service: no live open/closed state' });
  // A service moving between communes has no single place to pin.
  const pos = multisite ? null : position(row, remarks);
  const phones = phone !== '' && phonePattern.test(phone) ? [phone] : [];
  const address = row.adresse.trim() || null;
  const appointment =
    comment.appointmentsOnly === 'only'
      ? 'appointment.fs-only'
      : comment.appointmentsOnly === 'some-days'
        ? 'appointment.fs-some-days'
        : row.prise_rdv === 'Oui'
          ? 'appointment.fs-possible'
          : null;
  const structure: StructureRecord = {
    id: `fs-${row.id_fs}`,
    name: row.lib_fs.trim(),
    category: 'france-services',
    // As the hand-typed France Services rows of seed 000: help with online procedures (ANEF), rights, papers.
    procedures: ['anef'],
    themes: ['rights', 'papers'],
    address,
    addressComplement: row.complement_adresse.trim() || null,
    postcode: /^\d{5}$/.test(row.code_postal) ? row.code_postal : null,
    commune: row.lib_com.trim() || null,
    phones,
    email,
    hours,
    hoursSeedText:
      read.repaired || weekRules?.kind === 'converted'
        ? weekdayColumns.map((c) => `${c}: ${row[c] || '—'}`).join('; ')
        : null,
    appointmentNote: appointment,
    notes: [...(row.type_fs === 'Antenne' ? ['note.fs-antenna'] : []), ...(hoursVary ? [varyNote[hoursVary]] : [])],
    languages: [],
    accessibility: null,
    mobile,
    ...(hoursVary ? { hoursVary } : {}),
    ...(daySites ? { daySites } : {}),
    temporaryClosure: comment.closed ? { from: '2024-08-01', until: null, reason: 'closure.temporary' } : null,
    position: pos,
    toBeVerified: [
      ...(address === null ? (['address'] as const) : []),
      ...(hours === null || hoursVary === 'to-check' ? (['hours'] as const) : []),
      ...(phones.length === 0 ? (['phone'] as const) : []),
      ...(pos === null ? (['position'] as const) : []),
    ],
    source: { official: rowSource(row.id_fs) },
    verifiedOn: '2024-08-01',
    ...(comment.note ? { sourceNote: comment.note } : {}),
  };
  const warned = remarks.some((r) => !r.handling.startsWith('kept as the note'));
  return { kind: warned ? 'warning' : 'imported', idFs: row.id_fs, departement: row.insee_dep, structure, remarks };
}
