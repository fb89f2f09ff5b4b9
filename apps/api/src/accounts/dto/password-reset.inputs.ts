import { Field, InputType } from '@nestjs/graphql';
import { EmailField, LinkTokenField, NewPasswordField } from './account-fields';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @EmailField()
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @LinkTokenField()
  token!: string;

  @Field()
  @NewPasswordField()
  newPassword!: string;
}
