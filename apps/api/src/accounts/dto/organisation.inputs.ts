import { Field, ID, InputType } from '@nestjs/graphql';
import { ORGANISATION_TYPES, type OrganisationType } from '@hub/domain';
import { IsIn, IsMongoId, IsOptional } from 'class-validator';
import { OrganisationTypeEnum } from '../accounts.models';
import { NameField, OptionalNameField } from './account-fields';

const ACRONYM_MAX = 30;

@InputType()
export class CreateOrganisationInput {
  @Field()
  @NameField()
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalNameField(ACRONYM_MAX)
  acronym?: string | null;

  @Field(() => OrganisationTypeEnum)
  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;
}

@InputType({ description: 'Only the fields given change; an explicit null acronym removes it.' })
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsMongoId({ message: 'must be an organisation id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @OptionalNameField()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNameField(ACRONYM_MAX)
  acronym?: string | null;

  @Field(() => OrganisationTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType | null;
}
