import type { Language } from '@hub/domain';
import { Workbook } from 'exceljs';
import { csvCell } from '../audit/audit-csv';
import { cellText, EXPORT_COLUMNS, ExportRow } from './export-rows';

export const EXPORT_FORMATS = ['CSV', 'XLSX', 'JSON'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  JSON: 'application/json; charset=utf-8',
};

export const EXTENSIONS: Record<ExportFormat, string> = { CSV: 'csv', XLSX: 'xlsx', JSON: 'json' };

export interface ExportMeta {
  kind: string;
  language: Language;
  generatedAt: Date;
  /** What was exported: a question id, or the search's text, filters and sort. */
  source: Record<string, unknown>;
}

/**
 * CSV: UTF-8 with a byte-order mark (so Excel reads Arabic and French), a header row, then the
 * HXL hashtag row, then one row per item. Cells that a spreadsheet would run as a formula are
 * neutralised (audit-csv.ts).
 */
export function toCsv(rows: readonly ExportRow[]): Buffer {
  const lines = [EXPORT_COLUMNS.map((c) => c.header), EXPORT_COLUMNS.map((c) => c.hxl), ...rows.map((row) => EXPORT_COLUMNS.map((c) => cellText(row[c.key])))];
  return Buffer.from(`\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** XLSX: the same header and HXL rows, frozen above the data; right-to-left for Arabic. */
export async function toXlsx(rows: readonly ExportRow[], meta: ExportMeta): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Knowledge Hub';
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet('export', { views: [{ state: 'frozen', ySplit: 2, rightToLeft: meta.language === 'ar' }] });
  sheet.addRow(EXPORT_COLUMNS.map((c) => c.header)).font = { bold: true };
  sheet.addRow(EXPORT_COLUMNS.map((c) => c.hxl)).font = { italic: true };
  for (const row of rows) sheet.addRow(EXPORT_COLUMNS.map((c) => (typeof row[c.key] === 'number' ? row[c.key] : cellText(row[c.key]))));
  sheet.columns.forEach((column, index) => {
    column.width = EXPORT_COLUMNS[index].key === 'text' ? 80 : 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** JSON: lists stay lists; the columns and their HXL hashtags travel with the rows. */
export function toJson(rows: readonly ExportRow[], meta: ExportMeta): Buffer {
  return Buffer.from(
    JSON.stringify({ generatedAt: meta.generatedAt.toISOString(), kind: meta.kind, language: meta.language, source: meta.source, columns: EXPORT_COLUMNS, rows }, null, 2),
    'utf8',
  );
}
