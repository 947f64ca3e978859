import type { Client as WsClient } from 'graphql-ws';
import type { Client } from 'pg';
import { connect, fingerprint } from './support/db';
import { codesOf, collect, gql, settle, wsClient } from './support/graphql';
import { meetingInput, PLAN, planMeeting } from './support/meetings';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let facilitator: Record<string, string>;
let member: Record<string, string>;
let memberId: string;
let registered: Record<string, string>;
const clients: WsClient[] = [];
// /meetings/* is not yet among the web app's API paths (src/web/serve-web-app.ts): a browser-like Accept gets index.html.
const MD = { accept: 'text/markdown' };

const UPDATE = `mutation($id: ID!, $i: UpdateMeetingInput!, $v: Int!) { updateMeeting(id: $id, input: $i, expectedVersion: $v) { id title version capacity agenda { id position title } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { id title minutes version cancelledAt registrationCount viewerIsRegistered viewerRegistration
  invitedOrganisations { id } attendingOrganisations { name } agenda { position title } } }`;

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  const m = await login(url, 'member@demo.test');
  member = bearer(m.token);
  memberId = m.userId;
  registered = bearer((await registerPerson(url, `geen-lid-${Date.now()}@example.test`)).token);
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

describe('planning meetings', () => {
  it('names every bad field in the viewer’s language', async () => {
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const bad = {
      title: '  ',
      startsAt: past,
      endsAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      capacity: 0,
      onlineUrl: 'javascript:alert(1)',
    };
    const nl = await gql(url, PLAN, { i: meetingInput(bad) }, facilitator);
    expect(codesOf(nl)).toEqual(['BAD_USER_INPUT']);
    const fields = nl.errors![0].extensions!['fields'] as Record<string, string>;
    expect(Object.keys(fields).sort()).toEqual(['capacity', 'endsAt', 'onlineUrl', 'startsAt', 'title']);
    expect(fields['endsAt']).toBe('Het einde moet na het begin liggen.');
    const en = await gql(url, PLAN, { i: meetingInput(bad) }, { ...facilitator, 'accept-language': 'en' });
    const enFields = en.errors![0].extensions!['fields'] as Record<string, string>;
    expect(enFields['endsAt']).toBe('The end must be after the start.');
    expect(enFields['startsAt']).toBe('The start is in the past.');
    expect(enFields['title']).toBe('Please fill in this field.');
  });

  it('refuses members, non-members and anonymous callers, and nothing changes', async () => {
    const before = await fingerprint(db);
    expect(codesOf(await gql(url, PLAN, { i: meetingInput() }, member))).toEqual(['FORBIDDEN']);
    expect(codesOf(await gql(url, PLAN, { i: meetingInput() }, registered))).toEqual(['FORBIDDEN']);
    expect(codesOf(await gql(url, PLAN, { i: meetingInput() }))).toEqual(['UNAUTHENTICATED']);
    const id = (await db.query('select id from meeting limit 1')).rows[0].id;
    expect(codesOf(await gql(url, UPDATE, { id, i: { title: 'X' }, v: 1 }, member))).toEqual(['FORBIDDEN']);
    expect(codesOf(await gql(url, `mutation($id: ID!) { cancelMeeting(id: $id, reason: "x") { id } }`, { id }, member))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codesOf(await gql(url, `mutation($id: ID!) { recordMinutes(meetingId: $id, minutes: "x", expectedVersion: 1) { id } }`, { id })),
    ).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await gql(url, `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`, { id }, registered))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await fingerprint(db)).toBe(before);
  });

  it('plans with an ordered agenda and invitations; updates need the current version and renumber the agenda', async () => {
    const org = (await db.query(`select id from organisation where slug = 'welzijnsregio-noord-limburg'`)).rows[0].id;
    const planned = await gql(
      url,
      PLAN,
      {
        i: meetingInput({
          agenda: [{ title: 'Welkom' }, { title: 'Noord-Limburg', presenterOrganisationId: org }],
          invitedOrganisationIds: [org],
        }),
      },
      facilitator,
    );
    const meeting = planned.data!['planMeeting'];
    expect(meeting.agenda).toEqual([
      { position: 1, title: 'Welkom', presenter: null },
      { position: 2, title: 'Noord-Limburg', presenter: { id: org } },
    ]);
    expect(meeting.version).toBe(1);

    const current = (await gql(url, UPDATE, { id: meeting.id, i: { title: 'Intervisie (gewijzigd)' }, v: 1 }, facilitator)).data![
      'updateMeeting'
    ];
    expect(current).toMatchObject({ title: 'Intervisie (gewijzigd)', version: 2 });
    expect(codesOf(await gql(url, UPDATE, { id: meeting.id, i: { title: 'Te laat' }, v: 1 }, facilitator))).toEqual(['CONFLICT']);

    const [welkom, noord] = current.agenda;
    const reordered = await gql(
      url,
      UPDATE,
      {
        id: meeting.id,
        i: { agenda: [{ id: noord.id, title: noord.title }, { title: 'Nieuw punt' }, { id: welkom.id, title: 'Slot' }] },
        v: 2,
      },
      facilitator,
    );
    expect(
      reordered.data!['updateMeeting'].agenda.map((a: { id: string; position: number; title: string }) => [a.position, a.title]),
    ).toEqual([
      [1, 'Noord-Limburg'],
      [2, 'Nieuw punt'],
      [3, 'Slot'],
    ]);
    expect(reordered.data!['updateMeeting'].agenda[0].id).toBe(noord.id);
    const seen = (await gql(url, MEETING, { id: meeting.id }, member)).data!['meeting'];
    expect(seen.invitedOrganisations).toEqual([{ id: org }]);
    expect(seen.title).toBe('Intervisie (gewijzigd)');
  });

  it('stores UTC from any offset, correct across daylight saving', async () => {
    const id = await planMeeting(url, facilitator, { startsAt: '2027-03-28T14:00:00+02:00', endsAt: '2027-03-28T16:00:00+02:00' });
    const { rows } = await db.query(
      `select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as s from meeting where id = $1`,
      [id],
    );
    expect(rows[0].s).toBe('2027-03-28T12:00');
    const res = await gql(url, `query($id: ID!) { meeting(id: $id) { startsAt } }`, { id }, member);
    expect(res.data!['meeting'].startsAt).toBe('2027-03-28T12:00:00.000Z');
  });

  it('delivers meetingChanged live and notifies the registered people of a change and a cancellation', async () => {
    const id = await planMeeting(url, facilitator, { visibility: 'PUBLIC' });
    await gql(url, `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`, { id }, member);
    const client = wsClient(platform.api.wsUrl);
    clients.push(client);
    const live = collect(client, `subscription($id: ID) { meetingChanged(meetingId: $id) { id title version cancelledAt } }`, { id });
    await settle();
    await gql(url, UPDATE, { id, i: { title: 'Nieuwe titel' }, v: 1 }, facilitator);
    const [event] = await live.waitFor(1);
    expect(event.meetingChanged).toEqual({ id, title: 'Nieuwe titel', version: 2, cancelledAt: null });

    expect(codesOf(await gql(url, `mutation($id: ID!) { cancelMeeting(id: $id, reason: " ") { id } }`, { id }, facilitator))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const cancelled = await gql(
      url,
      `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Zaal niet beschikbaar") { cancelledAt version } }`,
      { id },
      facilitator,
    );
    expect(cancelled.data!['cancelMeeting'].cancelledAt).toBeTruthy();
    await live.waitFor(2);
    const kinds = (
      await db.query(`select kind from notification where user_id = $1 and link = $2 order by created_at`, [
        memberId,
        `/bijeenkomsten/${id}`,
      ])
    ).rows.map((r) => r.kind);
    expect(kinds).toEqual(['MEETING_CHANGED', 'MEETING_CANCELLED']);
    expect(codesOf(await gql(url, `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`, { id }, member))).toEqual([
      'CONFLICT',
    ]);
  });

  it('does not let anonymous sockets follow a members-only meeting', async () => {
    const id = await planMeeting(url, facilitator, { visibility: 'MEMBERS' });
    const client = wsClient(platform.api.wsUrl);
    clients.push(client);
    const refused = collect(client, `subscription($id: ID) { meetingChanged(meetingId: $id) { id } }`, { id });
    const all = collect(client, `subscription { meetingChanged { id } }`);
    await settle();
    await gql(url, UPDATE, { id, i: { title: 'Geheim' }, v: 1 }, facilitator);
    await settle(500);
    expect(refused.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual(['NOT_FOUND']);
    expect(all.events).toEqual([]);
  });
});

describe('minutes, attendance and the report', () => {
  it('records minutes with expectedVersion; members only see them; attendance per organisation', async () => {
    const id = await planMeeting(url, facilitator, { visibility: 'PUBLIC', agenda: [{ title: 'Stand van zaken' }] });
    await gql(url, `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`, { id }, member);
    const minutes = `mutation($id: ID!, $m: String!, $v: Int!) { recordMinutes(meetingId: $id, minutes: $m, expectedVersion: $v) { version minutes } }`;
    expect((await gql(url, minutes, { id, m: 'We spraken over *draagvlak*.', v: 1 }, facilitator)).data!['recordMinutes']).toEqual({
      version: 2,
      minutes: 'We spraken over *draagvlak*.',
    });
    expect(codesOf(await gql(url, minutes, { id, m: 'Oud', v: 1 }, facilitator))).toEqual(['CONFLICT']);
    expect((await gql(url, MEETING, { id })).data!['meeting'].minutes).toBeNull();
    const HTML = `query($id: ID!) { meeting(id: $id) { minutesHtml descriptionHtml } }`;
    expect((await gql(url, HTML, { id }, member)).data!['meeting'].minutesHtml).toBe('<p>We spraken over <em>draagvlak</em>.</p>');
    expect((await gql(url, HTML, { id })).data!['meeting'].minutesHtml).toBeNull();
    await db.query(`update meeting set description = $1 where id = $2`, [
      '**Welkom** <img src=x onerror=alert(1)> [link](javascript:alert(1))',
      id,
    ]);
    const description = (await gql(url, HTML, { id })).data!['meeting'].descriptionHtml as string;
    expect(description).toContain('<strong>Welkom</strong>');
    expect(description).not.toMatch(/<img|href="javascript/);
    expect(description).toContain('&lt;img');

    const attend = `mutation($id: ID!, $u: ID!) { recordAttendance(meetingId: $id, userId: $u, attended: true) { attended user { id } } }`;
    expect(codesOf(await gql(url, attend, { id, u: memberId }, member))).toEqual(['FORBIDDEN']);
    expect((await gql(url, attend, { id, u: memberId }, facilitator)).data!['recordAttendance']).toEqual({
      attended: true,
      user: { id: memberId },
    });
    const seen = (await gql(url, MEETING, { id }, member)).data!['meeting'];
    expect(seen.attendingOrganisations).toHaveLength(1);
    const overview = await gql(
      url,
      `{ attendanceByOrganisation { organisation { name } meetingsAttended attendees } }`,
      undefined,
      facilitator,
    );
    expect(overview.data!['attendanceByOrganisation']).toEqual([
      { organisation: { name: seen.attendingOrganisations[0].name }, meetingsAttended: 1, attendees: 1 },
    ]);
    expect(codesOf(await gql(url, `{ attendanceByOrganisation { meetingsAttended } }`, undefined, member))).toEqual(['FORBIDDEN']);

    const theme = await gql(
      url,
      `mutation($i: ProposeThemeInput!) { proposeTheme(input: $i) { id } }`,
      { i: { title: 'Tolken op de raad', meetingId: id } },
      member,
    );
    const themeId = theme.data!['proposeTheme'].id;
    const thread = await gql(
      url,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { title: 'Nagesprek', body: 'Wat nemen we mee?', meetingId: id } },
      member,
    );
    const threadId = thread.data!['startThread'].id;

    const asMember = await fetch(`${url}/meetings/${id}/report.md`, { headers: { ...member, ...MD } });
    const text = await asMember.text();
    expect(asMember.headers.get('content-type')).toContain('text/markdown');
    expect(text).toContain('## Agenda');
    expect(text).toContain('1. Stand van zaken');
    expect(text).toContain('We spraken over *draagvlak*.');
    expect(text).toContain(`| ${seen.attendingOrganisations[0].name} | 1 |`);
    expect(text).toMatch(new RegExp(`- \\[Tolken op de raad\\]\\(http[^)]*/themas/${themeId}\\) \\(PROPOSED, 0 steun\\)`));
    expect(text).toMatch(new RegExp(`## Discussies\\n\\n- \\[Nagesprek\\]\\(http[^)]*/discussies/${threadId}\\) \\(1 bijdragen\\)`));
    const anonymous = await (await fetch(`${url}/meetings/${id}/report.md`, { headers: MD })).text();
    expect(anonymous).toContain('## Agenda');
    expect(anonymous).toContain('Tolken op de raad');
    expect(anonymous).not.toContain('draagvlak');
    expect(anonymous).not.toContain('Nagesprek');
  });

  it('needs a session for the report of a members-only meeting', async () => {
    const id = await planMeeting(url, facilitator, { visibility: 'MEMBERS' });
    expect((await fetch(`${url}/meetings/${id}/report.md`, { headers: MD })).status).toBe(404);
    expect((await fetch(`${url}/meetings/${id}/report.md`, { headers: { ...member, ...MD } })).status).toBe(200);
  });
});
