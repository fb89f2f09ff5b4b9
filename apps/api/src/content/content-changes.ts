import { Global, Injectable, Module } from '@nestjs/common';
import { ContentWriteQueue } from './content-write-queue';

export interface ContentChange {
  kind: 'question' | 'contribution';
  ids: string[];
}

/**
 * In-process hints that searchable content changed, sent by the repositories after each write.
 * The search worker indexes hinted items at once; the outbox (`searchSync.pending`, written in the
 * same document update) stays the source of truth, so a lost hint only means a slower path.
 */
@Injectable()
export class ContentChanges {
  private readonly listeners = new Set<(change: ContentChange) => void>();

  notify(kind: ContentChange['kind'], ids: string[]): void {
    if (!ids.length) return;
    for (const listener of this.listeners) listener({ kind, ids });
  }

  subscribe(listener: (change: ContentChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

@Global()
@Module({ providers: [ContentChanges, ContentWriteQueue], exports: [ContentChanges, ContentWriteQueue] })
export class ContentChangesModule {}
