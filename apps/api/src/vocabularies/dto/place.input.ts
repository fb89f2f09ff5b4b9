import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { PlaceLevelEnum } from '../vocabularies.models';
import { PLACE_LEVELS, type PlaceLevel } from '../vocabularies.types';
import { CodeField } from './code.validators';
import { AliasesField, LocalisedNamesInput, LocalisedNamesPatch } from './localised-names.input';

@InputType()
export class CreatePlaceInput {
  @CodeField({ description: 'The P-code where one exists.' })
  code!: string;

  @CodeField({ nullable: true, description: 'Required below country level.' })
  parentCode?: string | null;

  @Field(() => PlaceLevelEnum)
  @IsIn(PLACE_LEVELS)
  level!: PlaceLevel;

  @Field(() => LocalisedNamesInput)
  @ValidateNested()
  @Type(() => LocalisedNamesInput)
  names!: LocalisedNamesInput;

  @AliasesField()
  aliases?: string[];
}

@InputType()
export class UpdatePlaceInput {
  @Field(() => LocalisedNamesPatch, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedNamesPatch)
  names?: LocalisedNamesPatch;

  @AliasesField()
  aliases?: string[];

  @CodeField({ nullable: true, description: 'Moves the place (and everything below it) under another place.' })
  parentCode?: string | null;
}
