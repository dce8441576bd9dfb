import { parse } from 'csv-parse/sync';
import type { StructureRecord } from '../content/structure-schema';
import { convertRow, csvRowSchema, type Remark, type RowOutcome } from './row';

export interface ImportReport {
  dataset: string;
  rows: number;
  imported: number;
  warnings: number;
  refused: number;
  /** Every row that was not imported cleanly, with each remark (column, raw cell, handling). */
  details: { idFs: string; departement: string; outcome: 'warning' | 'refused' | 'imported'; remarks: Remark[] }[];
}

export interface ImportResult {
  /** Structures by département code, in the file's order. */
  byDepartement: Map<string, StructureRecord[]>;
  report: ImportReport;
}

/**
 * The national list's CSV text → structures per département and a report of every row: imported cleanly,
 * converted with a warning (how), or refused (why), each remark with its raw cell.
 */
export function importFranceServices(
  csvText: string,
  options: { isTerritory: (code: string) => boolean; departement?: string; dataset: string },
): ImportResult {
  const records = parse(csvText, { columns: true, skip_empty_lines: true, bom: true }) as unknown[];
  const byDepartement = new Map<string, StructureRecord[]>();
  const report: ImportReport = { dataset: options.dataset, rows: 0, imported: 0, warnings: 0, refused: 0, details: [] };
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const parsed = csvRowSchema.safeParse(record);
    let outcome: RowOutcome;
    if (!parsed.success) {
      const r = record as Record<string, string>;
      outcome = {
        kind: 'refused',
        idFs: r.id_fs ?? `line ${index + 2}`,
        departement: r.insee_dep ?? '',
        remarks: [{ column: '(row)', cell: JSON.stringify(record), handling: 'refused: the row lacks columns' }],
      };
    } else if (seen.has(parsed.data.id_fs)) {
      outcome = {
        kind: 'refused',
        idFs: parsed.data.id_fs,
        departement: parsed.data.insee_dep,
        remarks: [{ column: 'id_fs', cell: parsed.data.id_fs, handling: 'refused: the id appears twice' }],
      };
    } else {
      seen.add(parsed.data.id_fs);
      outcome = convertRow(parsed.data, options.isTerritory);
    }
    if (options.departement !== undefined && outcome.departement !== options.departement) return;
    report.rows++;
    if (outcome.kind === 'refused') report.refused++;
    else {
      if (outcome.kind === 'warning') report.warnings++;
      else report.imported++;
      const list = byDepartement.get(outcome.departement) ?? [];
      list.push(outcome.structure);
      byDepartement.set(outcome.departement, list);
    }
    if (outcome.remarks.length > 0)
      report.details.push({
        idFs: outcome.idFs,
        departement: outcome.departement,
        outcome: outcome.kind,
        remarks: outcome.remarks,
      });
  });
  return { byDepartement, report };
}

/** The report as text for IT: totals, then one block per row that needed handling. */
export function formatReport(report: ImportReport): string {
  const lines = [
    `${report.dataset}: ${report.rows} rows — ${report.imported} imported cleanly, ${report.warnings} converted with a warning, ${report.refused} refused`,
  ];
  for (const d of report.details) {
    lines.push(`id_fs ${d.idFs} (${d.departement}) ${d.outcome}`);
    for (const r of d.remarks)
      lines.push(`  ${r.column}: ${r.handling}${r.cell ? ` — cell: ${JSON.stringify(r.cell)}` : ''}`);
  }
  return lines.join('\n');
}
