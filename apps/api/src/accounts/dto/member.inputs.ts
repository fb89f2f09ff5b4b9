import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LANGUAGES, LIMITS, type Language, type Role } from '@hub/domain';
import { IsIn, IsInt, IsMongoId, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LanguageEnum, RoleEnum } from '../accounts.models';
import { MemberStatusEnum } from '../member.model';
import { USER_STATUSES, type UserStatus } from '../user.schema';
import { OptionalNameField, RolesField, SectorCodesField } from './account-fields';

@ArgsType()
export class OrganisationMembersArgs {
  @Field(() => ID)
  @IsMongoId({ message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => Int, { nullable: true, description: `Page size (default 50, at most ${LIMITS.pageSizeMax}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

@ArgsType()
export class SearchMembersArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameMax)
  query?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsMongoId({ message: 'must be an organisation id' })
  organisationId?: string | null;

  @Field(() => MemberStatusEnum, { nullable: true, description: 'Only members in this state (default: all but erased).' })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus | null;

  @Field(() => Int, { nullable: true, description: `Page size (default 50, at most ${LIMITS.pageSizeMax}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

@InputType()
export class SetMemberRolesInput {
  @Field(() => ID)
  @IsMongoId({ message: 'must be a user id' })
  userId!: string;

  @Field(() => [RoleEnum])
  @RolesField()
  roles!: Role[];

  @Field(() => [String], { nullable: true, description: 'Sector codes led; required with SECTOR_LEAD, empty otherwise.' })
  @SectorCodesField()
  leadSectors?: string[] | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @OptionalNameField()
  displayName?: string | null;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language | null;

  @Field(() => [String], { nullable: true })
  @SectorCodesField()
  sectors?: string[] | null;
}
