/**
 * At most `perHost` pieces of work at a time per host, started in the order they asked. Link checks
 * run many at once; without this, one municipality's web server could get dozens of requests from
 * us at the same moment, which is impolite and gets us rate-limited or banned.
 */
export class HostLimiter {
  /** Only hosts with work running or waiting are here, so a long run over many hosts does not grow it. */
  private readonly hosts = new Map<string, HostQueue>();
  /** One number per host ever seen: kept after the host is idle so a run can be checked afterwards. */
  private readonly peaks = new Map<string, number>();

  constructor(private readonly perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1) {
      throw new RangeError(`perHost must be a whole number of at least 1, got ${perHost}`);
    }
  }

  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await work();
    } finally {
      this.release(host);
    }
  }

  /** The highest number of pieces of work that ran at the same time for `host`. */
  peak(host: string): number {
    return this.peaks.get(host) ?? 0;
  }

  private acquire(host: string): Promise<void> {
    let queue = this.hosts.get(host);
    if (!queue) {
      queue = { running: 0, waiting: [] };
      this.hosts.set(host, queue);
    }
    if (queue.running < this.perHost) {
      queue.running += 1;
      this.peaks.set(host, Math.max(this.peak(host), queue.running));
      return Promise.resolve();
    }
    const waitingQueue = queue;
    return new Promise((resolve) => waitingQueue.waiting.push(resolve));
  }

  private release(host: string): void {
    const queue = this.hosts.get(host);
    if (!queue) return;
    const next = queue.waiting.shift();
    // The slot passes straight to the next in line, so a newcomer cannot jump the queue.
    if (next) {
      next();
      return;
    }
    queue.running -= 1;
    if (queue.running === 0) this.hosts.delete(host);
  }
}

interface HostQueue {
  running: number;
  waiting: (() => void)[];
}
