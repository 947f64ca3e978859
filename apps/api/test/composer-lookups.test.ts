// What the composer asks the API: people to mention, and a preview of the Markdown.
import { LIMITS } from '@ln/domain';
import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, gql } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let member: Record<string, string>;
let registered: { token: string; userId: string };

const PEOPLE = `query($q: String!, $n: Int) { people(query: $q, first: $n) { id displayName email } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id displayName memberships { organisation { name } } } }`;

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(url, 'member@demo.test')).token);
  registered = await registerPerson(url, `demo-zonder-lidmaatschap-${Date.now()}@example.test`);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

const names = async (q: string, headers = member) =>
  ((await gql(url, PEOPLE, { q }, headers)).data!['people'] as Array<{ displayName: string }>).map((p) => p.displayName);

describe('finding people to mention', () => {
  it('finds network members by part of their name, names that start with it first, without e-mail addresses', async () => {
    const found = (await gql(url, PEOPLE, { q: 'demo' }, member)).data!['people'] as Array<{ displayName: string; email: string | null }>;
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((person) => /demo/i.test(person.displayName))).toBe(true);
    expect(found.filter((person) => person.displayName !== 'Demo Lid').every((person) => person.email === null)).toBe(true);
    const starting = found.map((person) => person.displayName.toLowerCase().startsWith('demo'));
    expect(starting).toEqual([...starting].sort((a, b) => Number(b) - Number(a)));
  });

  it('never lists a registered person without a membership, nor a deactivated one', async () => {
    const registeredName = (await db.query('select display_name from app_user where id = $1', [registered.userId])).rows[0].display_name;
    expect(await names(registeredName)).toEqual([]);
    await db.query(`update app_user set deactivated_at = now() where email = 'member2@demo.test'`);
    try {
      const member2Name = (await db.query(`select display_name from app_user where email = 'member2@demo.test'`)).rows[0].display_name;
      expect(await names(member2Name)).not.toContain(member2Name);
    } finally {
      await db.query(`update app_user set deactivated_at = null where email = 'member2@demo.test'`);
    }
  });

  it('treats % and _ as letters, not as wildcards', async () => {
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
  });

  it('refuses anonymous visitors and registered non-members; bad input names the field', async () => {
    expect(codesOf(await gql(url, PEOPLE, { q: 'demo' }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await gql(url, PEOPLE, { q: 'demo' }, bearer(registered.token)))).toEqual(['FORBIDDEN']);
    const empty = await gql(url, PEOPLE, { q: '  ', n: 500 }, member);
    expect(codesOf(empty)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(empty.errors![0].extensions!['fields'] as object).sort()).toEqual(['first', 'query']);
  });

  it('shows one member to another, with their organisations; not a non-member', async () => {
    const member2 = (await db.query(`select id from app_user where email = 'member2@demo.test'`)).rows[0].id;
    const found = (await gql(url, PERSON, { id: member2 }, member)).data!['person'];
    expect(found.memberships.map((m: { organisation: { name: string } }) => m.organisation.name)).toContain('Welzijnsregio Noord-Limburg');
    expect((await gql(url, PERSON, { id: registered.userId }, member)).data!['person']).toBeNull();
    expect((await gql(url, PERSON, { id: 'geen-id' }, member)).data!['person']).toBeNull();
    expect(codesOf(await gql(url, PERSON, { id: member2 }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the composer’s Markdown preview', () => {
  const PREVIEW = `query($b: String!) { markdownPreview(body: $b) }`;

  it('renders and sanitises exactly like a post, mentions included', async () => {
    const member2 = (await db.query(`select id from app_user where email = 'member2@demo.test'`)).rows[0].id;
    const html = (
      await gql(url, PREVIEW, { b: `**Vet** <script>alert(1)</script> [x](javascript:alert(1)) @[Lid Twee](${member2})` }, member)
    ).data!['markdownPreview'];
    expect(html).toContain('<strong>Vet</strong>');
    expect(html).not.toMatch(/<script|href="javascript:/);
    expect(html).toContain(`href="/mensen/${member2}"`);
  });

  it('is for members only and keeps the post size limit', async () => {
    expect(codesOf(await gql(url, PREVIEW, { b: 'x' }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await gql(url, PREVIEW, { b: 'x' }, bearer(registered.token)))).toEqual(['FORBIDDEN']);
    expect(codesOf(await gql(url, PREVIEW, { b: 'x'.repeat(LIMITS.postBodyMaxLength + 1) }, member))).toEqual(['BAD_USER_INPUT']);
  });
});
