import type { AuditEntry } from './audit.types';

const BOM = '\uFEFF';
const COLUMNS = ['at', 'actorId', 'action', 'targetType', 'targetId', 'details'] as const;

/** One CSV cell: quoted when needed, and spreadsheet formulas neutralised (CSV injection). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark so spreadsheet programs read Arabic and French correctly. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) =>
    [entry.at.toISOString(), entry.actorId ?? '', entry.action, entry.targetType ?? '', entry.targetId ?? '', JSON.stringify(entry.details)].map(csvCell).join(','),
  );
  return `${BOM}${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
