import { Inject, Injectable } from '@nestjs/common';
import { contributionDocumentId, questionDocumentId, synthesisDocumentId } from './search-documents';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.port';
import { SearchSources } from './search-sources';

export interface Reconciliation {
  /** In MongoDB, not in the index. */
  missing: string[];
  /** In both, with another version in the index. */
  stale: string[];
  /** In the index, no longer in MongoDB. */
  extra: string[];
}

/** Compares MongoDB (ids and versions) with the index; empty lists mean nothing was lost. */
@Injectable()
export class SearchReconciliation {
  constructor(
    private readonly sources: SearchSources,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async reconcile(): Promise<Reconciliation> {
    const [questions, syntheses, contributions, indexed] = await Promise.all([
      this.sources.questions.searchVersions(),
      this.sources.questions.synthesisVersions(),
      this.sources.contributions.searchVersions(),
      this.engine.versions(),
    ]);
    const expected = new Map<string, number>([
      ...questions.map(({ id, version }) => [questionDocumentId(id), version] as const),
      ...syntheses.map(({ id, version }) => [synthesisDocumentId(id), version] as const),
      ...contributions.map(({ id, version }) => [contributionDocumentId(id), version] as const),
    ]);
    const result: Reconciliation = { missing: [], stale: [], extra: [] };
    for (const [id, version] of expected) {
      const actual = indexed.get(id);
      if (actual === undefined) result.missing.push(id);
      else if (actual !== version) result.stale.push(id);
    }
    for (const id of indexed.keys()) if (!expected.has(id)) result.extra.push(id);
    return result;
  }

  /** Queues the differences as ordinary outbox work (and drops extras), e.g. after a Meilisearch swap. */
  async repair(differences: Reconciliation): Promise<void> {
    const sourceIds = (prefix: string) =>
      [...differences.missing, ...differences.stale].filter((id) => id.startsWith(prefix)).map((id) => id.slice(id.indexOf(':') + 1));
    await this.sources.questions.markSearchPending([...new Set([...sourceIds('question:'), ...sourceIds('synthesis:')])]);
    await this.sources.contributions.markSearchPending(sourceIds('contribution:'));
    if (differences.extra.length) await this.engine.remove(differences.extra);
  }
}
