import type { Server } from 'node:http';

/** Counts HTTP requests that have not finished (answered or abandoned), so a shutdown can wait for them. */
export class InFlightRequests {
  private count = 0;
  private readonly idle = new Set<() => void>();

  constructor(server: Server) {
    server.on('request', (_req, res) => {
      this.count += 1;
      res.once('close', () => {
        this.count -= 1;
        if (this.count === 0) for (const resolve of this.idle) resolve();
      });
    });
  }

  get size(): number {
    return this.count;
  }

  /** Resolves true once none are left, or false when `timeoutMs` passed first. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (drained: boolean) => {
        clearTimeout(timer);
        this.idle.delete(onIdle);
        resolve(drained);
      };
      const onIdle = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.idle.add(onIdle);
    });
  }
}
