import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, gql } from './support/graphql';
import { createMembers } from './support/fixtures';
import { planMeeting } from './support/meetings';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let member: Record<string, string>;
let facilitator: Record<string, string>;

const ACTIVITY = `query($w: Int, $asOf: DateTime) { activityPerWeek(weeks: $w, asOf: $asOf) { weekStart themeTitle posts } }`;
const PRACTICES = `{ practicesPerCompetence { competence practices } }`;

async function threadWithPosts(
  subject: { themeId: string } | { pilotProjectId: string },
  title: string,
  times: string[],
): Promise<string[]> {
  const res = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id posts(first: 1) { nodes { id } } } }`,
    { i: { title, body: 'Eerste bijdrage', ...subject } },
    member,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const threadId = res.data['startThread'].id as string;
  const ids = [res.data['startThread'].posts.nodes[0].id as string];
  for (let i = 1; i < times.length; i += 1) {
    const added = await gql(
      url,
      `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`,
      { i: { threadId, body: `Bijdrage ${i}` } },
      member,
    );
    ids.push(added.data!['addPost'].id as string);
  }
  for (const [index, id] of ids.entries()) await db.query('update post set created_at = $1 where id = $2', [times[index], id]);
  return ids;
}

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(url, 'member@demo.test')).token);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('activity per week per theme', () => {
  it('counts posts per Brussels week and theme, leaves out deleted and hidden posts, and is empty for a quiet period', async () => {
    const [theme] = (await db.query(`select id, title from theme order by created_at limit 1`)).rows as Array<{
      id: string;
      title: string;
    }>;
    // Far in the past, so that nothing else falls in these weeks. Monday 4 January 2010 starts a week.
    await threadWithPosts({ themeId: theme.id }, 'Week A', ['2010-01-04T09:00:00Z', '2010-01-06T09:00:00Z', '2010-01-10T22:30:00Z']);
    // Sunday 10 January 23:30 in Brussels is 22:30 UTC: still week A; 23:30 UTC is Monday in Brussels: week B.
    const projectId = (await db.query(`select id from pilot_project where slug = 'pilootproject-demo-a'`)).rows[0].id as string;
    const [, hidden, deleted] = await threadWithPosts({ pilotProjectId: projectId }, 'Zonder thema', [
      '2010-01-10T23:30:00Z',
      '2010-01-12T10:00:00Z',
      '2010-01-13T10:00:00Z',
    ]);
    await db.query('update post set hidden_at = now() where id = $1', [hidden]);
    await db.query('update post set deleted_at = now() where id = $1', [deleted]);

    const res = await gql(url, ACTIVITY, { w: 4, asOf: '2010-01-20T00:00:00Z' }, member);
    expect(res.data!['activityPerWeek']).toEqual([
      { weekStart: '2010-01-04', themeTitle: theme.title, posts: 3 },
      { weekStart: '2010-01-11', themeTitle: null, posts: 1 },
    ]);
    expect((await gql(url, ACTIVITY, { w: 1, asOf: '2009-06-01T00:00:00Z' }, member)).data!['activityPerWeek']).toEqual([]);
  });

  it('is for members, with a bounded window', async () => {
    expect(codesOf(await gql(url, ACTIVITY, { w: 4 }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await gql(url, ACTIVITY, { w: 500 }, member))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('practices per competence', () => {
  it('counts published practices per competence (one with two competences counts twice); one in review does not count', async () => {
    const before = new Map(
      (
        (await gql(url, PRACTICES, undefined, member)).data!['practicesPerCompetence'] as Array<{ competence: string; practices: number }>
      ).map((row) => [row.competence, row.practices]),
    );
    const publish = async (competences: string[], visibility: 'MEMBERS' | 'PUBLIC') =>
      (
        await gql(
          url,
          `mutation($i: PublishPracticeInput!) { publishPractice(input: $i) { id } }`,
          { i: { title: `Praktijk ${competences.join(' ')}`, summary: 'Kort.', body: 'Lang.', competences, visibility } },
          member,
        )
      ).data!['publishPractice'].id as string;
    await publish(['RESISTANCE', 'COMMUNICATION'], 'MEMBERS');
    await publish(['RESISTANCE'], 'MEMBERS');
    await publish(['STRATEGIC_THINKING'], 'PUBLIC'); // waits for review: not published yet

    const after = (await gql(url, PRACTICES, undefined, member)).data!['practicesPerCompetence'] as Array<{
      competence: string;
      practices: number;
    }>;
    expect(after.map((row) => row.competence)).toEqual([
      'RESISTANCE',
      'SUPPORT_AND_URGENCY',
      'STRATEGIC_THINKING',
      'COMMUNICATION',
      'OTHER',
    ]);
    const delta = Object.fromEntries(after.map((row) => [row.competence, row.practices - (before.get(row.competence) ?? 0)]));
    expect(delta).toEqual({ RESISTANCE: 2, SUPPORT_AND_URGENCY: 0, STRATEGIC_THINKING: 0, COMMUNICATION: 1, OTHER: 0 });
    expect(codesOf(await gql(url, PRACTICES, undefined, facilitator))).toEqual([]);
  });
});

describe('figures per month', () => {
  const ATTENDANCE = `query($m: Int, $asOf: DateTime) { attendanceOverTime(months: $m, asOf: $asOf) { month seriesName value } }`;
  const SUPPORT = `query($m: Int, $asOf: DateTime) { themeSupportOverTime(months: $m, asOf: $asOf) { month seriesId seriesName value } }`;

  async function pastMeeting(startsAt: string, cancelled = false): Promise<string> {
    const id = await planMeeting(url, facilitator);
    await db.query(
      `update meeting set starts_at = $2, ends_at = $2::timestamptz + interval '2 hours', cancelled_at = case when $3 then now() else null end where id = $1`,
      [id, startsAt, cancelled],
    );
    return id;
  }

  async function attended(meetingId: string, userId: string, present: boolean): Promise<void> {
    await db.query(
      `insert into meeting_registration (id, meeting_id, user_id, status, attended) values (gen_random_uuid(), $1, $2, 'REGISTERED', $3)`,
      [meetingId, userId, present],
    );
  }

  it('attendance per organisation per month: present people only, cancelled meetings left out, someone in two organisations counts for both', async () => {
    type Member = { userId: string; token: string };
    const [orgA, orgB] = (await db.query(`select id, slug, name from organisation where admitted_at is not null order by name limit 2`))
      .rows as [{ id: string; slug: string; name: string }, { id: string; slug: string; name: string }];
    const [a1, a2, absent] = (await createMembers(db, 3, orgA.slug)) as [Member, Member, Member];
    const [b1] = (await createMembers(db, 1, orgB.slug)) as [Member];
    const [both] = (await createMembers(db, 1, orgA.slug)) as [Member];
    await db.query(`insert into membership (id, user_id, organisation_id) values (gen_random_uuid(), $1, $2)`, [both.userId, orgB.id]);

    const march = await pastMeeting('2011-03-10T13:00:00Z');
    for (const person of [a1, a2, b1]) await attended(march, person.userId, true);
    await attended(march, absent.userId, false);
    const cancelled = await pastMeeting('2011-04-07T13:00:00Z', true);
    await attended(cancelled, a1.userId, true);
    const april = await pastMeeting('2011-04-21T13:00:00Z');
    await attended(april, both.userId, true);

    const rows = (await gql(url, ATTENDANCE, { m: 3, asOf: '2011-04-30T12:00:00Z' }, member)).data!['attendanceOverTime'];
    expect(rows).toEqual(
      [
        { month: '2011-03', seriesName: orgA.name, value: 2 },
        { month: '2011-03', seriesName: orgB.name, value: 1 },
        { month: '2011-04', seriesName: orgA.name, value: 1 },
        { month: '2011-04', seriesName: orgB.name, value: 1 },
      ].sort((x, y) => x.month.localeCompare(y.month) || x.seriesName.localeCompare(y.seriesName)),
    );
    expect((await gql(url, ATTENDANCE, { m: 2, asOf: '2011-02-28T12:00:00Z' }, member)).data!['attendanceOverTime']).toEqual([]);
    expect(codesOf(await gql(url, ATTENDANCE, { m: 0 }, member))).toEqual(['BAD_USER_INPUT']);
  });

  it('a meeting with someone from every organisation: each organisation counted once that month', async () => {
    const organisations = (await db.query(`select slug, name from organisation where admitted_at is not null order by name`))
      .rows as Array<{
      slug: string;
      name: string;
    }>;
    const meeting = await pastMeeting('2013-05-16T13:00:00Z');
    for (const organisation of organisations) {
      const [person] = (await createMembers(db, 1, organisation.slug)) as [{ userId: string; token: string }];
      await attended(meeting, person.userId, true);
    }
    const rows = (await gql(url, ATTENDANCE, { m: 1, asOf: '2013-05-31T12:00:00Z' }, member)).data!['attendanceOverTime'] as Array<{
      month: string;
      seriesName: string;
      value: number;
    }>;
    expect(rows).toHaveLength(organisations.length);
    expect(rows.every((row) => row.month === '2013-05' && row.value === 1)).toBe(true);
    expect(rows.map((row) => row.seriesName).sort()).toEqual(organisations.map((organisation) => organisation.name).sort());
  });

  it('theme support: the most supported themes, their supporters counted up month by month', async () => {
    const theme = (await db.query(`select id from theme order by created_at limit 1`)).rows[0].id as string;
    await db.query(`update theme set support_count = 999 where id = $1`, [theme]);
    const people = await createMembers(db, 3);
    const days = ['2012-01-15T10:00:00Z', '2012-02-15T10:00:00Z', '2012-02-20T10:00:00Z'];
    for (const [index, person] of people.entries()) {
      await db.query(`insert into theme_support (theme_id, user_id, created_at) values ($1, $2, $3)`, [theme, person.userId, days[index]]);
    }
    const rows = (await gql(url, SUPPORT, { m: 3, asOf: '2012-02-28T12:00:00Z' }, member)).data!['themeSupportOverTime'] as Array<{
      month: string;
      seriesId: string;
      value: number;
    }>;
    expect(rows.filter((row) => row.seriesId === theme).map((row) => [row.month, row.value])).toEqual([
      ['2011-12', 0],
      ['2012-01', 1],
      ['2012-02', 3],
    ]);
    expect(new Set(rows.map((row) => row.seriesId)).size).toBeLessThanOrEqual(5);
    expect(rows).toHaveLength(3 * new Set(rows.map((row) => row.seriesId)).size);
  });
});
