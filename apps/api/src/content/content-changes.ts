import { Global, Injectable, Module } from '@nestjs/common';

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

/**
 * Serialises this instance's writes to one collection. FerretDB 1.24 applies an update as
 * read-modify-write outside one transaction (measured: concurrent conditional updates on one
 * document can all "win"), so the search worker clearing a flag could silently undo a user's edit
 * made in the same instant. One queue per collection removes that race for the embedded setup;
 * MongoDB needs no such care but loses little (writes here are few and short).
 */
@Injectable()
export class ContentWriteQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(collection: string, write: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(collection) ?? Promise.resolve();
    const next = previous.then(write, write);
    this.tails.set(
      collection,
      next.catch(() => undefined),
    );
    return next;
  }
}

@Global()
@Module({ providers: [ContentChanges, ContentWriteQueue], exports: [ContentChanges, ContentWriteQueue] })
export class ContentChangesModule {}
