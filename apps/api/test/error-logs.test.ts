import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, gql } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;

beforeAll(async () => {
  platform = await startPlatform('demo', { LOG_LEVEL: 'info' });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

interface LogLine {
  level: number;
  msg?: string;
  code?: string;
  err?: { stack?: string };
  req?: { url?: unknown };
}

function logLines(): LogLine[] {
  return platform.api
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('error logs', () => {
  it("log expected refusals at info without a stack, and the unexpected at error without the user's text", async () => {
    const member = bearer((await login(url, 'member@demo.test')).token);
    const deep = `{ ${'threads { nodes { theme { threads { nodes { theme { '.repeat(3)} id ${'} } } } } } '.repeat(3)} }`;
    const refusals: Array<[string, Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>]> = [
      ['UNAUTHENTICATED', gql(url, `{ notifications { nodes { id } } }`)],
      ['FORBIDDEN', gql(url, `{ membershipRequests { id } }`, undefined, member)],
      [
        'NOT_FOUND',
        gql(
          url,
          `mutation { reviewProjectReport(reportId: "00000000-0000-0000-0000-000000000000") { id } }`,
          undefined,
          bearer((await login(url, 'facilitator@demo.test')).token),
        ),
      ],
      ['BAD_USER_INPUT', gql(url, `mutation { updateProfile(input: { displayName: "" }) { id } }`, undefined, member)],
      ['QUERY_TOO_COMPLEX', gql(url, deep, undefined, member)],
    ];
    for (const [code, response] of refusals) expect(codesOf(await response)).toContain(code);
    await settle();
    const lines = logLines();
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    const refused = lines.filter((line) => line.msg === 'GraphQL operation refused');
    expect(refused.map((line) => line.code)).toEqual(expect.arrayContaining(refusals.map(([code]) => code)));
    expect(refused.every((line) => line.level === 30 && !line.err)).toBe(true);

    // an unexpected failure (the post table is gone) still logs at error, with its stack, but not the SQL's parameters
    const themeId = (await db.query('select id from theme limit 1')).rows[0].id;
    const thread = await gql(
      url,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { title: 'Logs', body: 'Start', themeId } },
      member,
    );
    const threadId = thread.data!['startThread'].id;
    await db.query('alter table post rename to post_away');
    try {
      const res = await gql(
        url,
        `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`,
        { i: { threadId, body: 'GEHEIME-TEKST-4711' } },
        member,
      );
      expect(codesOf(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await db.query('alter table post_away rename to post');
    }
    await settle();
    const errors = logLines().filter((line) => line.level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0].err?.stack).toMatch(/\n\s+at /);
    expect(platform.api.output()).not.toContain('GEHEIME-TEKST-4711');
  });

  it('keeps secrets in URLs out of the request log: a calendar feed token, a reset or invitation token', async () => {
    const feedToken = 'cal_GEHEIM-FEED-8842';
    await fetch(`${url}/calendar/${feedToken}.ics`);
    await fetch(`${url}/calendar.ics?token=GEHEIM-RESET-8842&x=1`);
    await settle();
    const urls = logLines()
      .map((line) => line.req?.url)
      .filter((value): value is string => typeof value === 'string');
    expect(urls).toEqual(expect.arrayContaining(['/calendar/[redacted].ics', '/calendar.ics?token=[redacted]&x=1']));
    expect(platform.api.output()).not.toContain('GEHEIM-FEED-8842');
    expect(platform.api.output()).not.toContain('GEHEIM-RESET-8842');
  });
});
