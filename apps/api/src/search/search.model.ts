import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/connection';

@ObjectType()
export class HighlightRange {
  @Field(() => Int)
  start!: number;

  @Field(() => Int, { description: 'Exclusive.' })
  end!: number;
}

@ObjectType({ description: 'Text with the ranges that matched the query.' })
export class HighlightedTextModel {
  @Field()
  text!: string;

  @Field(() => [HighlightRange])
  highlights!: HighlightRange[];
}

@ObjectType()
export class SearchHitModel {
  @Field({ description: 'kind:mongoId, e.g. contribution:66b…' })
  id!: string;

  @Field({ description: 'question, contribution or synthesis.' })
  kind!: string;

  @Field()
  questionId!: string;

  @Field(() => HighlightedTextModel)
  title!: HighlightedTextModel;

  @Field(() => HighlightedTextModel)
  snippet!: HighlightedTextModel;
}

@ObjectType()
export class FacetValueModel {
  @Field({ description: 'A vocabulary code (or year, language, status).' })
  value!: string;

  @Field({ description: 'The localised name of the value.' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed by the small-cell rule (see lessThan).' })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'Set when the count is suppressed: there are fewer than this many.' })
  lessThan!: number | null;
}

@ObjectType()
export class FacetModel {
  @Field()
  facet!: string;

  @Field(() => [FacetValueModel])
  values!: FacetValueModel[];
}

@ObjectType()
export class SearchResultsModel {
  @Field(() => Int, { description: 'Matches the searcher may read, across all pages.' })
  totalCount!: number;

  @Field(() => [SearchHitModel])
  hits!: SearchHitModel[];

  @Field(() => [FacetModel])
  facets!: FacetModel[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'The search index as administrators see it.' })
export class SearchIndexStatusModel {
  @Field({ description: 'BUILDING, READY, REBUILDING or FAILED.' })
  state!: string;

  @Field(() => Int)
  indexed!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Int, { description: 'Age in milliseconds of the oldest change not yet searchable.' })
  lagMs!: number;

  @Field()
  engine!: string;
}

@ObjectType({ description: 'Differences between MongoDB and the index (document ids).' })
export class SearchReconciliationModel {
  @Field(() => [String])
  missing!: string[];

  @Field(() => [String])
  stale!: string[];

  @Field(() => [String])
  extra!: string[];
}
