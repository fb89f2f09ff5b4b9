import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsIn, IsMongoId, IsOptional, IsString, MaxLength } from 'class-validator';
import { connectionType } from '../common/connection';
import { enumFromValues } from '../common/graphql-enum';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditTargetType } from './audit.types';

export const AuditActionEnum = enumFromValues(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, { name: 'AuditAction' });
export const AuditTargetTypeEnum = enumFromValues(AUDIT_TARGET_TYPES);
registerEnumType(AuditTargetTypeEnum, { name: 'AuditTargetType' });

@ObjectType('AuditEntry', { description: 'One append-only audit record. Details hold codes and ids, never personal data.' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'Null for failed sign-ins of unknown accounts and for scheduled jobs.' })
  actorId!: string | null;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field(() => AuditTargetTypeEnum, { nullable: true })
  targetType!: AuditTargetType | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { description: 'A JSON object of codes and ids (no GraphQL JSON scalar in this schema).' })
  details!: string;
}

export const AuditEntryConnection = connectionType(AuditEntryModel, 'AuditEntry');

@InputType()
export class AuditFilterInput {
  @Field(() => [AuditActionEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AUDIT_ACTIONS.length)
  @IsIn(AUDIT_ACTIONS, { each: true })
  actions?: AuditAction[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsMongoId({ message: 'must be a user id' })
  actorId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  @Type(() => Date)
  to?: Date;
}
