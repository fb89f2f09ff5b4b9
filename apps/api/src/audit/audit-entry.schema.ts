import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditDetails, type AuditTargetType } from './audit.types';

/** One audit entry. Append-only: the repository has no update or delete. */
@Schema({ collection: 'audit_log', versionKey: false })
export class AuditEntryRecord {
  @Prop({ type: Date, required: true })
  at!: Date;

  @Prop({ type: Types.ObjectId, default: null })
  actorId!: Types.ObjectId | null;

  @Prop({ type: String, enum: AUDIT_ACTIONS, required: true })
  action!: AuditAction;

  @Prop({ type: String, enum: AUDIT_TARGET_TYPES, default: null })
  targetType!: AuditTargetType | null;

  @Prop({ type: String, default: null })
  targetId!: string | null;

  @Prop({ type: Object, default: {} })
  details!: AuditDetails;
}

export const AuditEntrySchema = SchemaFactory.createForClass(AuditEntryRecord);
AuditEntrySchema.index({ at: -1 });
AuditEntrySchema.index({ actorId: 1, at: -1 });
AuditEntrySchema.index({ targetId: 1, at: -1 });
AuditEntrySchema.index({ action: 1, at: -1 });
