import type { Client as WsClient } from 'graphql-ws';
import type { Client } from 'pg';
import WebSocket from 'ws';
import { connect } from './support/db';
import { codesOf, gql, wsClient, wsOnce } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

// Issue #11, WebSocket edges: malformed credentials, the connection_init timeout, auth mutations, bad text.
let platform: TestPlatform;
let db: Client;
const clients: WsClient[] = [];

/** Opens a raw graphql-transport-ws socket, optionally sends connection_init, and resolves with the close code. */
function closeCodeOf(init: Record<string, unknown> | null): Promise<{ code: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = new WebSocket(platform.api.wsUrl, 'graphql-transport-ws');
    socket.once('error', reject);
    socket.once('open', () => {
      if (init) socket.send(JSON.stringify({ type: 'connection_init', payload: init }));
    });
    socket.once('close', (code) => resolve({ code, ms: performance.now() - started }));
  });
}

function socketFor(token?: string): WsClient {
  const client = wsClient(platform.api.wsUrl, token ? { authorization: `Bearer ${token}` } : undefined);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  platform = await startPlatform('demo');
  db = await connect(platform.databaseUrl);
});
afterAll(async () => {
  await Promise.all(
    clients.map(async (client) => {
      await client.dispose();
    }),
  );
  await db?.end();
  await platform?.stop();
});

describe('WebSocket edges', () => {
  it('refuses a malformed credential with 4403, like a well-formed wrong one', async () => {
    expect((await closeCodeOf({ authorization: 'Bearer bad!' })).code).toBe(4403);
    expect((await closeCodeOf({ authorization: 12345 })).code).toBe(4403);
    expect((await closeCodeOf({ authorization: 'Bearer ln_onbekend_maar_welgevormd_123456' })).code).toBe(4403);
  });

  it('closes a socket without connection_init after 3 s (4408)', async () => {
    const { code, ms } = await closeCodeOf(null);
    expect(code).toBe(4408);
    expect(ms).toBeGreaterThan(2_500);
    expect(ms).toBeLessThan(4_500);
  });

  it('refuses login and logout over the WebSocket, so neither bypasses the throttle nor pretends to revoke', async () => {
    const anonymous = socketFor();
    const loginResult = await wsOnce(anonymous, `mutation { login(email: "member@demo.test", password: "demo-password-2026") { token } }`);
    expect(codesOf(loginResult as { errors?: [] })).toEqual(['FORBIDDEN']);

    const { token } = await login(platform.api.url, 'member@demo.test');
    const logoutResult = await wsOnce(socketFor(token), 'mutation { logout }');
    expect(codesOf(logoutResult as { errors?: [] })).toEqual(['FORBIDDEN']);
    expect((await gql(platform.api.url, '{ viewer { id } }', undefined, bearer(token))).data!['viewer']).toBeTruthy();
  });

  it('checks text for NUL and lone surrogates like HTTP does: BAD_USER_INPUT naming the field', async () => {
    const { token } = await login(platform.api.url, 'member@demo.test');
    const result = (await wsOnce(socketFor(token), `query($b: String!) { markdownPreview(body: $b) }`, { b: 'a\u0000b' })) as {
      errors?: Array<{ extensions?: Record<string, unknown> }>;
    };
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!['fields']).toEqual({ b: expect.any(String) });
  });
});
