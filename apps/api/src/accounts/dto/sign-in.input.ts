import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}
