import { Logger } from '@nestjs/common';
import type { EnqueuedTask, Task } from 'meilisearch';
import { SearchEngineError, SearchErrorCode } from '../search.errors';

export interface TaskRetryOptions {
  /** Attempts per task, the first included. */
  attempts: number;
  /** Delay before the second attempt; doubled for each further one. */
  baseDelayMs: number;
  /** How long to wait for one task to finish before asking again. */
  waitTimeoutMs: number;
}

export const DEFAULT_TASK_RETRY: TaskRetryOptions = { attempts: 4, baseDelayMs: 250, waitTimeoutMs: 120_000 };

/** Task error codes that will fail the same way however often they are retried. */
function isPermanent(code: string | undefined): boolean {
  return code !== undefined && /^(invalid_|missing_|immutable_|primary_key_|index_primary_key_)/.test(code);
}

export interface TaskClientLike {
  waitForTask(taskUid: number, options: { timeout: number; interval: number }): Promise<Task>;
}

/**
 * Runs Meilisearch tasks to completion. A task that ends `failed` or `canceled` had no effect,
 * so it is enqueued again (bounded, with exponential backoff) and, if it keeps failing, the last
 * error is logged and thrown: a failed task is never ignored. Waiting is retried on the same task
 * uid rather than re-enqueueing, so a slow swap is never applied twice.
 */
export class TaskRunner {
  private readonly logger = new Logger('MeilisearchTasks');
  lastFailure: string | null = null;

  constructor(
    private readonly tasks: TaskClientLike,
    private readonly options: TaskRetryOptions = DEFAULT_TASK_RETRY,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** `accept` lists error codes that mean the desired state already holds (index_already_exists). */
  async run(label: string, enqueue: () => Promise<EnqueuedTask>, accept: readonly string[] = []): Promise<Task> {
    let failure: SearchEngineError | undefined;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      if (attempt > 1) await this.sleep(this.options.baseDelayMs * 2 ** (attempt - 2));
      try {
        const enqueued = await enqueue();
        const task = await this.waitFor(enqueued.taskUid);
        if (task.status === 'succeeded') return task;
        if (task.error && accept.includes(task.error.code)) return task;
        const detail = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
        failure = new SearchEngineError(SearchErrorCode.TaskFailed, `${label}: task ${task.uid} ${task.status} (${detail})`);
        if (isPermanent(task.error?.code)) break;
      } catch (error) {
        failure = new SearchEngineError(SearchErrorCode.EngineUnavailable, `${label}: ${messageOf(error)}`, { cause: error });
      }
      if (attempt < this.options.attempts) this.logger.warn(`${failure.message}; retrying (attempt ${attempt + 1} of ${this.options.attempts})`);
    }
    const error = failure ?? new SearchEngineError(SearchErrorCode.TaskFailed, `${label}: no attempt made`);
    this.lastFailure = `${new Date().toISOString()} ${error.message}`;
    this.logger.error(error.message);
    throw error;
  }

  private async waitFor(taskUid: number): Promise<Task> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      try {
        return await this.tasks.waitForTask(taskUid, { timeout: this.options.waitTimeoutMs, interval: 50 });
      } catch (error) {
        lastError = error;
        if (attempt < this.options.attempts) await this.sleep(this.options.baseDelayMs * 2 ** (attempt - 1));
      }
    }
    throw lastError;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
