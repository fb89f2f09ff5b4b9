import { EmbeddedSearchEngine } from './embedded/embedded-search.engine';
import { defineSearchEngineContract } from './search-engine.contract';

describe('SearchEngine contract: embedded', () => {
  defineSearchEngineContract({ create: async () => new EmbeddedSearchEngine() });
});
