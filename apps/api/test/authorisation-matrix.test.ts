import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { connect, fingerprint } from './support/db';
import { codesOf, gql } from './support/graphql';
import { personas, PERSONAS, type Persona, type PersonaName } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

// Every operation of the accounts / organisations / projects issue against the six kinds of caller.
// A refusal must carry the right extensions.code and leave the data exactly as it was.

let platform: TestPlatform;
let db: Client;
let who: Record<PersonaName, Persona>;
let ids: { noordLimburg: string; municipality: string; projectA: string; projectAReports: string[] };
let reportPool: string[];

beforeAll(async () => {
  platform = await startPlatform('demo');
  db = await connect(platform.databaseUrl);
  who = await personas(platform.api.url);
  const one = async (sql: string) => (await db.query(sql)).rows[0];
  const projectA = await one(`select p.id from pilot_project p where p.slug = 'pilootproject-demo-a'`);
  ids = {
    noordLimburg: (await one(`select id from organisation where slug = 'welzijnsregio-noord-limburg'`)).id,
    municipality: (await one(`select id from organisation where slug = 'demogemeente-b1'`)).id,
    projectA: projectA.id,
    projectAReports: (await db.query(`select id from project_report where project_id = $1`, [projectA.id])).rows.map((r) => r.id),
  };
  reportPool = (await db.query(`select id from project_report where project_id <> $1 order by id`, [projectA.id])).rows.map((r) => r.id);
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

// Fixtures made directly in the database, fresh for every call that is expected to succeed.
const fixtures = {
  async user(): Promise<string> {
    const { rows } = await db.query(
      `insert into app_user (id, email, display_name, password_hash) values (gen_random_uuid(), $1, 'Fixture', 'x') returning id`,
      [`fixture-${randomUUID()}@example.test`],
    );
    return rows[0].id;
  },
  async pendingRequest(): Promise<string> {
    const userId = await fixtures.user();
    const { rows } = await db.query(
      `insert into membership_request (id, user_id, organisation_id) values (gen_random_uuid(), $1, $2) returning id`,
      [userId, ids.noordLimburg],
    );
    return rows[0].id;
  },
  async membership(): Promise<string> {
    const userId = await fixtures.user();
    const { rows } = await db.query(
      `insert into membership (id, user_id, organisation_id) values (gen_random_uuid(), $1, $2) returning id`,
      [userId, ids.noordLimburg],
    );
    return rows[0].id;
  },
  async application(): Promise<string> {
    const { rows } = await db.query(
      `insert into organisation (id, name, slug, type, admitted_at) values (gen_random_uuid(), $1, $1, 'WELFARE_REGION', null) returning id`,
      [`aanvrager-${randomUUID()}`],
    );
    return rows[0].id;
  },
  async submittedReport(): Promise<string> {
    const id = reportPool.shift()!;
    await db.query(`update project_report set submitted_at = now() where id = $1`, [id]);
    return id;
  },
};

/** 'ok', or the error code the persona gets. */
type Outcome = string;
interface Operation {
  name: string;
  query: string;
  variables?: () => Promise<Record<string, unknown>>;
  expect: Record<PersonaName, Outcome>;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const signedIn = (denied: Partial<Record<PersonaName, Outcome>> = {}): Record<PersonaName, Outcome> => ({
  anonymous: U,
  registered: 'ok',
  member: 'ok',
  otherMember: 'ok',
  facilitator: 'ok',
  admin: 'ok',
  ...denied,
});
const staffOnly: Record<PersonaName, Outcome> = { anonymous: U, registered: F, member: F, otherMember: F, facilitator: 'ok', admin: 'ok' };
const everyone: Record<PersonaName, Outcome> = {
  anonymous: 'ok',
  registered: 'ok',
  member: 'ok',
  otherMember: 'ok',
  facilitator: 'ok',
  admin: 'ok',
};

const OPERATIONS: Operation[] = [
  { name: 'organisations', query: `{ organisations { totalCount } }`, expect: everyone },
  { name: 'pilotProjects', query: `{ pilotProjects { id reports { status } } }`, expect: everyone },
  { name: 'viewer', query: `{ viewer { id } }`, expect: everyone },
  { name: 'notifications', query: `{ notifications { totalCount } unreadNotificationCount }`, expect: signedIn() },
  { name: 'markNotificationsRead', query: `mutation { markNotificationsRead }`, expect: signedIn() },
  { name: 'updateProfile', query: `mutation { updateProfile(input: { locale: "nl" }) { id } }`, expect: signedIn() },
  {
    name: 'requestMembership',
    query: `mutation($o: ID!) { requestMembership(organisationId: $o, message: "graag") { id } }`,
    variables: () => Promise.resolve({ o: ids.municipality }),
    expect: signedIn(),
  },
  {
    name: 'applyToJoin',
    query: `mutation($n: String!) { applyToJoin(input: { name: $n, type: PARTNERSHIP, members: [{ name: "Gemeente X", type: MUNICIPALITY }] }) { id } }`,
    variables: () => Promise.resolve({ n: `Nieuw verband ${randomUUID()}` }),
    expect: signedIn(),
  },
  { name: 'membershipRequests', query: `{ membershipRequests { id } }`, expect: staffOnly },
  { name: 'organisationApplications', query: `{ organisationApplications { id } }`, expect: staffOnly },
  {
    name: 'approveMembership',
    query: `mutation($r: ID!) { approveMembership(requestId: $r) { id } }`,
    variables: async () => ({ r: await fixtures.pendingRequest() }),
    expect: staffOnly,
  },
  {
    name: 'rejectMembership',
    query: `mutation($r: ID!) { rejectMembership(requestId: $r, reason: "Niet van toepassing") { id } }`,
    variables: async () => ({ r: await fixtures.pendingRequest() }),
    expect: staffOnly,
  },
  {
    name: 'removeMembership',
    query: `mutation($m: ID!) { removeMembership(membershipId: $m) }`,
    variables: async () => ({ m: await fixtures.membership() }),
    expect: staffOnly,
  },
  {
    name: 'setUserRole',
    query: `mutation($u: ID!) { setUserRole(userId: $u, role: FACILITATOR) { id } }`,
    variables: async () => ({ u: await fixtures.user() }),
    expect: { anonymous: U, registered: F, member: F, otherMember: F, facilitator: F, admin: 'ok' },
  },
  {
    name: 'inviteToOrganisation',
    query: `mutation($o: ID!) { inviteToOrganisation(input: { email: "nieuw@example.test", organisationId: $o }) }`,
    variables: () => Promise.resolve({ o: ids.noordLimburg }),
    expect: staffOnly,
  },
  {
    name: 'createOrganisation',
    query: `mutation($n: String!) { createOrganisation(input: { name: $n, type: MUNICIPALITY, region: "Limburg" }) { id } }`,
    variables: () => Promise.resolve({ n: `Gemeente ${randomUUID()}` }),
    expect: staffOnly,
  },
  {
    name: 'updateOrganisation',
    query: `mutation($o: ID!) { updateOrganisation(id: $o, input: { region: "Noord-Limburg (bijgewerkt)" }) { id } }`,
    variables: () => Promise.resolve({ o: ids.noordLimburg }),
    expect: staffOnly,
  },
  {
    name: 'admitOrganisation',
    query: `mutation($o: ID!) { admitOrganisation(organisationId: $o) { id } }`,
    variables: async () => ({ o: await fixtures.application() }),
    expect: staffOnly,
  },
  {
    name: 'submitProjectReport',
    query: `mutation($p: ID!) { submitProjectReport(input: { projectId: $p, kind: INTERIM_PROGRESS, summary: "Stand van zaken" }) { id } }`,
    variables: () => Promise.resolve({ p: ids.projectA }),
    expect: { anonymous: U, registered: F, member: 'ok', otherMember: F, facilitator: F, admin: F },
  },
  {
    name: 'reviewProjectReport',
    query: `mutation($r: ID!) { reviewProjectReport(reportId: $r) { id } }`,
    variables: async () => ({ r: await fixtures.submittedReport() }),
    expect: staffOnly,
  },
  {
    name: 'sendBackProjectReport',
    query: `mutation($r: ID!) { sendBackProjectReport(reportId: $r, remark: "Graag de cijfers toevoegen.") { id } }`,
    variables: async () => ({ r: await fixtures.submittedReport() }),
    expect: staffOnly,
  },
  {
    name: 'runReportReminders',
    query: `mutation { runReportReminders(asOf: "2017-05-20T09:00:00+02:00") }`,
    expect: staffOnly,
  },
];

describe.each(OPERATIONS)('$name', (operation) => {
  it.each(PERSONAS)('as %s', async (personaName) => {
    const expected = operation.expect[personaName];
    const variables = operation.variables ? await operation.variables() : undefined;
    const before = expected === 'ok' ? null : await fingerprint(db);
    const res = await gql(platform.api.url, operation.query, variables, who[personaName].headers);
    if (expected === 'ok') {
      expect(res.errors).toBeUndefined();
      expect(res.data).toBeTruthy();
    } else {
      expect(codesOf(res)).toEqual([expected]);
      expect(await fingerprint(db)).toBe(before);
    }
  });
});

// Project reports: outsiders see the schedule only; summary and link are for network members; the review remark
// for the project's own members and the facilitators.
describe('pilotProject.reports', () => {
  const REPORTS = `query($p: ID!) { pilotProject(id: $p) { reports { kind dueOn status summary link reviewRemark } } }`;
  const schedule = { summary: null, link: null, reviewRemark: null };
  const networkOnly = { summary: 'Eindverslag in opbouw', link: 'https://example.test/verslag.pdf', reviewRemark: null };
  const insider = {
    summary: 'Eindverslag in opbouw',
    link: 'https://example.test/verslag.pdf',
    reviewRemark: 'Graag de cijfers per gemeente.',
  };
  const seen: Record<PersonaName, Record<string, unknown>> = {
    anonymous: schedule,
    registered: schedule,
    member: insider, // member of project A's partnership
    otherMember: networkOnly,
    facilitator: insider,
    admin: insider,
  };

  beforeAll(async () => {
    await db.query(
      `update project_report set summary = 'Eindverslag in opbouw', link = 'https://example.test/verslag.pdf',
              review_remark = 'Graag de cijfers per gemeente.', sent_back_at = now()
        where project_id = $1 and kind = 'FINAL_CONTENT'`,
      [ids.projectA],
    );
  });

  it.each(PERSONAS)('as %s', async (personaName) => {
    const res = await gql(platform.api.url, REPORTS, { p: ids.projectA }, who[personaName].headers);
    expect(res.errors).toBeUndefined();
    const reports = res.data!['pilotProject'].reports as Array<Record<string, unknown>>;
    const final = reports.find((report) => report.kind === 'FINAL_CONTENT')!;
    expect(final).toMatchObject({ dueOn: expect.any(String), status: expect.any(String), ...seen[personaName] });
    expect(reports.every((report) => report.kind && report.dueOn && report.status)).toBe(true);
  });
});
