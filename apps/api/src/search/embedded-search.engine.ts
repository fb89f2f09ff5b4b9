import { SearchEngine, SearchHealth } from './search-engine.port';

/** In-process engine: the default when MEILI_URL is unset; lives and dies with the API process. */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;

  async health(): Promise<SearchHealth> {
    return { engine: this.name, ok: true };
  }
}
