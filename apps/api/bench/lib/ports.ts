import { createServer } from 'node:net';

// Every server the bench starts listens on 127.0.0.1, on a port from this range (BENCH_PORT_FIRST–BENCH_PORT_LAST).
const FIRST = Number(process.env['BENCH_PORT_FIRST'] ?? 4100);
const LAST = Number(process.env['BENCH_PORT_LAST'] ?? 4199);
let next = FIRST;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The next free port of the range, round-robin so that a port just given up is not handed out again at once. */
export async function benchPort(): Promise<number> {
  const size = LAST - FIRST + 1;
  for (let i = 0; i < size; i += 1) {
    const port = FIRST + ((next - FIRST + i) % size);
    if (await isFree(port)) {
      next = port + 1 > LAST ? FIRST : port + 1;
      return port;
    }
  }
  throw new Error(`No free port between ${FIRST} and ${LAST}.`);
}
