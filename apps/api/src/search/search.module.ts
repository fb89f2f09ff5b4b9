import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EmbeddedSearchEngine } from './embedded-search.engine';
import { MeilisearchSearchEngine } from './meilisearch-search.engine';
import { SEARCH_ENGINE, SearchHealth, SearchEngineName } from './search-engine.port';

// Narrowed to health until both adapters implement the whole port.
export interface SearchEngineHealthCheck {
  readonly name: SearchEngineName;
  health(): Promise<SearchHealth>;
}

@Global()
@Module({
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): SearchEngineHealthCheck =>
        config.meilisearch ? new MeilisearchSearchEngine(config.meilisearch) : new EmbeddedSearchEngine(),
    },
  ],
  exports: [SEARCH_ENGINE],
})
export class SearchModule {}
