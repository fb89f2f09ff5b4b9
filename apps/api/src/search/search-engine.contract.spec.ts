import { EmbeddedSearchEngine } from './embedded/embedded-search.engine';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search.engine';
import { defineSearchEngineContract } from './search-engine.contract';
import { SearchEngine } from './search-engine.port';

describe('SearchEngine contract: embedded', () => {
  defineSearchEngineContract({ create: async () => new EmbeddedSearchEngine() });
});

const meiliUrl = process.env.MEILI_URL;
if (meiliUrl) {
  describe('SearchEngine contract: meilisearch', () => {
    // One uid prefix per run, one index per test; every index is deleted after its test.
    const run = `contract_${Date.now().toString(36)}_${process.pid}`;
    let counter = 0;
    defineSearchEngineContract({
      create: async () =>
        new MeilisearchSearchEngine({
          url: meiliUrl,
          apiKey: process.env.MEILI_MASTER_KEY,
          indexUid: `${run}_${++counter}`,
          retry: { attempts: 2, baseDelayMs: 100, waitTimeoutMs: 30_000 },
        }),
      dispose: async (engine: SearchEngine) => {
        if (engine instanceof MeilisearchSearchEngine) await engine.dropIndex();
      },
      timeoutMs: 60_000,
    });
  });
}
