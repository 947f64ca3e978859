import { codesOf, gql, wsClient, wsOnce } from './support/graphql';
import { startPlatform, type TestPlatform } from './support/platform';
import WebSocket from 'ws';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform('demo', { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '5' });
});
afterAll(() => platform?.stop());

const DEEP = `{ organisations { nodes { partOf { memberOrganisations { partOf { memberOrganisations { partOf { memberOrganisations { name } } } } } } } } }`;
const ALIASES = `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
const SCHEMA_FRAGMENT_BYPASS = `
  query { ...__schema }
  fragment __schema on Query { organisations { nodes { partOf { memberOrganisations { partOf { memberOrganisations { partOf { name } } } } } } } }
`;

describe('query limits over HTTP', () => {
  it('refuses a query deeper than the limit with QUERY_TOO_COMPLEX', async () => {
    const res = await gql(platform.api.url, DEEP);
    expect(codesOf(res)).toContain('QUERY_TOO_COMPLEX');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses too many aliases', async () => {
    expect(codesOf(await gql(platform.api.url, ALIASES))).toContain('QUERY_TOO_COMPLEX');
  });

  it('is not bypassed by a fragment named __schema (GHSA-224p-v68g-5g8f)', async () => {
    expect(codesOf(await gql(platform.api.url, SCHEMA_FRAGMENT_BYPASS))).toContain('QUERY_TOO_COMPLEX');
  });

  it('still answers a query within the limits', async () => {
    const res = await gql(platform.api.url, '{ organisations(first: 1) { nodes { name partOf { name } } } }');
    expect(res.errors).toBeUndefined();
  });
});

describe('query limits over WebSocket (graphql-ws)', () => {
  it('applies the same depth and alias limits as HTTP', async () => {
    const client = wsClient(platform.api.wsUrl);
    try {
      const deep = await wsOnce(client, DEEP);
      expect(codesOf(deep as any)).toContain('QUERY_TOO_COMPLEX');
      const aliases = await wsOnce(client, ALIASES);
      expect(codesOf(aliases as any)).toContain('QUERY_TOO_COMPLEX');
      const fine = await wsOnce<any>(client, '{ organisations(first: 2) { totalCount } }');
      expect((fine as any).data.organisations.totalCount).toBeGreaterThan(10);
    } finally {
      await client.dispose();
    }
  });

  it('closes the socket on a message larger than the cap (1009)', async () => {
    const socket = new WebSocket(platform.api.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(await closed).toBe(1009);
  });

  it('closes a connection that never sends connection_init', async () => {
    // graphql-ws closes with 4408 after the init timeout; we only wait for it to be enforced, not its exact length.
    const socket = new WebSocket(platform.api.wsUrl, 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.once('close', (c) => resolve(c)));
    expect(code).toBe(4408);
  }, 20_000);

  it('refuses the upgrade from a foreign Origin when a session cookie rides along', async () => {
    const socket = new WebSocket(platform.api.wsUrl, 'graphql-transport-ws', {
      headers: { origin: 'https://evil.example', cookie: 'ln_session=abc' },
    });
    const status = await new Promise<number>((resolve) => {
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.once('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });
});
