import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

// What every baseline server shares: plain node:http on 127.0.0.1:PORT, GET /health, and the SQL counter routes the
// platform has under TEST_SQL_COUNTER (POST /__test/sql-count/reset, GET /__test/sql-count).

export const sqlCounter = { count: 0 };

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, json: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Serves `handle` for every request but the shared routes; a thrown error answers 500. Stops on SIGTERM. */
export function serveBare(handle: Handler, onStop: () => Promise<void> = () => Promise.resolve()): Server {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') return sendJson(res, 200, '{"status":"ok"}');
    if (req.method === 'GET' && req.url === '/__test/sql-count') return sendJson(res, 200, JSON.stringify({ count: sqlCounter.count }));
    if (req.method === 'POST' && req.url === '/__test/sql-count/reset') {
      sqlCounter.count = 0;
      return sendJson(res, 200, '{"count":0}');
    }
    (async () => {
      await handle(req, res);
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, JSON.stringify({ errors: [{ message: String(error) }] }));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(requiredEnv('PORT')), '127.0.0.1');
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void onStop().finally(() => process.exit(0));
  });
  return server;
}
