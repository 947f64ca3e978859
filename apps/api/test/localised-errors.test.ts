import { gql, wsClient, wsOnce } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

// Refusals are thrown by message key (src/common/errors/error-messages.ts) and worded in the viewer's language when
// the answer leaves: Accept-Language over HTTP, the upgrade request's Accept-Language over WebSocket.

let platform: TestPlatform;
let memberToken: string;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  platform = await startPlatform('demo');
  memberToken = (await login(platform.api.url, 'member@demo.test')).token;
});
afterAll(() => platform?.stop());

const DELETE = 'mutation($id: ID!) { deletePost(postId: $id) { id } }';

describe('refusals in the viewer language', () => {
  it('answers NOT_FOUND in Dutch by default and in English when asked, with the message key', async () => {
    const dutch = await gql(platform.api.url, DELETE, { id: NO_SUCH_ID }, bearer(memberToken));
    expect(dutch.errors?.[0]).toMatchObject({
      message: 'Deze bijdrage bestaat niet.',
      extensions: { code: 'NOT_FOUND', messageKey: 'postNotFound' },
    });
    const english = await gql(platform.api.url, DELETE, { id: NO_SUCH_ID }, { ...bearer(memberToken), 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.errors?.[0]).toMatchObject({
      message: 'This contribution does not exist.',
      extensions: { code: 'NOT_FOUND', messageKey: 'postNotFound' },
    });
  });

  it('words a refusal by a guard (FORBIDDEN for staff only) in English too', async () => {
    const res = await gql(
      platform.api.url,
      'mutation($id: ID!) { hidePost(postId: $id, reason: "test") { id } }',
      { id: NO_SUCH_ID },
      { ...bearer(memberToken), 'accept-language': 'en' },
    );
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toBe('This is reserved for the facilitators of the network.');
  });

  it('words the refusal of a subscription over WebSocket in the language of the upgrade request', async () => {
    for (const [language, expected] of [
      ['en', 'This discussion does not exist.'],
      ['nl-BE', 'Deze discussie bestaat niet.'],
    ] as const) {
      const client = wsClient(platform.api.wsUrl, bearer(memberToken), { headers: { 'accept-language': language } });
      try {
        const result = (await wsOnce(client, 'subscription($id: ID!) { postAdded(threadId: $id) { id } }', { id: NO_SUCH_ID })) as {
          errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
        };
        expect(result.errors?.[0]).toMatchObject({ message: expected, extensions: { code: 'NOT_FOUND', messageKey: 'threadNotFound' } });
      } finally {
        await client.dispose();
      }
    }
  });
});
