import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { Connection } from '../common/connection';
import { AuditLogService } from './audit-log.service';
import { AuditEntryConnection, AuditEntryModel, AuditFilterInput } from './audit.models';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditLogService) {}

  @Roles('PLATFORM_ADMIN')
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (platform admins).' })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter: AuditFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<AuditEntryModel>> {
    const page = await this.audit.page(actor, filter ?? {}, first, after);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: { ...edge.node, details: JSON.stringify(edge.node.details) } })) };
  }

  @Roles('PLATFORM_ADMIN')
  @Query(() => String, { description: 'The matching audit entries as CSV (UTF-8 with BOM); the export is itself audited.' })
  exportAuditLog(@CurrentActor() actor: Actor, @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter: AuditFilterInput | null): Promise<string> {
    return this.audit.exportCsv(actor, filter ?? {});
  }
}
