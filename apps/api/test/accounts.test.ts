import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, gql, wsClient, wsOnce } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { tempOutbox } from './support/outbox';

let platform: TestPlatform;
let url: string;
let db: Client;
const outbox = tempOutbox();

beforeAll(async () => {
  platform = await startPlatform('demo', {
    OUTBOX_DIR: outbox.dir,
    SESSION_TTL_HOURS: '0.0006', // ~2 seconds
    LOGIN_ACCOUNT_MAX_FAILURES: '3',
    LOGIN_IP_MAX_ATTEMPTS: '1000',
    PASSWORD_HASH_CONCURRENCY: '1', // at most 8 waiting: a burst of 60 must overflow
  });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

const mails = (to: string) => outbox.mails(to);

const VIEWER = `{ viewer { id displayName role } }`;

describe('register and login', () => {
  it('stores an argon2id hash, never the password', async () => {
    const person = await registerPerson(url, 'hash@example.test');
    const { rows } = await db.query('select password_hash from app_user where id = $1', [person.userId]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain('nieuw-wachtwoord-2026');
  });

  it('names each bad field, in Dutch by default and in English on request', async () => {
    const input = { email: 'geen-adres', password: 'kort', displayName: '  ' };
    const nl = await gql(url, `mutation($i: RegisterInput!) { register(input: $i) { token } }`, { i: input });
    expect(codesOf(nl)).toEqual(['BAD_USER_INPUT']);
    expect(nl.errors![0].extensions!['fields']).toEqual({
      email: 'Geef een geldig e-mailadres, bv. naam@gemeente.be.',
      password: 'Minstens 12 tekens.',
      displayName: 'Vul dit veld in.',
    });
    const en = await gql(
      url,
      `mutation($i: RegisterInput!) { register(input: $i) { token } }`,
      { i: input },
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect((en.errors![0].extensions!['fields'] as Record<string, string>)['email']).toBe(
      'Enter a valid e-mail address, e.g. name@municipality.be.',
    );
  });

  it('refuses a second account for the same address, whatever its case', async () => {
    await registerPerson(url, 'dubbel@example.test');
    const res = await gql(url, `mutation($i: RegisterInput!) { register(input: $i) { token } }`, {
      i: { email: 'DUBBEL@example.test', password: 'nog-een-wachtwoord', displayName: 'Dubbel' },
    });
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!['fields']).toEqual({ email: 'Er bestaat al een account met dit e-mailadres.' });
  });

  it('says the same for an unknown address and a wrong password', async () => {
    const unknown = await gql(url, `mutation { login(email: "niemand@example.test", password: "x") { token } }`);
    const wrong = await gql(url, `mutation { login(email: "member2@demo.test", password: "fout-wachtwoord") { token } }`);
    expect(codesOf(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });
});

describe('sessions', () => {
  it('work with a bearer token and an httpOnly SameSite cookie, and logout revokes them', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "member@demo.test", password: "demo-password-2026") { token } }' }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/ln_session=ln_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
    const sessionCookie = cookie.split(';')[0];

    expect((await gql(url, VIEWER, undefined, { cookie: sessionCookie })).data!['viewer']).not.toBeNull();
    expect((await gql(url, VIEWER, undefined, bearer(token))).data!['viewer']).not.toBeNull();

    await gql(url, 'mutation { logout }', undefined, bearer(token));
    const after = await gql(url, VIEWER, undefined, bearer(token));
    expect(codesOf(after)).toEqual(['UNAUTHENTICATED']);
    expect((await gql(url, VIEWER, undefined, { cookie: sessionCookie })).data!['viewer']).toBeNull();
  });

  it('expire after their lifetime', async () => {
    const { token } = await login(url, 'member2@demo.test');
    expect((await gql(url, VIEWER, undefined, bearer(token))).data!['viewer']).not.toBeNull();
    await new Promise((r) => setTimeout(r, 2_600));
    expect(codesOf(await gql(url, VIEWER, undefined, bearer(token)))).toEqual(['UNAUTHENTICATED']);
  });

  it('authenticate a graphql-ws connection through connection_init, and refuse an invalid token', async () => {
    const { token } = await login(url, 'member2@demo.test');
    const client = wsClient(platform.api.wsUrl, { authorization: `Bearer ${token}` });
    const result: any = await wsOnce(client, VIEWER);
    expect(result.data.viewer.displayName).toBe('Demo Lid Noord-Limburg');
    await client.dispose();
    const bad = wsClient(platform.api.wsUrl, { authorization: 'Bearer ln_not-a-real-token-at-all' });
    const refused: any = await wsOnce(bad, VIEWER);
    expect(refused.socketError).toBeDefined();
    await bad.dispose();
  });
});

describe('login throttle', () => {
  it('refuses an account after too many failures, even with the right password, with RATE_LIMITED', async () => {
    const email = 'throttled@example.test';
    await registerPerson(url, email);
    for (let i = 0; i < 3; i += 1) {
      expect(codesOf(await gql(url, `mutation { login(email: "${email}", password: "fout-${i}") { token } }`))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const res = await gql(url, `mutation { login(email: "${email}", password: "nieuw-wachtwoord-2026") { token } }`);
    expect(codesOf(res)).toEqual(['RATE_LIMITED']);
    expect(res.errors![0].message).toMatch(/Te veel aanmeldpogingen/);
    // another account from the same address is not affected
    expect(codesOf(await gql(url, `mutation { login(email: "member2@demo.test", password: "demo-password-2026") { token } }`))).toEqual([]);
  });

  it('bounds concurrent password hashing: a burst gets answers, never a crash', async () => {
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) => gql(url, `mutation { login(email: "burst-${i}@example.test", password: "x") { token } }`)),
    );
    const codes = burst.flatMap((res) => codesOf(res));
    expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED')).toBe(true);
    expect(codes).toContain('RATE_LIMITED');
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  });
});

describe('password reset', () => {
  it('mails a one-time link that sets a new password and signs out everywhere', async () => {
    const email = 'vergeten@example.test';
    const person = await registerPerson(url, email);
    expect((await gql(url, `mutation { requestPasswordReset(email: "${email}") }`)).data).toEqual({ requestPasswordReset: true });
    expect((await gql(url, `mutation { requestPasswordReset(email: "onbekend@example.test") }`)).data).toEqual({
      requestPasswordReset: true,
    });
    const [mail] = await outbox.waitFor(email);
    expect(mails('onbekend@example.test')).toHaveLength(0);
    const token = /token=([^\s]+)/.exec(mail.text)![1];

    const reset = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) }`;
    expect((await gql(url, reset, { t: decodeURIComponent(token), p: 'een-nieuw-wachtwoord' })).data).toEqual({ resetPassword: true });
    expect(codesOf(await gql(url, VIEWER, undefined, bearer(person.token)))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await gql(url, reset, { t: decodeURIComponent(token), p: 'nog-een-ander-wachtwoord' }))).toEqual(['BAD_USER_INPUT']);
    await login(url, email, 'een-nieuw-wachtwoord');
  });
});

describe('membership', () => {
  it('is requested at registration, approved by a facilitator, notified, and grants access on the next request', async () => {
    const { rows } = await db.query(`select id from organisation where slug = 'welzijnsregio-noord-limburg'`);
    const newcomer = await registerPerson(url, 'nieuwkomer@example.test', { organisationId: rows[0].id });
    const asNewcomer = bearer(newcomer.token);
    expect((await gql(url, VIEWER, undefined, asNewcomer)).data!['viewer'].role).toBeNull();
    const peopleQuery = `query($id: ID!) { organisation(id: $id) { people { displayName } } }`;
    expect((await gql(url, peopleQuery, { id: rows[0].id }, asNewcomer)).data!['organisation'].people).toEqual([]);

    const facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
    const pending = await gql(url, `{ membershipRequests { id user { email } organisation { name } } }`, undefined, facilitator);
    const request = (pending.data!['membershipRequests'] as any[]).find((r) => r.user.email === 'nieuwkomer@example.test');
    expect(request.organisation.name).toBe('Welzijnsregio Noord-Limburg');
    expect(
      (await gql(url, `mutation($r: ID!) { approveMembership(requestId: $r) { id } }`, { r: request.id }, facilitator)).errors,
    ).toBeUndefined();
    expect(
      codesOf(await gql(url, `mutation($r: ID!) { approveMembership(requestId: $r) { id } }`, { r: request.id }, facilitator)),
    ).toEqual(['CONFLICT']);

    const viewer = await gql(
      url,
      `{ viewer { role memberships { id organisation { name } } } notifications { nodes { kind subject } } }`,
      undefined,
      asNewcomer,
    );
    expect(viewer.data!['viewer'].role).toBe('MEMBER');
    expect(viewer.data!['viewer'].memberships[0].organisation.name).toBe('Welzijnsregio Noord-Limburg');
    expect(viewer.data!['notifications'].nodes[0]).toMatchObject({ kind: 'MEMBERSHIP_APPROVED' });
    const people = (await gql(url, peopleQuery, { id: rows[0].id }, asNewcomer)).data!['organisation'].people;
    expect(people.map((p: any) => p.displayName)).toContain('Nieuw nieuwkomer@example.test');

    // removing the membership takes effect on the very next request
    const membershipId = viewer.data!['viewer'].memberships[0].id;
    await gql(url, `mutation($m: ID!) { removeMembership(membershipId: $m) }`, { m: membershipId }, facilitator);
    expect((await gql(url, VIEWER, undefined, asNewcomer)).data!['viewer'].role).toBeNull();
    expect((await gql(url, peopleQuery, { id: rows[0].id }, asNewcomer)).data!['organisation'].people).toEqual([]);
  });

  it('a role change applies on the next request, and the last admin cannot step down', async () => {
    const person = await registerPerson(url, 'wordt-facilitator@example.test');
    const admin = await login(url, 'admin@demo.test');
    expect(codesOf(await gql(url, `{ membershipRequests { id } }`, undefined, bearer(person.token)))).toEqual(['FORBIDDEN']);
    await gql(url, `mutation($u: ID!) { setUserRole(userId: $u, role: FACILITATOR) { id } }`, { u: person.userId }, bearer(admin.token));
    expect(codesOf(await gql(url, `{ membershipRequests { id } }`, undefined, bearer(person.token)))).toEqual([]);
    const stepDown = await gql(
      url,
      `mutation($u: ID!) { setUserRole(userId: $u, role: MEMBER) { id } }`,
      { u: admin.userId },
      bearer(admin.token),
    );
    expect(codesOf(stepDown)).toEqual(['CONFLICT']);
  });

  it('an invitation by e-mail creates the account with its membership', async () => {
    const { rows } = await db.query(`select id from organisation where slug = 'demogemeente-c1'`);
    const facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
    await gql(
      url,
      `mutation($o: ID!) { inviteToOrganisation(input: { email: "uitgenodigd@example.test", organisationId: $o }) }`,
      { o: rows[0].id },
      facilitator,
    );
    const token = decodeURIComponent(/token=([^\s]+)/.exec((await outbox.waitFor('uitgenodigd@example.test'))[0].text)![1]);
    const accept = `mutation($t: String!) { acceptInvitation(input: { token: $t, password: "welkom-in-het-netwerk", displayName: "Uitgenodigd" }) { token viewer { role memberships { organisation { name } } } } }`;
    const res = await gql(url, accept, { t: token });
    expect(res.data!['acceptInvitation'].viewer).toEqual({ role: 'MEMBER', memberships: [{ organisation: { name: 'Demogemeente C1' } }] });
    expect(codesOf(await gql(url, accept, { t: token }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a cooperation applies to join', () => {
  it('stays out of the directory until a facilitator admits it with its members', async () => {
    const applicant = await registerPerson(url, 'aanvrager@example.test');
    const apply = await gql(
      url,
      `mutation { applyToJoin(input: { name: "Welzijnsregio Demo Kempen", type: WELFARE_REGION, region: "Kempen",
        members: [{ name: "OCMW Demo Kempen 1", type: OCMW }, { name: "OCMW Demo Kempen 2", type: OCMW }] }) { id admittedAt } }`,
      undefined,
      bearer(applicant.token),
    );
    const id = apply.data!['applyToJoin'].id;
    expect(apply.data!['applyToJoin'].admittedAt).toBeNull();
    const directory = `{ organisations(first: 100, filter: { nameContains: "Kempen" }) { totalCount } }`;
    expect((await gql(url, directory)).data!['organisations'].totalCount).toBe(0);

    const facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
    const applications = await gql(url, `{ organisationApplications { id memberOrganisations { name } } }`, undefined, facilitator);
    expect(applications.data!['organisationApplications']).toEqual([
      { id, memberOrganisations: [{ name: 'OCMW Demo Kempen 1' }, { name: 'OCMW Demo Kempen 2' }] },
    ]);
    await gql(url, `mutation($o: ID!) { admitOrganisation(organisationId: $o) { id } }`, { o: id }, facilitator);
    expect((await gql(url, directory)).data!['organisations'].totalCount).toBe(3);
    expect(codesOf(await gql(url, `mutation($o: ID!) { admitOrganisation(organisationId: $o) { id } }`, { o: id }, facilitator))).toEqual([
      'CONFLICT',
    ]);
  });

  it('two cooperations with the same name applying at once each get their own address (no crash on the slug)', async () => {
    const applicant = await registerPerson(url, 'gelijktijdig@example.test');
    const APPLY = `mutation($i: ApplyToJoinInput!) { applyToJoin(input: $i) { id slug } }`;
    const answers = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        gql(
          url,
          APPLY,
          { i: { name: 'Samen Sterk', type: 'PARTNERSHIP', members: [{ name: `Gemeente Samen ${n}`, type: 'MUNICIPALITY' }] } },
          bearer(applicant.token),
        ),
      ),
    );
    expect(answers.flatMap((answer) => codesOf(answer))).toEqual([]);
    const slugs = answers.map((answer) => answer.data!['applyToJoin'].slug as string);
    expect(new Set(slugs).size).toBe(4);
    for (const slug of slugs) expect(slug).toMatch(/^samen-sterk(-\d+)?$/);
  });
});
