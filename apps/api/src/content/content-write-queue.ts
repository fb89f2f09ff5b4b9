import { Injectable } from '@nestjs/common';

/** A write's reach: the documents it may change, by id, or every document of the collection (a write by filter). */
export type WriteScope = readonly string[] | typeof WHOLE_COLLECTION;
export const WHOLE_COLLECTION = 'whole collection';

/**
 * Makes this instance's writes to one document take turns. FerretDB 1.24 applies an update as
 * read-modify-write outside one transaction (measured: concurrent conditional updates on one
 * document can all "win"), so the search worker clearing a flag could silently undo a user's edit
 * made in the same instant. Writes to different documents run side by side; a write by filter
 * (`WHOLE_COLLECTION`) waits for every earlier write to the collection, and every later one waits
 * for it. A write waits only for writes queued before it, so no two writes can wait for each other.
 * MongoDB needs none of this, and loses little: only writes to the same document wait.
 */
@Injectable()
export class ContentWriteQueue {
  private readonly collections = new Map<string, CollectionWrites>();

  run<T>(collection: string, scope: WriteScope, write: () => Promise<T>): Promise<T> {
    let writes = this.collections.get(collection);
    if (!writes) this.collections.set(collection, (writes = new CollectionWrites()));
    return writes.run(scope, write);
  }
}

/** The writes queued on one collection: the last one of each document, and the last by filter. */
class CollectionWrites {
  private readonly lastOf = new Map<string, Promise<void>>();
  private lastWhole: Promise<void> = Promise.resolve();

  run<T>(scope: WriteScope, write: () => Promise<T>): Promise<T> {
    // Lower case: an ObjectId's hex names one document in either case.
    const ids = scope === WHOLE_COLLECTION ? [] : [...new Set(scope.map((id) => id.toLowerCase()))];
    const earlier = new Set(scope === WHOLE_COLLECTION ? this.lastOf.values() : ids.flatMap((id) => this.lastOf.get(id) ?? []));
    const turn = earlier.size ? Promise.all([this.lastWhole, ...earlier]) : this.lastWhole;
    const result = turn.then(() => write());
    // Tails never reject: a failed write is its caller's to handle and must not block the next one.
    const done = result.then(
      () => undefined,
      () => undefined,
    );
    if (scope === WHOLE_COLLECTION) {
      this.lastWhole = done;
      this.lastOf.clear(); // every later write waits for `done`, which waited for all of these
    } else {
      for (const id of ids) this.lastOf.set(id, done);
      void done.then(() => {
        for (const id of ids) if (this.lastOf.get(id) === done) this.lastOf.delete(id);
      });
    }
    return result;
  }
}
