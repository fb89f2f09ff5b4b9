import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { IsString, MaxLength, MinLength } from 'class-validator';
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

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;

  @Field()
  @NewPasswordField()
  newPassword!: string;
}
