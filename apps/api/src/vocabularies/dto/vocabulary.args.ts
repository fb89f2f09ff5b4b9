import { ArgsType, Field, Int } from '@nestjs/graphql';
import { LIMITS } from '@hub/domain';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PlaceLevelEnum } from '../vocabularies.models';
import { PLACE_LEVELS, type PlaceLevel } from '../vocabularies.types';
import { CodeField } from './code.validators';

export const SEARCH_PLACES_MAX = 50;

@ArgsType()
export class PlacesArgs {
  @CodeField({ nullable: true })
  parentCode?: string | null;

  @Field(() => PlaceLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(PLACE_LEVELS)
  level?: PlaceLevel | null;
}

@ArgsType()
export class SearchPlacesArgs {
  @Field({ description: 'Any name or alias, any language, or its beginning.' })
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(LIMITS.nameMax)
  query!: string;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(SEARCH_PLACES_MAX)
  limit!: number;
}

@ArgsType()
export class TagsArgs {
  @Field(() => String, { nullable: true, description: 'Tags with a label or synonym word starting with this.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.tagMax)
  query?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  first!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
