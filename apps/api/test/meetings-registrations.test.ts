import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { codesOf, gql } from './support/graphql';
import { planMeeting } from './support/meetings';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let facilitator: Record<string, string>;

const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id viewerRegistration viewerIsRegistered } }`;
const CANCEL = `mutation($id: ID!) { cancelRegistration(meetingId: $id) { id viewerRegistration registrationCount waitlistCount } }`;
const COUNTS = `query($id: ID!) { meeting(id: $id) { registrationCount waitlistCount viewerRegistration registrations { status user { id } } } }`;

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

async function statuses(meetingId: string): Promise<Record<string, number>> {
  const { rows } = await db.query('select status, count(*)::int as n from meeting_registration where meeting_id = $1 group by status', [
    meetingId,
  ]);
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

describe('registrations with a capacity and a waitlist', () => {
  it('20 simultaneous registrations for 5 places: exactly 5 registered and 15 waiting; a cancellation promotes the first waiting', async () => {
    const id = await planMeeting(url, facilitator, { capacity: 5 });
    const members = await createMembers(db, 20);
    const results = await Promise.all(members.map((m) => gql(url, REGISTER, { id }, bearer(m.token))));
    expect(results.flatMap(codesOf)).toEqual([]);
    const given = results.map((r) => r.data!['registerForMeeting'].viewerRegistration);
    expect(given.filter((s) => s === 'REGISTERED')).toHaveLength(5);
    expect(given.filter((s) => s === 'WAITLISTED')).toHaveLength(15);
    expect(await statuses(id)).toEqual({ REGISTERED: 5, WAITLISTED: 15 });
    expect((await gql(url, COUNTS, { id }, facilitator)).data!['meeting']).toMatchObject({ registrationCount: 5, waitlistCount: 15 });

    // registering twice changes nothing
    const again = members.find((_, i) => given[i] === 'REGISTERED')!;
    await gql(url, REGISTER, { id }, bearer(again.token));
    expect(await statuses(id)).toEqual({ REGISTERED: 5, WAITLISTED: 15 });

    const { rows } = await db.query(
      `select user_id from meeting_registration where meeting_id = $1 and status = 'WAITLISTED' order by created_at, id limit 1`,
      [id],
    );
    const firstWaiting = rows[0].user_id as string;
    const cancelled = await gql(url, CANCEL, { id }, bearer(again.token));
    expect(cancelled.data!['cancelRegistration']).toMatchObject({ viewerRegistration: null, registrationCount: 5, waitlistCount: 14 });
    const promoted = (await db.query('select status from meeting_registration where meeting_id = $1 and user_id = $2', [id, firstWaiting]))
      .rows[0];
    expect(promoted.status).toBe('REGISTERED');
    const notes = await db.query(`select kind from notification where user_id = $1 and link = $2`, [firstWaiting, `/bijeenkomsten/${id}`]);
    expect(notes.rows.map((r) => r.kind)).toEqual(['WAITLIST_PROMOTED']);

    // facilitators see the list in order of registration; a member does not
    const list = (await gql(url, COUNTS, { id }, facilitator)).data!['meeting'].registrations;
    expect(list).toHaveLength(19);
    expect(codesOf(await gql(url, COUNTS, { id }, bearer(members[0].token)))).toEqual(['FORBIDDEN']);
  });

  it('cancelling a waiting place promotes nobody; cancelling without a registration is NOT_FOUND', async () => {
    const id = await planMeeting(url, facilitator, { capacity: 1 });
    const [a, b, c] = await createMembers(db, 3);
    for (const m of [a, b, c]) await gql(url, REGISTER, { id }, bearer(m.token));
    await gql(url, CANCEL, { id }, bearer(c.token));
    expect(await statuses(id)).toEqual({ REGISTERED: 1, WAITLISTED: 1, CANCELLED: 1 });
    expect(codesOf(await gql(url, CANCEL, { id }, bearer(c.token)))).toEqual(['NOT_FOUND']);
  });

  it('a larger capacity promotes the waiting people', async () => {
    const id = await planMeeting(url, facilitator, { capacity: 1 });
    const people = await createMembers(db, 3);
    for (const m of people) await gql(url, REGISTER, { id }, bearer(m.token));
    const update = `mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, input: { capacity: 3 }, expectedVersion: $v) { registrationCount waitlistCount } }`;
    expect((await gql(url, update, { id, v: 1 }, facilitator)).data!['updateMeeting']).toEqual({ registrationCount: 3, waitlistCount: 0 });
  });
});
