import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, Roles } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { SearchInput } from './dto/search.input';
import { SearchIndexService, SearchIndexStatus } from './search-index.service';
import { Reconciliation, SearchReconciliation } from './search-reconciliation';
import { SearchHitModel, SearchIndexStatusModel, SearchReconciliationModel, SearchResultsModel } from './search.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  // Anonymous searchers see public content only: the service passes their (public) read token.
  @Public()
  @Query(() => SearchResultsModel, { description: 'Questions, contributions and syntheses the viewer may read, with facets.' })
  search(@CurrentActor() actor: Actor | null, @Args('input') input: SearchInput): Promise<SearchResultsModel> {
    return this.service.search(actor, input);
  }

  @Public()
  @Query(() => [SearchHitModel], { description: 'Search-as-you-type: readable question titles matching the prefix.' })
  searchSuggestions(
    @CurrentActor() actor: Actor | null,
    @Args('prefix') prefix: string,
    @Args('first', { type: () => Int, defaultValue: 8 }) first: number,
  ): Promise<SearchHitModel[]> {
    return this.service.suggestions(actor, prefix, first);
  }

  @Public()
  @Query(() => [SearchHitModel], { description: 'Readable questions resembling a title being typed (to avoid duplicates).' })
  similarQuestions(
    @CurrentActor() actor: Actor | null,
    @Args('title') title: string,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<SearchHitModel[]> {
    return this.service.similarQuestions(actor, title, first);
  }
}

@Resolver()
export class SearchAdminResolver {
  constructor(
    private readonly index: SearchIndexService,
    private readonly reconciliation: SearchReconciliation,
  ) {}

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => SearchIndexStatusModel, { description: 'Rebuilds the search index from MongoDB in the background and swaps it in.' })
  reindexSearch(): Promise<SearchIndexStatus> {
    return this.index.reindex();
  }

  @Roles('PLATFORM_ADMIN')
  @Query(() => SearchIndexStatusModel)
  searchIndexStatus(): Promise<SearchIndexStatus> {
    return this.index.status();
  }

  @Roles('PLATFORM_ADMIN')
  @Query(() => SearchReconciliationModel, { description: 'Differences between MongoDB and the search index (ids and versions).' })
  searchReconciliation(): Promise<Reconciliation> {
    return this.reconciliation.reconcile();
  }
}
