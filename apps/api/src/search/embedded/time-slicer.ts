// The longest stretch of a rebuild between two yields to the event loop, so requests are answered
// meanwhile (searches from the previous generation). A document takes 0.5-1 ms: 500 of them between
// yields held every request during the boot build for up to 400 ms (a CPU profile under load).
export const SLICE_MS = 10;

/** Tells a long loop when SLICE_MS of work has passed since it last yielded to the event loop. */
export class TimeSlicer {
  private since: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.since = now();
  }

  get due(): boolean {
    return this.now() - this.since >= SLICE_MS;
  }

  /** Lets every callback already waiting on the event loop (I/O included) run, then starts a new slice. */
  async yield(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.since = this.now();
  }
}
