import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FaultInjectingSearchEngine } from './fault-injecting-search.engine';
import { EmbeddedSearchEngine } from './embedded/embedded-search.engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search.engine';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.port';

@Global()
@Module({
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): SearchEngine => {
        const engine = config.meilisearch ? new MeilisearchSearchEngine(config.meilisearch) : new EmbeddedSearchEngine();
        return config.searchFaultInjection ? new FaultInjectingSearchEngine(engine) : engine;
      },
    },
  ],
  exports: [SEARCH_ENGINE],
})
export class SearchModule {}
