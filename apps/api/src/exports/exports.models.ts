import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LANGUAGES, type Language } from '@hub/domain';
import { Type } from 'class-transformer';
import { IsIn, IsMongoId, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LanguageEnum } from '../accounts/accounts.models';
import { enumFromValues } from '../common/graphql-enum';
import { SEARCH_SORTS, SEARCH_TEXT_MAX, SearchFiltersInput, SearchSortEnum, type SearchSortValue } from '../search/dto/search.input';
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { EXPORT_KINDS, EXPORT_STATUSES, type ExportKind, type ExportStatus } from './export-job.schema';

export const ExportFormatEnum = enumFromValues(EXPORT_FORMATS);
registerEnumType(ExportFormatEnum, { name: 'ExportFormat', description: 'CSV (UTF-8 with BOM and an HXL row), XLSX or JSON.' });
export const ExportKindEnum = enumFromValues(EXPORT_KINDS);
registerEnumType(ExportKindEnum, { name: 'ExportKind' });
export const ExportStatusEnum = enumFromValues(EXPORT_STATUSES);
registerEnumType(ExportStatusEnum, { name: 'ExportStatus' });

/** A search result set as the search page holds it in its URL (text, facet filters, sort). */
@InputType()
export class SearchExportInput {
  @Field(() => String, { defaultValue: '' })
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
}

@InputType()
export class StartExportInput {
  @Field(() => ExportFormatEnum)
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;

  @Field(() => ID, { nullable: true, description: 'Export this question with its contributions and synthesis…' })
  @IsOptional()
  @IsMongoId({ message: 'must be a question id' })
  questionId?: string | null;

  @Field(() => SearchExportInput, { nullable: true, description: '…or this search result set (exactly one of the two).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchExportInput)
  search?: SearchExportInput | null;

  @Field(() => LanguageEnum, { nullable: true, description: 'Language of place and vocabulary names (English by default).' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language | null;
}

@ObjectType('ExportJob', { description: 'An export, produced at once when small or by a background worker; only its requester sees it.' })
export class ExportJobModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ExportKindEnum)
  kind!: ExportKind;

  @Field(() => ExportFormatEnum)
  format!: ExportFormat;

  @Field(() => ExportStatusEnum)
  status!: ExportStatus;

  @Field(() => Int, { description: 'Items written so far.' })
  done!: number;

  @Field(() => Int, { description: 'Items to write (known once the job has started).' })
  total!: number;

  @Field(() => Int, { nullable: true, description: 'Rows in the finished file.' })
  rows!: number | null;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: 'GET it with the bearer token while the file lasts (see expiresAt).' })
  downloadPath!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
