import { InputType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { CodeField } from './code.validators';
import { AliasesField, LocalisedNamesInput, LocalisedNamesPatch } from './localised-names.input';

@InputType()
export class CreateSectorInput {
  @CodeField()
  code!: string;

  @CodeField({ nullable: true, description: 'Makes this a sub-sector of a (top-level) sector.' })
  parentCode?: string | null;

  @Field(() => LocalisedNamesInput)
  @ValidateNested()
  @Type(() => LocalisedNamesInput)
  names!: LocalisedNamesInput;

  @AliasesField()
  aliases?: string[];
}

@InputType()
export class UpdateSectorInput {
  @Field(() => LocalisedNamesPatch, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedNamesPatch)
  names?: LocalisedNamesPatch;

  @AliasesField()
  aliases?: string[];

  @CodeField({ nullable: true, description: 'A sector code to move under, or null to make it top-level.' })
  parentCode?: string | null;
}

@InputType()
export class CreateCohortInput {
  @CodeField()
  code!: string;

  @Field(() => LocalisedNamesInput)
  @ValidateNested()
  @Type(() => LocalisedNamesInput)
  names!: LocalisedNamesInput;

  @AliasesField()
  aliases?: string[];
}

@InputType()
export class UpdateCohortInput {
  @Field(() => LocalisedNamesPatch, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedNamesPatch)
  names?: LocalisedNamesPatch;

  @AliasesField()
  aliases?: string[];
}

@InputType()
export class UpdateLabelsInput {
  @Field(() => LocalisedNamesPatch)
  @ValidateNested()
  @Type(() => LocalisedNamesPatch)
  names!: LocalisedNamesPatch;
}
