import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditEntryRecord, AuditEntrySchema } from './audit-entry.schema';
import { AuditLogService } from './audit-log.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';

/** Global: every module that does something auditable records it with one call. */
@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: AuditEntryRecord.name, schema: AuditEntrySchema }])],
  providers: [AuditRepository, AuditLogService, AuditResolver],
  exports: [AuditLogService],
})
export class AuditModule {}
