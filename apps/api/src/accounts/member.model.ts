import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Role } from '@hub/domain';
import { connectionType } from '../common/connection';
import { RoleEnum } from './accounts.models';
import { USER_STATUSES, type UserStatus } from './user.schema';

export const MemberStatusEnum = Object.fromEntries(USER_STATUSES.map((s) => [s, s])) as Record<UserStatus, UserStatus>;
registerEnumType(MemberStatusEnum, { name: 'MemberStatus' });

/** A member of an organisation as others see them; `email` is resolved per viewer (see MembersResolver). */
@ObjectType('Member')
export class MemberModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => [String])
  leadSectors!: string[];

  @Field(() => [String])
  sectors!: string[];

  @Field(() => MemberStatusEnum)
  status!: UserStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

export const MemberConnection = connectionType(MemberModel, 'Member');
