import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, gql } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let member: Record<string, string>;
let registered: Record<string, string>;
let facilitator: Record<string, string>;

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(url, 'member@demo.test')).token);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  registered = bearer((await registerPerson(url, `buiten-${Date.now()}@example.test`)).token);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

const PUBLISH = `mutation($i: PublishPracticeInput!) { publishPractice(input: $i) { id slug status visibility publishedAt bodyHtml links sourcePostId } }`;
const LIST = `{ practices { totalCount nodes { id title } } }`;
const BY_SLUG = `query($s: String!) { practiceBySlug(slug: $s) { id title organisation { name } } }`;

async function publish(input: Record<string, unknown>, headers = member) {
  const res = await gql(
    url,
    PUBLISH,
    { i: { summary: 'Kort overzicht.', body: 'Tekst **vet** <script>x</script>', visibility: 'MEMBERS', ...input } },
    headers,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data['publishPractice'];
}
const titles = async (headers: Record<string, string> = {}) =>
  ((await gql(url, LIST, undefined, headers)).data!['practices'].nodes as Array<{ title: string }>).map((p) => p.title);
const feed = async () => (await fetch(`${url}/feeds/praktijken.atom`, { headers: { accept: 'application/atom+xml' } })).text();

describe('practices', () => {
  it('publishes a members-only practice at once, with sanitised HTML and a readable unique slug', async () => {
    const a = await publish({ title: 'Buddywerking voor nieuwkomers', links: ['https://example.test/gids.pdf'] });
    const b = await publish({ title: 'Buddywerking voor nieuwkomers' });
    expect(a).toMatchObject({
      slug: 'buddywerking-voor-nieuwkomers',
      status: 'PUBLISHED',
      visibility: 'MEMBERS',
      links: ['https://example.test/gids.pdf'],
    });
    expect(a.publishedAt).not.toBeNull();
    expect(a.bodyHtml).toContain('<strong>vet</strong>');
    expect(a.bodyHtml).not.toContain('<script');
    expect(b.slug).toBe('buddywerking-voor-nieuwkomers-2');
    expect(await titles(member)).toContain('Buddywerking voor nieuwkomers');
    expect(await titles()).not.toContain('Buddywerking voor nieuwkomers');
    expect(await titles(registered)).not.toContain('Buddywerking voor nieuwkomers');
  });

  it('refuses outsiders and bad input', async () => {
    expect(codesOf(await gql(url, PUBLISH, { i: { title: 'X y z', summary: 's', body: 'b', visibility: 'MEMBERS' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codesOf(await gql(url, PUBLISH, { i: { title: 'X y z', summary: 's', body: 'b', visibility: 'MEMBERS' } }, registered))).toEqual(
      ['FORBIDDEN'],
    );
    const bad = await gql(
      url,
      PUBLISH,
      { i: { title: '', summary: 's', body: 'b', visibility: 'MEMBERS', links: ['javascript:alert(1)'] } },
      member,
    );
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(bad.errors![0].extensions!['fields'] as object).sort()).toEqual(['links.0', 'title']);
  });

  it('keeps the link back to the source post', async () => {
    const themeId = (await db.query(`select id from theme limit 1`)).rows[0].id;
    const thread = await gql(
      url,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { title: 'Ervaringen', body: 'Onze aanpak', themeId } },
      member,
    );
    const postId = (await db.query(`select id from post where thread_id = $1`, [thread.data!['startThread'].id])).rows[0].id;
    const practice = await publish({ title: 'Uit de discussie', sourcePostId: postId });
    expect(practice.sourcePostId).toBe(postId);
    const SOURCE = `query($s: String!) { practiceBySlug(slug: $s) { sourcePostId sourceThreadId } }`;
    expect((await gql(url, SOURCE, { s: practice.slug }, member)).data!['practiceBySlug']).toEqual({
      sourcePostId: postId,
      sourceThreadId: thread.data!['startThread'].id,
    });
    await db.query(`update practice set visibility = 'PUBLIC' where id = $1`, [practice.id]);
    expect((await gql(url, SOURCE, { s: practice.slug }, registered)).data!['practiceBySlug']).toEqual({
      sourcePostId: null,
      sourceThreadId: null,
    });
  });

  it('reviews a request to publish publicly: invisible to outsiders until approved, then in the feed', async () => {
    const orgId = (await db.query(`select id from organisation where slug = 'welzijnsregio-noord-limburg'`)).rows[0].id;
    const p = await publish({
      title: 'Taalcafé in negen OCMW’s',
      visibility: 'PUBLIC',
      organisationId: orgId,
      summary: 'Samen Nederlands oefenen.',
    });
    expect(p).toMatchObject({ status: 'IN_REVIEW', visibility: 'MEMBERS', publishedAt: null });
    expect((await gql(url, BY_SLUG, { s: p.slug })).data!['practiceBySlug']).toBeNull();
    expect((await gql(url, BY_SLUG, { s: p.slug }, member)).data!['practiceBySlug']).not.toBeNull();
    expect(await feed()).not.toContain('Taalcafé');
    const queue = `{ practices(filter: { status: IN_REVIEW }) { nodes { id } } }`;
    expect(codesOf(await gql(url, queue, undefined, member))).toEqual(['FORBIDDEN']);
    expect((await gql(url, queue, undefined, facilitator)).data!['practices'].nodes).toEqual([{ id: p.id }]);

    const REVIEW = `mutation($id: ID!) { reviewPractice(practiceId: $id, approve: true) { status visibility publishedAt } }`;
    expect(codesOf(await gql(url, REVIEW, { id: p.id }, member))).toEqual(['FORBIDDEN']);
    const approved = (await gql(url, REVIEW, { id: p.id }, facilitator)).data!['reviewPractice'];
    expect(approved).toMatchObject({ status: 'PUBLISHED', visibility: 'PUBLIC' });
    expect(codesOf(await gql(url, REVIEW, { id: p.id }, facilitator))).toEqual(['CONFLICT']);
    expect((await gql(url, BY_SLUG, { s: p.slug })).data!['practiceBySlug']).toMatchObject({
      title: 'Taalcafé in negen OCMW’s',
      organisation: { name: 'Welzijnsregio Noord-Limburg' },
    });
    expect(await titles()).toContain('Taalcafé in negen OCMW’s');

    const atom = await feed();
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atom).toContain(`/praktijken/${p.slug}"`);
    expect(atom).toContain('<title>Taalcafé in negen OCMW&apos;s</title>'.replace('&apos;', '’'));
    expect(atom).toMatch(/<updated>\d{4}-\d\d-\d\dT/);
    expect(atom).not.toContain('Buddywerking');

    const meta = await (await fetch(`${url}/praktijken/${p.slug}/meta`, { headers: { accept: 'application/json' } })).json();
    expect(meta).toMatchObject({ title: 'Taalcafé in negen OCMW’s', description: 'Samen Nederlands oefenen.' });
  });

  it('rejects with a remark: stays members-only', async () => {
    const p = await publish({ title: 'Afgewezen voorstel', visibility: 'PUBLIC' });
    const res = await gql(
      url,
      `mutation($id: ID!) { reviewPractice(practiceId: $id, approve: false, remark: "Nog te intern") { status visibility reviewRemark } }`,
      { id: p.id },
      facilitator,
    );
    expect(res.data!['reviewPractice']).toEqual({ status: 'PUBLISHED', visibility: 'MEMBERS', reviewRemark: 'Nog te intern' });
    expect(await titles()).not.toContain('Afgewezen voorstel');
  });

  it('refuses a remark that is too long instead of cutting it, and leaves the practice waiting', async () => {
    const p = await publish({ title: 'Te lange opmerking', visibility: 'PUBLIC' });
    const REVIEW = `mutation($id: ID!, $remark: String) { reviewPractice(practiceId: $id, approve: false, remark: $remark) { status } }`;
    const res = await gql(url, REVIEW, { id: p.id, remark: 'x'.repeat(2001) }, { ...facilitator, 'accept-language': 'en' });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { remark: 'At most 2000 characters.' },
      fieldKeys: { remark: { key: 'tooLong', params: { max: 2000 } } },
    });
    const still = await gql(url, `query($id: ID!) { practice(id: $id) { status } }`, { id: p.id }, facilitator);
    expect(still.data!['practice']).toEqual({ status: 'IN_REVIEW' });
  });

  it('exports Markdown respecting visibility', async () => {
    const p = await publish({ title: 'Alleen voor leden export' });
    const md = (headers: Record<string, string>) =>
      fetch(`${url}/praktijken/${p.slug}.md`, { headers: { accept: 'text/markdown', ...headers } });
    expect((await md({})).status).toBe(404);
    expect((await md(registered)).status).toBe(404);
    const ok = await md(member);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/markdown');
    expect(await ok.text()).toMatch(/^# Alleen voor leden export\n/);
  });
});
