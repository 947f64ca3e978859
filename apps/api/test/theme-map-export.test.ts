import type { Client } from 'pg';
import { connect } from './support/db';
import { gql } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let member: Record<string, string>;
let themeId: string;

const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id } }`;
const mapOf = (id: string, headers: Record<string, string> = {}) => fetch(`${url}/themes/${id}/map.md`, { headers });

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(url, 'member@demo.test')).token);
  const proposed = await gql(url, `mutation { proposeTheme(input: { title: "Taalbeleid in het onthaal" }) { id } }`, undefined, member);
  themeId = proposed.data!['proposeTheme'].id;
  const thread = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
    { i: { title: 'Tolken', body: 'Wie gebruikt tolken?', themeId } },
    member,
  );
  const threadId = thread.data!['startThread'].id;
  const add = async (body: string, kind: string, replyToId?: string) =>
    (await gql(url, ADD, { i: { threadId, body, kind, replyToId } }, member)).data!['addPost'].id as string;
  const answered = await add('Te weinig **sociaal tolken** beschikbaar', 'BOTTLENECK');
  await add('Wachtlijsten voor taallessen', 'BOTTLENECK');
  await add('Een gedeelde tolkenpool per regio', 'LEVER', answered);
  await add('Buddy’s uit de eigen gemeenschap', 'GOOD_PRACTICE');
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('GET /themes/:id/map.md', () => {
  it('gives members the map as Markdown: every kind with author and thread, only the unanswered bottleneck marked open', async () => {
    const res = await mapOf(themeId, member);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    expect(res.headers.get('content-disposition')).toContain('.md');
    const markdown = await res.text();
    expect(markdown).toMatch(/^# Kaart van het thema: Taalbeleid in het onthaal\n/);
    expect(markdown).toContain('## Knelpunten (2)');
    expect(markdown).toContain('## Handvatten (1)');
    expect(markdown).toContain('## Goede voorbeelden (1)');
    expect(markdown).toContain('## Oplossingsstrategieën (0)');
    expect(markdown).toContain('> Te weinig **sociaal tolken** beschikbaar');
    expect(markdown).toContain('in „Tolken”');
    expect(markdown.match(/nog geen handvat\*\*/g)).toHaveLength(1);
    const openLine = markdown.split('\n').findIndex((line) => line.includes('nog geen handvat**'));
    expect(markdown.split('\n')[openLine + 2]).toBe('> Wachtlijsten voor taallessen');
  });

  it('is for members: anonymous 401, registered non-member 403, unknown theme 404', async () => {
    expect((await mapOf(themeId)).status).toBe(401);
    const registered = bearer((await registerPerson(url, `kaart-${Date.now()}@example.test`)).token);
    const refused = await mapOf(themeId, registered);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('tolken');
    expect((await mapOf('00000000-0000-4000-8000-000000000000', member)).status).toBe(404);
    expect((await mapOf('geen-thema', member)).status).toBe(404);
  });
});
