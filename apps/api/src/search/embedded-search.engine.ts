import { SearchHealth } from './search-engine.port';

/**
 * Placeholder until the embedded engine lands: reports healthy so /ready works.
 * Replaced by the real in-process engine (see search/embedded/).
 */
export class EmbeddedSearchEngine {
  readonly name = 'embedded' as const;

  async health(): Promise<SearchHealth> {
    return { engine: this.name, ok: true };
  }
}
