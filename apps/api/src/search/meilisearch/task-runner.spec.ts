import type { EnqueuedTask, Task } from 'meilisearch';
import { SearchEngineError, SearchErrorCode } from '../search.errors';
import { TaskClientLike, TaskRunner } from './task-runner';

function enqueued(taskUid: number): EnqueuedTask {
  return { taskUid, indexUid: 'docs', status: 'enqueued', type: 'documentAdditionOrUpdate', enqueuedAt: '2026-01-01T00:00:00Z' };
}

function finished(uid: number, status: Task['status'], code?: string): Task {
  return {
    uid,
    indexUid: 'docs',
    status,
    type: 'documentAdditionOrUpdate',
    enqueuedAt: '2026-01-01T00:00:00Z',
    batchUid: null,
    canceledBy: null,
    error: code ? { code, message: `${code} happened`, type: 'internal', link: '' } : null,
    duration: null,
    startedAt: null,
    finishedAt: null,
  } as Task;
}

/** A fake task API that ends each enqueued task with the next scripted outcome. */
function scripted(outcomes: Array<Task['status'] | Error>, code = 'internal'): { client: TaskClientLike; enqueue: () => Promise<EnqueuedTask>; enqueues: () => number } {
  let next = 0;
  let enqueueCount = 0;
  const client: TaskClientLike = {
    waitForTask: async (uid) => {
      const outcome = outcomes[next++];
      if (outcome instanceof Error) throw outcome;
      return finished(uid, outcome, outcome === 'succeeded' ? undefined : code);
    },
  };
  return { client, enqueue: async () => enqueued(++enqueueCount), enqueues: () => enqueueCount };
}

const noSleep = async (): Promise<void> => undefined;
const options = { attempts: 3, baseDelayMs: 10, waitTimeoutMs: 1000 };

describe('TaskRunner', () => {
  it('re-enqueues a failed task and succeeds', async () => {
    const fake = scripted(['failed', 'succeeded']);
    const runner = new TaskRunner(fake.client, options, noSleep);
    await expect(runner.run('add documents', fake.enqueue)).resolves.toMatchObject({ status: 'succeeded', uid: 2 });
    expect(fake.enqueues()).toBe(2);
  });

  it('throws and records the failure once the attempts are used up', async () => {
    const fake = scripted(['failed', 'failed', 'failed']);
    const runner = new TaskRunner(fake.client, options, noSleep);
    const error = await runner.run('add documents', fake.enqueue).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchEngineError);
    expect(error).toMatchObject({ code: SearchErrorCode.TaskFailed });
    expect(String((error as Error).message)).toContain('internal happened');
    expect(fake.enqueues()).toBe(3);
    expect(runner.lastFailure).toContain('add documents');
  });

  it('does not retry an error that cannot go away', async () => {
    const fake = scripted(['failed', 'succeeded'], 'invalid_settings_ranking_rules');
    const runner = new TaskRunner(fake.client, options, noSleep);
    await expect(runner.run('settings', fake.enqueue)).rejects.toMatchObject({ code: SearchErrorCode.TaskFailed });
    expect(fake.enqueues()).toBe(1);
  });

  it('accepts the listed error codes as success', async () => {
    const fake = scripted(['failed'], 'index_already_exists');
    const runner = new TaskRunner(fake.client, options, noSleep);
    await expect(runner.run('create index', fake.enqueue, ['index_already_exists'])).resolves.toMatchObject({ status: 'failed' });
  });

  it('keeps waiting on the same task when waiting times out, without enqueueing it twice', async () => {
    const fake = scripted([new Error('timed out'), 'succeeded']);
    const runner = new TaskRunner(fake.client, options, noSleep);
    await expect(runner.run('swap', fake.enqueue)).resolves.toMatchObject({ status: 'succeeded', uid: 1 });
    expect(fake.enqueues()).toBe(1);
  });

  it('backs off exponentially between attempts', async () => {
    const fake = scripted(['failed', 'failed', 'succeeded']);
    const delays: number[] = [];
    const runner = new TaskRunner(fake.client, options, async (ms) => {
      delays.push(ms);
    });
    await runner.run('add documents', fake.enqueue);
    expect(delays).toEqual([10, 20]);
  });
});
