import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { codesOf, gql, wsClient, wsOnce } from './support/graphql';
import { startPlatform, type TestPlatform } from './support/platform';

// The API as it runs in production (served over https behind a proxy that is not named in TRUST_PROXY).
let platform: TestPlatform;
let url: string;

beforeAll(async () => {
  platform = await startPlatform('demo', {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://lerend-netwerk.example',
    LOGIN_IP_MAX_ATTEMPTS: '3',
  });
  url = platform.api.url;
});
afterAll(() => platform?.stop());

const messages = (res: { errors?: Array<{ message: string }> }) => (res.errors ?? []).map((error) => error.message).join('\n');

describe('production posture', () => {
  it('refuses introspection, over HTTP and WebSocket', async () => {
    for (const query of [`{ __schema { types { name } } }`, `{ __type(name: "Query") { name } }`]) {
      const res = await gql(url, query);
      expect(res.data ?? null).toBeNull();
      expect(new Set(codesOf(res))).toEqual(new Set(['BAD_USER_INPUT']));
    }
    const client = wsClient(platform.api.wsUrl, {}, { headers: { origin: 'https://lerend-netwerk.example' } });
    try {
      const overSocket = await wsOnce(client, `{ __schema { types { name } } }`);
      expect(JSON.stringify(overSocket)).not.toContain('"types"');
      expect(JSON.stringify(overSocket)).toMatch(/introspection/i);
    } finally {
      await client.dispose();
    }
  });

  it('suggests no field or enum value names', async () => {
    const asLiteral = await gql(url, `mutation { runNotificationDigests(frequency: DAYLY, asOf: "2026-01-01T07:00:00Z") }`);
    const asVariable = await gql(
      url,
      `mutation($f: EmailFrequency!) { runNotificationDigests(frequency: $f, asOf: "2026-01-01T07:00:00Z") }`,
      { f: 'DAYLY' },
    );
    const field = await gql(url, `{ pilotProjectz { id } }`);
    for (const res of [asLiteral, asVariable, field]) {
      expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
      expect(messages(res)).not.toMatch(/Did you mean|DAILY|pilotProjects/);
    }
  });

  it('sends security headers on the app, the API and static assets', async () => {
    const asset = readdirSync(resolve(__dirname, '..', '..', 'web', 'dist', 'assets')).find((file) => file.endsWith('.js'))!;
    const responses = {
      app: await fetch(`${url}/`, { headers: { accept: 'text/html' } }),
      api: await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ viewer { id } }"}',
      }),
      asset: await fetch(`${url}/assets/${asset}`),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    }
    // the built web app needs no inline script or style: the policy does not break it
    const html = await responses.app.text();
    expect(html).toContain('<div id="root">');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=/);
  });

  it('does not let an untrusted peer choose its address for the login limit (X-Forwarded-For)', async () => {
    const attempt = (i: number) =>
      gql(url, `mutation { login(email: "xff-${i}@example.test", password: "fout-wachtwoord") { token } }`, undefined, {
        'x-forwarded-for': `203.0.113.${i}`,
      });
    const codes = [];
    for (let i = 1; i <= 4; i += 1) codes.push(...codesOf(await attempt(i)));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});
