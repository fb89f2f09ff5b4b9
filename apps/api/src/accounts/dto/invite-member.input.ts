import { Field, ID, InputType } from '@nestjs/graphql';
import { LANGUAGES, type Language, type Role } from '@hub/domain';
import { IsIn, IsMongoId, IsOptional } from 'class-validator';
import { LanguageEnum, RoleEnum } from '../accounts.models';
import { EmailField, OptionalNameField, RolesField, SectorCodesField } from './account-fields';

@InputType()
export class InviteMemberInput {
  @Field()
  @EmailField()
  email!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the part of the e-mail before the @; the invitee may change it.' })
  @OptionalNameField()
  displayName?: string | null;

  @Field(() => [RoleEnum])
  @RolesField()
  roles!: Role[];

  @Field(() => [String], { nullable: true, description: 'Sector codes led; required with SECTOR_LEAD.' })
  @SectorCodesField()
  leadSectors?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Sector codes the member works in.' })
  @SectorCodesField()
  sectors?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Defaults to the inviter's own organisation." })
  @IsOptional()
  @IsMongoId({ message: 'must be an organisation id' })
  organisationId?: string | null;

  @Field(() => LanguageEnum, { nullable: true, description: 'The language of the invitation e-mail and of the new account; defaults to English.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'must be en, ar or fr' })
  language?: Language | null;
}
