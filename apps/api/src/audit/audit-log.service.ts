import { Injectable } from '@nestjs/common';
import { LIMITS, type SensitivityLevel } from '@hub/domain';
import type { Actor } from '../auth/actor';
import { Connection, decodeCursor, encodeCursor } from '../common/connection';
import { HubError } from '../common/hub-error';
import { auditCsv } from './audit-csv';
import { AuditRepository } from './audit.repository';
import { AuditEntry, AuditFilter, AuditTargetType, NewAuditEntry } from './audit.types';

/** Exports stop here; a narrower filter gets the rest. */
export const AUDIT_EXPORT_MAX = 50_000;

const AUDITED_READS: readonly SensitivityLevel[] = ['CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'];

/** The append-only audit log: other modules call `record` in one line where something auditable happens. */
@Injectable()
export class AuditLogService {
  constructor(private readonly repository: AuditRepository) {}

  record(entry: NewAuditEntry): Promise<void> {
    return this.repository.append([entry]);
  }

  /** Reads of Confidential and Strictly confidential items; others are not audited. One insert for the lot. */
  async recordReads(actor: Actor | null, targetType: AuditTargetType, items: ReadonlyArray<{ id: string; sensitivity: SensitivityLevel }>): Promise<void> {
    const audited = items.filter((item) => AUDITED_READS.includes(item.sensitivity));
    await this.repository.append(
      audited.map((item) => ({ actorId: actor?.userId ?? null, action: 'CONFIDENTIAL_READ', targetType, targetId: item.id, details: { sensitivity: item.sensitivity } })),
    );
  }

  async page(actor: Actor, filter: AuditFilter, first: number, after: string | null): Promise<Connection<AuditEntry>> {
    requireAdmin(actor);
    const size = Math.min(Math.max(first, 1), LIMITS.pageSizeMax);
    const position = after ? decodeCursor(after) : null;
    if (position && typeof position.key !== 'number') throw HubError.invalid([{ field: 'after', message: 'is not a valid cursor' }]);
    const page = await this.repository.page(filter, position, size);
    const edges = page.entries.map((node) => ({ node, cursor: encodeCursor({ key: node.at.getTime(), id: node.id }) }));
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** CSV of the matching entries; the export is itself audited (before it is handed out). */
  async exportCsv(actor: Actor, filter: AuditFilter): Promise<string> {
    requireAdmin(actor);
    const entries = await this.repository.list(filter, AUDIT_EXPORT_MAX);
    await this.record({
      actorId: actor.userId,
      action: 'EXPORT',
      targetType: 'AUDIT_LOG',
      targetId: null,
      details: {
        rows: entries.length,
        actions: filter.actions ?? [],
        actorId: filter.actorId ?? null,
        targetId: filter.targetId ?? null,
        from: filter.from?.toISOString() ?? null,
        to: filter.to?.toISOString() ?? null,
      },
    });
    return auditCsv(entries);
  }
}

function requireAdmin(actor: Actor): void {
  if (!actor.roles.includes('PLATFORM_ADMIN')) throw HubError.forbidden('Only platform admins read the audit log.');
}
