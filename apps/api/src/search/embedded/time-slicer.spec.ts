import { SLICE_MS, TimeSlicer } from './time-slicer';

describe('TimeSlicer', () => {
  it('is due once a slice of work has passed, and starts a new slice when it yields', async () => {
    let clock = 1_000;
    const slicer = new TimeSlicer(() => clock);
    clock += SLICE_MS - 1;
    expect(slicer.due).toBe(false);
    clock += 1;
    expect(slicer.due).toBe(true);
    await slicer.yield();
    expect(slicer.due).toBe(false);
    clock += SLICE_MS;
    expect(slicer.due).toBe(true);
  });

  it('lets waiting callbacks run when it yields', async () => {
    const slicer = new TimeSlicer(() => 0);
    const ran: string[] = [];
    setImmediate(() => ran.push('waiting callback'));
    await slicer.yield();
    ran.push('after the yield');
    expect(ran).toEqual(['waiting callback', 'after the yield']);
  });
});
