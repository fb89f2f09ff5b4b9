import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Role } from '@hub/domain';
import { RoleEnum } from './accounts.models';

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const InvitationStatusEnum = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, s])) as Record<InvitationStatus, InvitationStatus>;
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType('Invitation', { description: 'An invitation to join an organisation, as its admins see it.' })
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Null once revoked: the invited account is removed.' })
  email!: string | null;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => ID)
  organisationId!: string;

  @Field(() => InvitationStatusEnum)
  status!: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('IssuedInvitation', { description: 'A new invitation and its one-time link (shown once: only its hash is stored).' })
export class IssuedInvitationModel {
  @Field({ description: 'Pass this on to the invitee until e-mail delivery exists.' })
  invitationUrl!: string;

  @Field(() => InvitationModel)
  invitation!: InvitationModel;
}

@ObjectType('InvitationPreview', { description: 'What the accept page shows before the invitee sets a password.' })
export class InvitationPreviewModel {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field()
  organisationName!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}
