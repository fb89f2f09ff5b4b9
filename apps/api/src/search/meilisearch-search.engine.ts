import { Meilisearch } from 'meilisearch';
import { SearchHealth } from './search-engine.port';

/** Adapter for a Meilisearch server, through the official client (full adapter in progress). */
export class MeilisearchSearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(options: { url: string; apiKey?: string }) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: 2_000 });
  }

  async health(): Promise<SearchHealth> {
    try {
      const { status } = await this.client.health();
      return { engine: this.name, ok: status === 'available', detail: status };
    } catch (error) {
      return { engine: this.name, ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
