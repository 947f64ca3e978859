import autocannon from 'autocannon';

export interface LoadSpec {
  /** Must be on 127.0.0.1: the bench never sends load anywhere else. */
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** The same body every time… */
  body?: string;
  /** …or a fresh one for every request. */
  nextBody?: () => string;
  /** Answers for which this is false count as failures. */
  verifyBody?: (body: string) => boolean;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  /** 2xx answers whose body passed verifyBody. */
  succeeded: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Hard cap on requests per load run, on top of the time limit. */
const MAX_REQUESTS = Number(process.env['BENCH_MAX_REQUESTS'] ?? 500_000);

/** A closed-loop load with autocannon: `connections` clients, each sending its next request when the answer is in. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const target = new URL(spec.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`Load goes to 127.0.0.1 only, not to ${target.hostname}`);
  const nextBody = spec.nextBody;
  const result = await autocannon({
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    connections: spec.connections,
    duration: spec.seconds,
    maxOverallRequests: Math.max(MAX_REQUESTS, spec.connections),
    timeout: 30,
    ...(spec.body !== undefined ? { body: spec.body } : {}),
    ...(nextBody ? { requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }] } : {}),
    ...(spec.verifyBody ? { verifyBody: (body) => spec.verifyBody!(String(body)) } : {}),
  });
  const failed = result.errors + result.non2xx + result.mismatches;
  if (failed > 0) {
    throw new Error(
      `${spec.url}: ${failed} failed requests during the load (errors ${result.errors}, timeouts ${result.timeouts}, ` +
        `non-2xx ${result.non2xx}, wrong answer ${result.mismatches}); its figures would mean nothing.`,
    );
  }
  const succeeded = result['2xx'];
  return {
    succeeded,
    requestsPerSecond: succeeded / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}
