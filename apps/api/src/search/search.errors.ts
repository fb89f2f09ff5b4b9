/** Why a search engine operation failed; internal (mapped to a generic error for clients). */
export enum SearchErrorCode {
  /** The engine could not be reached or answered with an error. */
  EngineUnavailable = 'SEARCH_ENGINE_UNAVAILABLE',
  /** An indexing task (settings, documents, swap) ended failed after its retries. */
  TaskFailed = 'SEARCH_TASK_FAILED',
}

export class SearchEngineError extends Error {
  constructor(
    readonly code: SearchErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SearchEngineError';
  }
}
