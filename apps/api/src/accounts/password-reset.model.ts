import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('PasswordResetLink', { description: 'A one-time password-reset link for an admin to pass on (shown once).' })
export class PasswordResetLinkModel {
  @Field()
  resetUrl!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}
