import JSZip from 'jszip';
import type { Client } from 'pg';
import { connect } from './support/db';
import { uploadedId } from './support/files';
import { createMembers } from './support/fixtures';
import { codesOf, gql } from './support/graphql';
import { planMeeting } from './support/meetings';
import { tempOutbox, type TempOutbox } from './support/outbox';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let outbox: TempOutbox;
let a: { userId: string; token: string };
let b: { userId: string; token: string };

const REQUEST = `mutation { requestMyData { id readyAt url } }`;
const MINE = `{ myDataExports { id readyAt expiresAt size url } }`;
const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`;

async function startThread(who: { token: string }, title: string, body: string, themeId: string): Promise<string> {
  const res = await gql(url, START, { i: { title, body, themeId } }, bearer(who.token));
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data['startThread'].id as string;
}

async function addPost(who: { token: string }, threadId: string, body: string): Promise<void> {
  const res = await gql(url, ADD, { i: { threadId, body } }, bearer(who.token));
  if (!res.data) throw new Error(JSON.stringify(res.errors));
}

async function readyExport(who: { token: string }): Promise<{ id: string; url: string; size: number }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [found] = (await gql(url, MINE, undefined, bearer(who.token))).data!['myDataExports'];
    if (found?.readyAt) return found;
    if (Date.now() > deadline) throw new Error('the export was not ready within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  outbox = tempOutbox();
  platform = await startPlatform('demo', { OUTBOX_DIR: outbox.dir });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  [a, b] = (await createMembers(db, 2)) as [typeof a, typeof b];
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('download my data', () => {
  it('holds exactly the member’s own data, though two members’ data interleave everywhere', async () => {
    const themeId = (await db.query(`select id from theme order by created_at limit 1`)).rows[0].id as string;
    const facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
    const meetingId = await planMeeting(url, facilitator, { title: 'Intervisie voor twee' });

    // Interleaved: each writes in the other's thread, both register for one meeting and support one theme.
    const threadOfA = await startThread(a, 'Draad van A', 'A-BIJDRAGE-1 over onthaal', themeId);
    await addPost(b, threadOfA, 'B-BIJDRAGE-1 als antwoord');
    await addPost(a, threadOfA, 'A-BIJDRAGE-2 dank je');
    const threadOfB = await startThread(b, 'Draad van B', 'B-BIJDRAGE-2 over taal', themeId);
    await addPost(a, threadOfB, 'A-BIJDRAGE-3 bij B');
    for (const who of [a, b]) {
      await gql(url, `mutation($m: ID!) { registerForMeeting(meetingId: $m) { id } }`, { m: meetingId }, bearer(who.token));
      await gql(url, `mutation($t: ID!) { supportTheme(themeId: $t) { id } }`, { t: themeId }, bearer(who.token));
    }

    // Both upload a file: A's export lists A's, with its link, and not B's.
    const fileOfA = await uploadedId(url, bearer(a.token), 'A-BESTAND.txt', 'van A\n');
    await uploadedId(url, bearer(b.token), 'B-BESTAND.txt', 'van B\n');

    const first = (await gql(url, REQUEST, undefined, bearer(a.token))).data!['requestMyData'];
    expect(first).toEqual({ id: expect.any(String), readyAt: null, url: null });
    // Asking again while it is being made adds nothing.
    expect((await gql(url, REQUEST, undefined, bearer(a.token))).data!['requestMyData'].id).toBe(first.id);

    const ready = await readyExport(a);
    expect(ready).toMatchObject({ id: first.id, url: `/my-data/${first.id}.zip` });
    const res = await fetch(`${url}${ready.url}`, { headers: bearer(a.token) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="mijn-gegevens-lerend-netwerk-/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const files: Record<string, string> = {};
    for (const name of Object.keys(zip.files)) files[name] = await zip.files[name].async('string');
    const all = Object.values(files).join('\n');

    for (const part of [
      'profile',
      'posts',
      'threads',
      'registrations',
      'theme-supports',
      'notifications',
      'preferences',
      'memberships',
      'sessions',
    ]) {
      expect(files[`${part}.json`]).toBeDefined();
      expect(files[`${part}.md`]).toBeDefined();
    }
    for (const mine of ['A-BIJDRAGE-1', 'A-BIJDRAGE-2', 'A-BIJDRAGE-3', 'Draad van A', `lid-${a.userId}@example.test`])
      expect(all).toContain(mine);
    expect(JSON.parse(files['files.json'] ?? '[]')).toEqual([
      expect.objectContaining({ id: fileOfA, name: 'A-BESTAND.txt', media_type: 'text/plain', url: `${url}/files/${fileOfA}` }),
    ]);
    for (const theirs of ['B-BESTAND', 'B-BIJDRAGE-1', 'B-BIJDRAGE-2', `lid-${b.userId}@example.test`, b.userId])
      expect(all).not.toContain(theirs);

    const posts = JSON.parse(files['posts.json']) as Array<{ body: string }>;
    expect(posts.map((post) => post.body)).toEqual(['A-BIJDRAGE-1 over onthaal', 'A-BIJDRAGE-2 dank je', 'A-BIJDRAGE-3 bij B']);
    expect(JSON.parse(files['threads.json'])).toHaveLength(1);
    expect(JSON.parse(files['registrations.json'])).toEqual([
      expect.objectContaining({ meeting: 'Intervisie voor twee', status: 'REGISTERED' }),
    ]);
    expect(JSON.parse(files['theme-supports.json'])).toHaveLength(1);
    const sessions = (await db.query('select count(*)::int as n from auth_session where user_id = $1', [a.userId])).rows[0].n as number;
    expect(JSON.parse(files['sessions.json'])).toHaveLength(sessions);
    expect(files['sessions.json']).not.toMatch(/token/);
    expect(files['posts.md']).toContain('# Je bijdragen');

    // A notification in the app, and a mail.
    const notices = await db.query(`select link from notification where user_id = $1 and kind = 'PERSONAL_DATA_READY'`, [a.userId]);
    expect(notices.rows).toEqual([{ link: '/profiel#mijn-gegevens' }]);
    const [mail] = await outbox.waitFor(`lid-${a.userId}@example.test`);
    expect(mail.subject).toContain('Je gegevens staan klaar');
  });

  it('is for its owner only: another member, a visitor and a guessed id get nothing', async () => {
    const ready = await readyExport(a);
    expect((await fetch(`${url}${ready.url}`, { headers: bearer(b.token) })).status).toBe(404);
    expect((await fetch(`${url}${ready.url}`)).status).toBe(401);
    expect((await fetch(`${url}/my-data/00000000-0000-4000-8000-000000000000.zip`, { headers: bearer(a.token) })).status).toBe(404);
    expect((await gql(url, MINE, undefined, bearer(b.token))).data!['myDataExports']).toEqual([]);
    expect(codesOf(await gql(url, REQUEST))).toEqual(['UNAUTHENTICATED']);
  });

  it('expires: after its period the file cannot be downloaded and the nightly purge removes it', async () => {
    const ready = await readyExport(a);
    await db.query(`update personal_data_export set expires_at = now() - interval '1 minute' where id = $1`, [ready.id]);
    expect((await fetch(`${url}${ready.url}`, { headers: bearer(a.token) })).status).toBe(404);
    const admin = bearer((await login(url, 'admin@demo.test')).token);
    const purged = (await gql(url, `mutation { runRetention { dataExports } }`, undefined, admin)).data!['runRetention'];
    expect(purged.dataExports).toBeGreaterThanOrEqual(1);
    expect((await db.query('select 1 from personal_data_export where id = $1', [ready.id])).rowCount).toBe(0);
  });
});
