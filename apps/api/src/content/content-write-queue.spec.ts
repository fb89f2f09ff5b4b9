import { ContentWriteQueue, WHOLE_COLLECTION } from './content-write-queue';

/** The order in which writes start and finish, recorded by writes that finish when told to. */
function recorder() {
  const events: string[] = [];
  const finishers = new Map<string, () => void>();
  const write = (name: string) => () => {
    events.push(`start ${name}`);
    return new Promise<string>((resolve) => finishers.set(name, () => resolve(name))).then((value) => {
      events.push(`end ${name}`);
      return value;
    });
  };
  const finish = async (name: string) => {
    const done = finishers.get(name);
    if (!done) throw new Error(`${name} has not started`);
    done();
    await settle();
  };
  return { events, write, finish, started: (name: string) => finishers.has(name) };
}

/** Lets every queued continuation run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ContentWriteQueue', () => {
  it('runs writes to one document one at a time, in the order they came', async () => {
    const queue = new ContentWriteQueue();
    const { events, write, finish } = recorder();
    const results = [queue.run('contributions', ['a'], write('1')), queue.run('contributions', ['a'], write('2')), queue.run('contributions', ['A'], write('3'))];
    await settle();
    expect(events).toEqual(['start 1']);
    await finish('1');
    await finish('2');
    await finish('3');
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    await expect(Promise.all(results)).resolves.toEqual(['1', '2', '3']);
  });

  it('runs writes to different documents, and to different collections, side by side', async () => {
    const queue = new ContentWriteQueue();
    const { events, write, finish } = recorder();
    void queue.run('contributions', ['a'], write('a'));
    void queue.run('contributions', ['b'], write('b'));
    void queue.run('questions', ['a'], write('question a'));
    void queue.run('contributions', [], write('new'));
    await settle();
    expect(events).toEqual(['start a', 'start b', 'start question a', 'start new']);
    await finish('b');
    await finish('a');
    await finish('question a');
    await finish('new');
  });

  it('starts a write to several documents once every earlier write to any of them is done', async () => {
    const queue = new ContentWriteQueue();
    const { events, write, finish, started } = recorder();
    void queue.run('questions', ['a'], write('a'));
    void queue.run('questions', ['b'], write('b'));
    void queue.run('questions', ['a', 'b', 'a'], write('a+b'));
    void queue.run('questions', ['c'], write('c'));
    void queue.run('questions', ['b'], write('b again'));
    await settle();
    expect(events).toEqual(['start a', 'start b', 'start c']);
    await finish('a');
    expect(started('a+b')).toBe(false);
    await finish('b');
    expect(events.slice(-1)).toEqual(['start a+b']);
    expect(started('b again')).toBe(false);
    await finish('a+b');
    expect(events.slice(-2)).toEqual(['end a+b', 'start b again']);
    await finish('b again');
    await finish('c');
  });

  it('runs a write to the whole collection alone: after every earlier write, before every later one', async () => {
    const queue = new ContentWriteQueue();
    const { events, write, finish, started } = recorder();
    void queue.run('questions', ['a'], write('a'));
    void queue.run('questions', ['b'], write('b'));
    void queue.run('questions', WHOLE_COLLECTION, write('all'));
    void queue.run('questions', ['c'], write('c'));
    void queue.run('questions', [], write('new'));
    void queue.run('contributions', ['c'], write('other collection'));
    await settle();
    expect(events).toEqual(['start a', 'start b', 'start other collection']);
    await finish('a');
    await finish('b');
    expect(events.slice(-1)).toEqual(['start all']);
    expect(started('c') || started('new')).toBe(false);
    await finish('all');
    expect(events.slice(-3)).toEqual(['end all', 'start c', 'start new']);
    await finish('c');
    await finish('new');
    await finish('other collection');
  });

  it('goes on after a failed write, whose caller gets the error', async () => {
    const queue = new ContentWriteQueue();
    const failed = queue.run('questions', ['a'], () => Promise.reject(new Error('write refused')));
    const next = queue.run('questions', ['a'], () => Promise.resolve('next'));
    const whole = queue.run('questions', WHOLE_COLLECTION, () => Promise.resolve('whole'));
    await expect(failed).rejects.toThrow('write refused');
    await expect(next).resolves.toBe('next');
    await expect(whole).resolves.toBe('whole');
    await expect(queue.run('questions', ['a'], () => Promise.resolve('after'))).resolves.toBe('after');
  });
});
