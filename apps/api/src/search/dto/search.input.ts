import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { LANGUAGES, LIMITS, type Language } from '@hub/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LanguageEnum } from '../../accounts/accounts.models';
import { enumFromValues } from '../../common/graphql-enum';

export const SEARCH_TEXT_MAX = 200;
export const SEARCH_PAGE_MAX = 50;

export const SEARCH_SORTS = ['RELEVANCE', 'NEWEST', 'MOST_HELPFUL'] as const;
export type SearchSortValue = (typeof SEARCH_SORTS)[number];
export const SearchSortEnum = enumFromValues(SEARCH_SORTS);
registerEnumType(SearchSortEnum, { name: 'SearchSort' });

const codes = () => [IsOptional(), IsArray(), ArrayMaxSize(LIMITS.listItemsMax), IsString({ each: true }), MaxLength(LIMITS.tagMax, { each: true })];
function CodeList(): PropertyDecorator {
  return (target, key) => codes().forEach((decorate) => decorate(target, key));
}

/** Facet filters: values inside one facet are OR-ed, facets are AND-ed. Values are vocabulary codes. */
@InputType()
export class SearchFiltersInput {
  @Field(() => [String], { nullable: true, description: 'QUESTION, CONTRIBUTION or SYNTHESIS (lower case accepted).' })
  @CodeList()
  kinds?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  sectors?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  governorates?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  districts?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  cohorts?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  statuses?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  evidenceTypes?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  organisationTypes?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  years?: string[];

  @Field(() => [String], { nullable: true })
  @CodeList()
  languages?: string[];
}

@InputType()
export class SearchInput {
  @Field(() => String, { defaultValue: '', description: `Free text (at most ${SEARCH_TEXT_MAX} characters); empty browses everything readable.` })
  @IsString()
  @MaxLength(SEARCH_TEXT_MAX)
  text = '';

  @Field(() => SearchFiltersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFiltersInput)
  filters?: SearchFiltersInput | null;

  @Field(() => SearchSortEnum, { defaultValue: 'RELEVANCE' })
  @IsIn(SEARCH_SORTS)
  sort: SearchSortValue = 'RELEVANCE';

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${SEARCH_PAGE_MAX}.` })
  @IsInt()
  @Min(1)
  @Max(SEARCH_PAGE_MAX)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string | null;

  @Field(() => LanguageEnum, { nullable: true, description: 'Language of facet labels (English by default).' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language | null;
}
