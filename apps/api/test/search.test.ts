import type { Client } from 'pg';
import { connect } from './support/db';
import { gql } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let member: Record<string, string>;
let registered: Record<string, string>;

const RESULTS = `query($q: String!, $t: [SearchType!]) { searchResults(query: $q, types: $t) { type score snippet node { __typename ... on Practice { title } ... on Organisation { name } ... on Thread { title } ... on Post { body } } } }`;
const SEARCH = `query($q: String!) { search(query: $q) { __typename ... on Practice { title } ... on Thread { title } ... on Post { id } } }`;

async function results(q: string, headers: Record<string, string> = {}, t?: string[]) {
  const res = await gql(url, RESULTS, { q, t }, headers);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data['searchResults'] as Array<{ type: string; score: number; snippet: string; node: Record<string, string> }>;
}
const labelOf = (r: { node: Record<string, string> }) => r.node['title'] ?? r.node['name'] ?? r.node['body'];

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(url, 'member@demo.test')).token);
  registered = bearer((await registerPerson(url, `zoeker-${Date.now()}@example.test`)).token);
  const publish = `mutation($i: PublishPracticeInput!) { publishPractice(input: $i) { id } }`;
  const make = async (title: string, summary: string, body: string, visibility = 'MEMBERS') =>
    (await gql(url, publish, { i: { title, summary, body, visibility } }, member)).data!['publishPractice'].id as string;
  await make('Onthaal per gemeente', 'Een aanpak voor het onthaal.', 'Stappenplan.', 'PUBLIC');
  await make('Stappenplan integratie', 'Overzicht.', 'Werkt in elke gemeente van de regio.', 'PUBLIC');
  await make('Geheime werkwijze Zwaluwnest', 'Alleen voor leden.', 'Interne afspraken over de gemeente.');
  const facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  for (const id of (await db.query(`select id from practice where status = 'IN_REVIEW'`)).rows.map((r) => r.id)) {
    await gql(url, `mutation($id: ID!) { reviewPractice(practiceId: $id, approve: true) { id } }`, { id }, facilitator);
  }
  const themeId = (await db.query(`select id from theme limit 1`)).rows[0].id;
  await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
    { i: { title: 'Zwaluwnest overleg', body: 'Vertrouwelijk: Zwaluwnest <b>budget</b>', themeId } },
    member,
  );
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('search', () => {
  it('finds word forms with the Dutch stemmer: "gemeenten" finds "gemeente"', async () => {
    const hits = await results('gemeenten', {}, ['PRACTICE']);
    expect(hits.map(labelOf)).toEqual(expect.arrayContaining(['Onthaal per gemeente', 'Stappenplan integratie']));
    expect(hits.find((h) => labelOf(h) === 'Onthaal per gemeente')!.snippet).toContain('<mark>gemeente</mark>');
  });

  it('ranks a title match above a body match', async () => {
    const hits = (await results('gemeenten', {}, ['PRACTICE'])).map(labelOf);
    expect(hits.indexOf('Onthaal per gemeente')).toBeLessThan(hits.indexOf('Stappenplan integratie'));
  });

  it('finds names despite a typo (trigram similarity)', async () => {
    for (const q of ['Noord-Limburgg', 'Welzijnsregio Noord-Limbrug']) {
      expect((await results(q, {}, ['ORGANISATION'])).map(labelOf)).toContain('Welzijnsregio Noord-Limburg');
    }
  });

  it('never shows members-only items or snippets to anonymous visitors or registered non-members', async () => {
    for (const headers of [{}, registered]) {
      const hits = await results('Zwaluwnest', headers);
      expect(hits).toEqual([]);
      expect((await gql(url, SEARCH, { q: 'Zwaluwnest' }, headers)).data!['search']).toEqual([]);
      const gemeente = await results('gemeente', headers);
      expect(gemeente.map((h) => h.snippet).join(' ')).not.toMatch(/Interne afspraken|Zwaluwnest/);
      expect(gemeente.map((h) => h.type)).not.toEqual(expect.arrayContaining(['THREAD']));
    }
  });

  it('shows members threads, posts and members-only practices, with escaped snippets', async () => {
    const hits = await results('Zwaluwnest', member);
    expect(hits.map((h) => h.type).sort()).toEqual(['POST', 'PRACTICE', 'THREAD']);
    const post = hits.find((h) => h.type === 'POST')!;
    expect(post.snippet).toContain('<mark>Zwaluwnest</mark>');
    expect(post.snippet).toContain('&lt;b&gt;');
    const union = (await gql(url, SEARCH, { q: 'Zwaluwnest' }, member)).data!['search'] as Array<{ __typename: string }>;
    expect(union.map((h) => h.__typename).sort()).toEqual(['Post', 'Practice', 'Thread']);
  });

  it('filters by type', async () => {
    expect((await results('Noord-Limburg', member, ['THEME'])).every((h) => h.type === 'THEME')).toBe(true);
  });

  it('pages through results with offset: no overlap, same order; a bad offset is refused', async () => {
    const PAGE = `query($q: String!, $n: Int, $o: Int) { searchResults(query: $q, first: $n, offset: $o) { type node { ... on Node { id } } } }`;
    const ids = async (first: number, offset: number) =>
      (
        (await gql(url, PAGE, { q: 'gemeente', n: first, o: offset }, member)).data!['searchResults'] as Array<{
          type: string;
          node: { id: string };
        }>
      ).map((hit) => `${hit.type}:${hit.node.id}`);
    const all = await ids(6, 0);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const [first, second] = [await ids(2, 0), await ids(2, 2)];
    expect([...first, ...second]).toEqual(all.slice(0, 4));
    expect(await ids(2, 1000)).toEqual([]);
    const bad = await gql(url, PAGE, { q: 'gemeente', n: 2, o: -1 }, member);
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
