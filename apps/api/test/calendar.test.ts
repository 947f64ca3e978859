import ical, { type ParameterValue, type VEvent } from 'node-ical';
import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, gql } from './support/graphql';
import { planMeeting } from './support/meetings';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

/** A property's text, with or without parameters (LANGUAGE=…). */
const textOf = (value: ParameterValue) => (typeof value === 'string' ? value : value.val);

let platform: TestPlatform;
let url: string;
let db: Client;
let facilitator: Record<string, string>;
let member: Record<string, string>;
let beforeDst: string;
let afterDst: string;
let membersOnly: string;
let cancelled: string;
// /meetings/* is not yet among the web app's API paths (src/web/serve-web-app.ts): a browser-like Accept gets index.html.
const ICS = { accept: 'text/calendar' };

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  member = bearer((await login(url, 'member@demo.test')).token);
  // Summer time starts on Sunday 28 March 2027 at 02:00 in Brussels.
  beforeDst = await planMeeting(url, facilitator, {
    title: 'Voor de zomertijd',
    visibility: 'PUBLIC',
    startsAt: '2027-03-27T14:00:00+01:00',
    endsAt: '2027-03-27T16:00:00+01:00',
  });
  afterDst = await planMeeting(url, facilitator, {
    title: 'Na de zomertijd',
    visibility: 'PUBLIC',
    startsAt: '2027-03-28T14:00:00+02:00',
    endsAt: '2027-03-28T16:00:00+02:00',
  });
  membersOnly = await planMeeting(url, facilitator, { title: 'Enkel leden', visibility: 'MEMBERS' });
  cancelled = await planMeeting(url, facilitator, { title: 'Geannuleerd', visibility: 'PUBLIC' });
  await gql(url, `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Ziekte") { id } }`, { id: cancelled }, facilitator);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

async function calendar(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, { headers: { ...ICS, ...headers } });
  const text = await res.text();
  const events = res.status === 200 ? Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT') : [];
  return { res, text, events, byTitle: (title: string) => events.find((e) => textOf(e.summary) === title) };
}

describe('iCalendar feeds', () => {
  it('the public feed is valid iCalendar in Europe/Brussels, correct across the change to summer time', async () => {
    const { res, text, events, byTitle } = await calendar('/calendar.ics');
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20270327T140000');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20270328T140000');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect((byTitle('Voor de zomertijd')!.start as Date).toISOString()).toBe('2027-03-27T13:00:00.000Z');
    expect((byTitle('Na de zomertijd')!.start as Date).toISOString()).toBe('2027-03-28T12:00:00.000Z');
    expect((byTitle('Na de zomertijd')!.end as Date).toISOString()).toBe('2027-03-28T14:00:00.000Z');
    expect(byTitle('Voor de zomertijd')!.uid).toBe(`${beforeDst}@lerend-netwerk`);
    expect(byTitle('Geannuleerd')!.status).toBe('CANCELLED');
    expect(byTitle('Na de zomertijd')!.status).toBe('CONFIRMED');
    expect(byTitle('Enkel leden')).toBeUndefined();
    expect(events.every((e) => e.uid && e.dtstamp)).toBe(true);
  });

  it('a personal feed lists what its person may see, until revoked; a new URL replaces the old one', async () => {
    const FEED = `mutation { calendarFeedUrl }`;
    expect(codesOf(await gql(url, FEED))).toEqual(['UNAUTHENTICATED']);
    const feedUrl = (await gql(url, FEED, undefined, member)).data!['calendarFeedUrl'] as string;
    const path = new URL(feedUrl).pathname;
    expect(path).toMatch(/^\/calendar\/cal_[\w-]+\.ics$/);
    const token = path.slice('/calendar/'.length, -4);
    const stored = await db.query(`select token_hash from one_time_token where purpose = 'CALENDAR_FEED'`);
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(token);

    const mine = await calendar(path);
    expect(mine.res.headers.get('cache-control')).toContain('private');
    expect(mine.byTitle('Enkel leden')).toBeDefined();
    expect(mine.byTitle('Na de zomertijd')).toBeDefined();

    const outsider = bearer((await registerPerson(url, `agenda-${Date.now()}@example.test`)).token);
    const theirs = await calendar(new URL((await gql(url, FEED, undefined, outsider)).data!['calendarFeedUrl']).pathname);
    expect(theirs.byTitle('Enkel leden')).toBeUndefined();
    expect(theirs.byTitle('Na de zomertijd')).toBeDefined();

    const replaced = new URL((await gql(url, FEED, undefined, member)).data!['calendarFeedUrl']).pathname;
    expect((await calendar(path)).res.status).toBe(404);
    expect((await calendar(replaced)).res.status).toBe(200);
    expect((await gql(url, `mutation { revokeCalendarFeed }`, undefined, member)).data).toEqual({ revokeCalendarFeed: true });
    expect((await calendar(replaced)).res.status).toBe(404);
    expect((await calendar('/calendar/cal_ongeldig-maar-lang-genoeg-1234.ics')).res.status).toBe(404);
  });

  it('a meeting’s own .ics: public for public meetings, members-only ones need a session', async () => {
    const one = await calendar(`/meetings/${afterDst}.ics`);
    expect(one.events).toHaveLength(1);
    expect((one.events[0].start as Date).toISOString()).toBe('2027-03-28T12:00:00.000Z');
    expect((await calendar(`/meetings/${membersOnly}.ics`)).res.status).toBe(404);
    const asMember = await calendar(`/meetings/${membersOnly}.ics`, member);
    expect(asMember.events.map((e) => textOf(e.summary))).toEqual(['Enkel leden']);
    expect((await calendar(`/meetings/${cancelled}.ics`)).events[0].status).toBe('CANCELLED');
  });
});
