import { Module } from '@nestjs/common';
import { ContributionsModule } from '../contributions/contributions.module';
import { QuestionsModule } from '../questions/questions.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { SearchDocumentBuilder } from './search-documents';
import { SearchFacetLabels } from './search-facet-labels';
import { SearchIndexService } from './search-index.service';
import { SearchReconciliation } from './search-reconciliation';
import { SearchSources } from './search-sources';
import { SearchSyncWorker } from './search-sync.worker';
import { SearchAdminResolver, SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Keeps the index in step with MongoDB and serves search (the engine itself is in SearchModule). */
@Module({
  imports: [QuestionsModule, ContributionsModule, VocabulariesModule],
  providers: [
    SearchDocumentBuilder,
    SearchSources,
    SearchSyncWorker,
    SearchIndexService,
    SearchReconciliation,
    SearchFacetLabels,
    SearchService,
    SearchResolver,
    SearchAdminResolver,
  ],
  exports: [SearchIndexService, SearchReconciliation, SearchSyncWorker, SearchService],
})
export class SearchIndexModule {}
