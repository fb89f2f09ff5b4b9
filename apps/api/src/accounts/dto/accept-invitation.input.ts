import { Field, InputType } from '@nestjs/graphql';
import { LinkTokenField, NewPasswordField, OptionalNameField } from './account-fields';

@InputType()
export class AcceptInvitationInput {
  @Field()
  @LinkTokenField()
  token!: string;

  @Field()
  @NewPasswordField()
  password!: string;

  @Field(() => String, { nullable: true })
  @OptionalNameField()
  displayName?: string | null;
}
