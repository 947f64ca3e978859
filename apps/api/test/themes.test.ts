import type { Client as WsClient } from 'graphql-ws';
import type { Client } from 'pg';
import { connect, fingerprint } from './support/db';
import { createMembers } from './support/fixtures';
import { codesOf, collect, gql, settle, wsClient } from './support/graphql';
import { planMeeting } from './support/meetings';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let facilitator: Record<string, string>;
let member: Record<string, string>;
let meetingId: string;
const clients: WsClient[] = [];

const PROPOSE = `mutation($i: ProposeThemeInput!) { proposeTheme(input: $i) { id title status competences supportCount viewerSupports collectedAt { id } } }`;
const SUPPORT = `mutation($t: ID!) { supportTheme(themeId: $t) { supportCount viewerSupports } }`;
const WITHDRAW = `mutation($t: ID!) { withdrawThemeSupport(themeId: $t) { supportCount viewerSupports } }`;
const STATUS = `mutation($t: ID!, $s: ThemeStatus!) { setThemeStatus(themeId: $t, status: $s) { status } }`;
const THEMES = `query($f: ThemeFilter, $o: ThemeOrder) { themes(filter: $f, orderBy: $o) { totalCount nodes { id title supportCount } } }`;

async function propose(title: string, extra: Record<string, unknown> = {}, headers = member): Promise<string> {
  const res = await gql(url, PROPOSE, { i: { title, competences: ['RESISTANCE'], ...extra } }, headers);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data['proposeTheme'].id;
}

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  member = bearer((await login(url, 'member@demo.test')).token);
  meetingId = await planMeeting(url, facilitator, { visibility: 'PUBLIC' });
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

describe('themes', () => {
  it('are proposed by members, optionally at a meeting; others are refused and nothing changes', async () => {
    const res = await gql(url, PROPOSE, { i: { title: 'Taalbeleid', competences: ['COMMUNICATION', 'COMMUNICATION'], meetingId } }, member);
    expect(res.data!['proposeTheme']).toMatchObject({
      title: 'Taalbeleid',
      status: 'PROPOSED',
      competences: ['COMMUNICATION'],
      supportCount: 0,
      collectedAt: { id: meetingId },
    });
    const bad = await gql(url, PROPOSE, { i: { title: ' ' } }, { ...member, 'accept-language': 'en' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { title: 'Please fill in this field.' } });

    const outsider = bearer((await registerPerson(url, `thema-${Date.now()}@example.test`)).token);
    const before = await fingerprint(db);
    expect(codesOf(await gql(url, PROPOSE, { i: { title: 'X' } }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await gql(url, PROPOSE, { i: { title: 'X' } }, outsider))).toEqual(['FORBIDDEN']);
    const themeId = res.data!['proposeTheme'].id;
    expect(codesOf(await gql(url, STATUS, { t: themeId, s: 'ADOPTED' }, member))).toEqual(['FORBIDDEN']);
    expect(codesOf(await gql(url, SUPPORT, { t: themeId }))).toEqual(['UNAUTHENTICATED']);
    expect(await fingerprint(db)).toBe(before);
  });

  it('count one support per person, also when sent twice at once; support can be withdrawn', async () => {
    const themeId = await propose('Eén steun per persoon');
    const results = await Promise.all([1, 2, 3, 4].map(() => gql(url, SUPPORT, { t: themeId }, member)));
    expect(results.flatMap(codesOf)).toEqual([]);
    const row = (
      await db.query('select support_count, (select count(*)::int from theme_support where theme_id = $1) as n from theme where id = $1', [
        themeId,
      ])
    ).rows[0];
    expect(row).toEqual({ support_count: 1, n: 1 });
    expect((await gql(url, WITHDRAW, { t: themeId }, member)).data!['withdrawThemeSupport']).toEqual({
      supportCount: 0,
      viewerSupports: false,
    });
    expect((await gql(url, WITHDRAW, { t: themeId }, member)).data!['withdrawThemeSupport']).toEqual({
      supportCount: 0,
      viewerSupports: false,
    });
  });

  it('filter on the themes the viewer supports (a member’s home lists them); a visitor gets none', async () => {
    const supported = await propose('Door mij gesteund');
    await propose('Niet door mij gesteund');
    await gql(url, SUPPORT, { t: supported }, member);
    const MINE = `{ themes(filter: { supportedByViewer: true }, first: 50) { nodes { id title } } }`;
    const mine = (await gql(url, MINE, undefined, member)).data!['themes'].nodes as Array<{ id: string; title: string }>;
    expect(mine.map((theme) => theme.id)).toContain(supported);
    expect(mine.map((theme) => theme.title)).not.toContain('Niet door mij gesteund');
    const supportedIds = (
      await db.query('select theme_id from theme_support where user_id = (select id from app_user where email = $1)', ['member@demo.test'])
    ).rows.map((row) => row.theme_id as string);
    expect(mine.map((theme) => theme.id).sort()).toEqual(supportedIds.sort());
    expect((await gql(url, MINE)).data!['themes'].nodes).toEqual([]);
  });

  it('order by support or recency, filtered by meeting and status', async () => {
    const at = await planMeeting(url, facilitator);
    const older = await propose('Ouder maar gesteund', { meetingId: at });
    const newer = await propose('Nieuwer', { meetingId: at });
    for (const m of await createMembers(db, 2)) await gql(url, SUPPORT, { t: older }, bearer(m.token));
    // a members-only meeting's themes are not listed by meeting for anonymous visitors
    expect((await gql(url, THEMES, { f: { meetingId: at } })).data!['themes'].totalCount).toBe(0);
    const bySupport = (await gql(url, THEMES, { f: { meetingId: at }, o: 'SUPPORT' }, member)).data!['themes'];
    expect(bySupport.nodes.map((n: { id: string }) => n.id)).toEqual([older, newer]);
    const byRecent = (await gql(url, THEMES, { f: { meetingId: at }, o: 'RECENT' }, member)).data!['themes'];
    expect(byRecent.nodes.map((n: { id: string }) => n.id)).toEqual([newer, older]);
    await gql(url, STATUS, { t: newer, s: 'ADOPTED' }, facilitator);
    expect((await gql(url, THEMES, { f: { meetingId: at, status: 'ADOPTED' } }, member)).data!['themes'].nodes).toEqual([
      { id: newer, title: 'Nieuwer', supportCount: 0 },
    ]);
    const meeting = await gql(url, `query($id: ID!) { meeting(id: $id) { themes { id } } }`, { id: at }, member);
    expect(meeting.data!['meeting'].themes.map((t: { id: string }) => t.id)).toEqual([older, newer]);
  });

  it('themeChanged delivers proposals, support and status live on the meeting’s board (anonymous projector)', async () => {
    const client = wsClient(platform.api.wsUrl);
    clients.push(client);
    const board = collect(client, `subscription($m: ID) { themeChanged(meetingId: $m) { id title supportCount status } }`, {
      m: meetingId,
    });
    await settle();
    const themeId = await propose('Live op het bord', { meetingId });
    await gql(url, SUPPORT, { t: themeId }, member);
    await gql(url, STATUS, { t: themeId, s: 'ADOPTED' }, facilitator);
    const events = await board.waitFor(3);
    expect(events.map((e) => e.themeChanged)).toEqual([
      { id: themeId, title: 'Live op het bord', supportCount: 0, status: 'PROPOSED' },
      { id: themeId, title: 'Live op het bord', supportCount: 1, status: 'PROPOSED' },
      { id: themeId, title: 'Live op het bord', supportCount: 1, status: 'ADOPTED' },
    ]);
  });

  it('map bottlenecks, levers, practices and strategies across threads; open bottlenecks have no lever reply', async () => {
    const themeId = await propose('Kaart');
    const start = `mutation($i: StartThreadInput!) { startThread(input: $i) { id posts { nodes { id } } } }`;
    const add = `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`;
    const thread = (await gql(url, start, { i: { title: 'Knelpunten', body: 'Geen tolken', kind: 'BOTTLENECK', themeId } }, member)).data![
      'startThread'
    ];
    const first = thread.posts.nodes[0].id;
    const second = (await gql(url, add, { i: { threadId: thread.id, body: 'Wachtlijsten', kind: 'BOTTLENECK' } }, member)).data!['addPost']
      .id;
    const lever = (await gql(url, add, { i: { threadId: thread.id, body: 'Sociaal tolken', kind: 'LEVER', replyToId: first } }, member))
      .data!['addPost'].id;
    const other = (await gql(url, start, { i: { title: 'Voorbeelden', body: 'Buddywerking', kind: 'GOOD_PRACTICE', themeId } }, member))
      .data!['startThread'];
    const MAP = `query($t: ID!) { theme(id: $t) { threads { totalCount } map { bottlenecks { id } levers { id } goodPractices { id } solutionStrategies { id } openBottlenecks { id } } } }`;
    const map = (await gql(url, MAP, { t: themeId }, member)).data!['theme'];
    expect(map.threads.totalCount).toBe(2);
    expect(map.map).toEqual({
      bottlenecks: [{ id: first }, { id: second }],
      levers: [{ id: lever }],
      goodPractices: [{ id: other.posts.nodes[0].id }],
      solutionStrategies: [],
      openBottlenecks: [{ id: second }],
    });
    const anonymous = (await gql(url, MAP, { t: themeId })).data!['theme'];
    expect(anonymous).toMatchObject({ threads: { totalCount: 0 }, map: { bottlenecks: [], openBottlenecks: [] } });
  });

  it('carry adopted themes forward onto the next agenda, once', async () => {
    const from = await planMeeting(url, facilitator);
    const to = await planMeeting(url, facilitator, { agenda: [{ title: 'Welkom' }] });
    const adopted = await propose('Aangenomen', { meetingId: from });
    const addressed = await propose('Al behandeld', { meetingId: from });
    await propose('Nog maar voorgesteld', { meetingId: from });
    await gql(url, STATUS, { t: adopted, s: 'ADOPTED' }, facilitator);
    await gql(url, STATUS, { t: addressed, s: 'ADDRESSED' }, facilitator);
    const carry = `mutation($f: ID!, $t: ID!) { carryForwardThemes(fromMeetingId: $f, toMeetingId: $t) { agenda { position title } } }`;
    expect(codesOf(await gql(url, carry, { f: from, t: to }, member))).toEqual(['FORBIDDEN']);
    const once = (await gql(url, carry, { f: from, t: to }, facilitator)).data!['carryForwardThemes'];
    expect(once.agenda).toEqual([
      { position: 1, title: 'Welkom' },
      { position: 2, title: 'Aangenomen' },
    ]);
    const twice = (await gql(url, carry, { f: from, t: to }, facilitator)).data!['carryForwardThemes'];
    expect(twice.agenda).toEqual(once.agenda);
    const same = await gql(url, carry, { f: from, t: from }, { ...facilitator, 'accept-language': 'en' });
    expect(same.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { toMeetingId: 'Choose a meeting other than the previous one.' },
      fieldKeys: { toMeetingId: { key: 'sameMeeting' } },
    });
  });
});
