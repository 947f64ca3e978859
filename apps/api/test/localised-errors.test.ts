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
    const english = await gql(
      platform.api.url,
      DELETE,
      { id: NO_SUCH_ID },
      { ...bearer(memberToken), 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(english.errors?.[0]).toMatchObject({
      message: 'This contribution does not exist.',
      extensions: { code: 'NOT_FOUND', messageKey: 'postNotFound' },
    });
  });

  it('words field errors thrown by key (first, after) in the asked language', async () => {
    const query = '{ organisations(first: 0) { totalCount } }';
    const english = await gql(platform.api.url, query, undefined, { 'accept-language': 'en' });
    expect(english.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'fixFields',
      fields: { first: expect.stringMatching(/^Choose a number from 1 to \d+\.$/) },
    });
    expect(english.errors?.[0]?.message).toBe('Please check the marked fields.');
    const dutch = await gql(platform.api.url, query);
    expect((dutch.errors?.[0]?.extensions?.['fields'] as Record<string, string>)['first']).toMatch(/^Kies een aantal tussen 1 en \d+\.$/);
    const cursor = await gql(platform.api.url, '{ organisations(after: "geen-cursor") { totalCount } }', undefined, {
      'accept-language': 'en',
    });
    expect(cursor.errors?.[0]?.extensions?.['fields']).toEqual({ after: 'Invalid cursor.' });
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

describe('refusals of the plain HTTP routes, in the same vocabulary', () => {
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${platform.api.url}${path}`, { headers });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> },
    };
  };

  it('answers a theme map of an unknown theme with 404, NOT_FOUND and the message in the asked language', async () => {
    const english = await get(`/themes/${NO_SUCH_ID}/map.md`, { ...bearer(memberToken), 'accept-language': 'en' });
    expect(english.status).toBe(404);
    expect(english.type).toContain('application/json');
    expect(english.body.errors[0]).toEqual({
      message: 'This theme does not exist.',
      extensions: { code: 'NOT_FOUND', messageKey: 'themeNotFound' },
    });
    const dutch = await get(`/themes/${NO_SUCH_ID}/map.md`, bearer(memberToken));
    expect(dutch.body.errors[0]?.message).toBe('Dit thema bestaat niet.');
  });

  it('answers an anonymous visitor of a members-only export with 401 UNAUTHENTICATED', async () => {
    const themes = await gql<{ themes: { nodes: Array<{ id: string }> } }>(platform.api.url, '{ themes(first: 1) { nodes { id } } }');
    const themeId = themes.data!.themes.nodes[0].id;
    const anonymous = await get(`/themes/${themeId}/map.md`, { 'accept-language': 'en' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'themeMapMembersOnly' });
  });

  it('answers an unknown calendar link and an invisible meeting file with 404 in the same shape', async () => {
    const calendar = await get('/calendar/cal_ongeldig-maar-lang-genoeg-1234.ics', { 'accept-language': 'en' });
    expect(calendar.status).toBe(404);
    expect(calendar.body.errors[0]).toEqual({
      message: 'This calendar link is invalid or has been revoked.',
      extensions: { code: 'NOT_FOUND', messageKey: 'calendarLinkInvalid' },
    });
    const meeting = await get(`/meetings/${NO_SUCH_ID}.ics`);
    expect(meeting.body.errors[0]?.extensions?.['messageKey']).toBe('meetingNotVisible');
  });
});
