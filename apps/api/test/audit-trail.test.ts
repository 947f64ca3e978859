import { parse } from 'csv-parse/sync';
import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { codesOf, gql } from './support/graphql';
import { planMeeting } from './support/meetings';
import { tempOutbox, type TempOutbox } from './support/outbox';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let outbox: TempOutbox;
let admin: Record<string, string>;
let facilitator: Record<string, string>;
let facilitatorId: string;
let adminId: string;
let themeId: string;

const LOG = `query($f: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id at action actorId actorName personId personName organisationId organisationName subjectType subjectId details { name value } }
  }
}`;

/** The audit lines written since `since` (straight from the table: what the platform wrote, not what it shows). */
async function linesSince(since: Date): Promise<Array<Record<string, any>>> {
  const { rows } = await db.query(
    `select action, actor_id, person_id, organisation_id, subject_type, subject_id, details from audit_entry where at >= $1 order by at, id`,
    [since],
  );
  return rows;
}

/** Runs `act` and returns the audit lines it wrote (the clock of the test and the database are the same machine's). */
async function linesOf(act: () => Promise<unknown>): Promise<Array<Record<string, any>>> {
  const since = (await db.query('select now() as now')).rows[0].now as Date;
  await act();
  return linesSince(since);
}

async function startThreadAs(headers: Record<string, string>): Promise<{ threadId: string; postId: string }> {
  const res = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id posts(first: 1) { nodes { id } } } }`,
    { i: { title: 'Onthaal en taal', body: 'Hoe doen jullie dat?', themeId } },
    headers,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { threadId: res.data['startThread'].id, postId: res.data['startThread'].posts.nodes[0].id };
}

beforeAll(async () => {
  outbox = tempOutbox();
  platform = await startPlatform('demo', { OUTBOX_DIR: outbox.dir, LOGIN_ACCOUNT_MAX_FAILURES: '3' });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  const a = await login(url, 'admin@demo.test');
  admin = bearer(a.token);
  adminId = a.userId;
  const f = await login(url, 'facilitator@demo.test');
  facilitator = bearer(f.token);
  facilitatorId = f.userId;
  themeId = (await db.query(`select id from theme order by created_at limit 1`)).rows[0].id;
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('the audit trail is written with the change', () => {
  it('a role change writes exactly one line: who, whom, from and to', async () => {
    const [person] = await createMembers(db, 1);
    const ROLE = `mutation($u: ID!, $r: NetworkRole!) { setUserRole(userId: $u, role: $r) { role } }`;
    const lines = await linesOf(async () => {
      expect(codesOf(await gql(url, ROLE, { u: person.userId, r: 'FACILITATOR' }, admin))).toEqual([]);
    });
    expect(lines).toEqual([
      {
        action: 'ROLE_CHANGED',
        actor_id: adminId,
        person_id: person.userId,
        organisation_id: null,
        subject_type: null,
        subject_id: null,
        details: { from: 'MEMBER', to: 'FACILITATOR' },
      },
    ]);
  });

  it('a mutation that fails inside its transaction leaves no line (the line and the change commit together)', async () => {
    const [person] = await createMembers(db, 1);
    // The change itself fails at the database, after the audit line was added to the same unit of work.
    await db.query(`create function refuse_role() returns trigger language plpgsql as $$ begin raise exception 'geweigerd'; end $$`);
    await db.query(`create trigger refuse_role before update of role on app_user for each row execute function refuse_role()`);
    try {
      const lines = await linesOf(async () => {
        const res = await gql(
          url,
          `mutation($u: ID!) { setUserRole(userId: $u, role: FACILITATOR) { role } }`,
          { u: person.userId },
          admin,
        );
        expect(codesOf(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      });
      expect(lines).toEqual([]);
    } finally {
      await db.query('drop trigger refuse_role on app_user');
      await db.query('drop function refuse_role()');
    }
    // And a refusal before any change (the last admin cannot step down) writes nothing either.
    const lines = await linesOf(async () => {
      expect(
        codesOf(await gql(url, `mutation($u: ID!) { setUserRole(userId: $u, role: MEMBER) { role } }`, { u: adminId }, admin)),
      ).toEqual(['CONFLICT']);
    });
    expect(lines).toEqual([]);
  });

  it('moderation: hiding and showing a post again are two lines about its author, with the reason', async () => {
    const [author] = await createMembers(db, 1);
    const { threadId, postId } = await startThreadAs(bearer(author.token));
    const lines = await linesOf(async () => {
      await gql(
        url,
        `mutation($p: ID!) { hidePost(postId: $p, reason: "Persoonsgegevens van een cliënt") { id } }`,
        { p: postId },
        facilitator,
      );
      await gql(url, `mutation($p: ID!) { unhidePost(postId: $p) { id } }`, { p: postId }, facilitator);
    });
    expect(lines.map((line) => [line.action, line.actor_id, line.person_id, line.subject_type, line.subject_id, line.details])).toEqual([
      ['POST_HIDDEN', facilitatorId, author.userId, 'post', postId, { threadId, reason: 'Persoonsgegevens van een cliënt' }],
      ['POST_SHOWN', facilitatorId, author.userId, 'post', postId, { threadId }],
    ]);

    // The author sees the moderation of their own posts; someone else sees none of it.
    const mine = await gql(
      url,
      `{ myModerationLog { action actorName subjectId details { name value } } }`,
      undefined,
      bearer(author.token),
    );
    expect(mine.data!['myModerationLog']).toEqual([
      { action: 'POST_SHOWN', actorName: expect.any(String), subjectId: postId, details: [{ name: 'threadId', value: threadId }] },
      {
        action: 'POST_HIDDEN',
        actorName: expect.any(String),
        subjectId: postId,
        details: [
          { name: 'reason', value: 'Persoonsgegevens van een cliënt' },
          { name: 'threadId', value: threadId },
        ],
      },
    ]);
    const [other] = await createMembers(db, 1);
    expect((await gql(url, `{ myModerationLog { id } }`, undefined, bearer(other.token))).data!['myModerationLog']).toEqual([]);
  });

  it('membership requests approved and rejected, a membership ended: one line each, for the person and organisation', async () => {
    const organisationId = (await db.query(`select id from organisation where slug = 'welzijnsregio-noord-limburg'`)).rows[0].id;
    const REQUEST = `mutation($o: ID!) { requestMembership(organisationId: $o, message: "Graag") { id } }`;
    const approved = await registerPerson(url, 'audit-approved@example.test');
    const rejected = await registerPerson(url, 'audit-rejected@example.test');
    const approvedRequest = (await gql(url, REQUEST, { o: organisationId }, bearer(approved.token))).data!['requestMembership'].id;
    const rejectedRequest = (await gql(url, REQUEST, { o: organisationId }, bearer(rejected.token))).data!['requestMembership'].id;
    let membershipId = '';
    const lines = await linesOf(async () => {
      membershipId = (await gql(url, `mutation($r: ID!) { approveMembership(requestId: $r) { id } }`, { r: approvedRequest }, facilitator))
        .data!['approveMembership'].id;
      await gql(
        url,
        `mutation($r: ID!) { rejectMembership(requestId: $r, reason: "Geen lid van deze organisatie") { id } }`,
        { r: rejectedRequest },
        facilitator,
      );
      await gql(url, `mutation($m: ID!) { removeMembership(membershipId: $m) }`, { m: membershipId }, facilitator);
    });
    expect(lines.map((line) => [line.action, line.actor_id, line.person_id, line.organisation_id, line.details])).toEqual([
      ['MEMBERSHIP_APPROVED', facilitatorId, approved.userId, organisationId, {}],
      ['MEMBERSHIP_REJECTED', facilitatorId, rejected.userId, organisationId, { reason: 'Geen lid van deze organisatie' }],
      ['MEMBERSHIP_REMOVED', facilitatorId, approved.userId, organisationId, {}],
    ]);
  });

  it('reviewing a practice and a project report: one line each', async () => {
    const member = bearer((await login(url, 'member@demo.test')).token);
    const practice = await gql(
      url,
      `mutation($i: PublishPracticeInput!) { publishPractice(input: $i) { id } }`,
      { i: { title: 'Buddywerking', summary: 'Kort.', body: 'Lang.', visibility: 'PUBLIC' } },
      member,
    );
    const practiceId = practice.data!['publishPractice'].id;
    const review = await linesOf(() =>
      gql(
        url,
        `mutation($p: ID!) { reviewPractice(practiceId: $p, approve: false, remark: "Nog te intern") { id } }`,
        { p: practiceId },
        facilitator,
      ),
    );
    expect(review).toMatchObject([
      {
        action: 'PRACTICE_REJECTED',
        actor_id: facilitatorId,
        subject_id: practiceId,
        details: { title: 'Buddywerking', remark: 'Nog te intern' },
      },
    ]);

    const projectId = (await db.query(`select id from pilot_project order by title limit 1`)).rows[0].id;
    const partnershipId = (await db.query(`select partnership_id from pilot_project where id = $1`, [projectId])).rows[0].partnership_id;
    const [projectMember] = await createMembers(
      db,
      1,
      (await db.query(`select slug from organisation where id = $1`, [partnershipId])).rows[0].slug,
    );
    const submitted = await gql(
      url,
      `mutation($i: SubmitProjectReportInput!) { submitProjectReport(input: $i) { id } }`,
      { i: { projectId, kind: 'INTERIM_PROGRESS', summary: 'Voortgang.' } },
      bearer(projectMember.token),
    );
    const reportId = submitted.data!['submitProjectReport'].id;
    const sentBack = await linesOf(() =>
      gql(
        url,
        `mutation($r: ID!) { sendBackProjectReport(reportId: $r, remark: "Cijfers ontbreken") { id } }`,
        { r: reportId },
        facilitator,
      ),
    );
    expect(sentBack).toEqual([
      {
        action: 'REPORT_SENT_BACK',
        actor_id: facilitatorId,
        person_id: null,
        organisation_id: partnershipId,
        subject_type: 'projectReport',
        subject_id: reportId,
        details: { kind: 'INTERIM_PROGRESS', remark: 'Cijfers ontbreken' },
      },
    ]);
  });

  it('cancelling a meeting and creating and changing an organisation: one line each', async () => {
    const meetingId = await planMeeting(url, facilitator);
    const cancel = await linesOf(() =>
      gql(url, `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Ziekte") { id } }`, { id: meetingId }, facilitator),
    );
    expect(cancel).toMatchObject([{ action: 'MEETING_CANCELLED', subject_id: meetingId, details: { reason: 'Ziekte' } }]);
    // A second cancel is refused: no second line.
    expect(
      await linesOf(() =>
        gql(url, `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Nog eens") { id } }`, { id: meetingId }, facilitator),
      ),
    ).toEqual([]);

    const organisation = await linesOf(async () => {
      const created = await gql(
        url,
        `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`,
        { i: { name: 'Gemeente Auditdorp', type: 'MUNICIPALITY' } },
        facilitator,
      );
      const id = created.data!['createOrganisation'].id;
      await gql(url, `mutation($id: ID!) { updateOrganisation(id: $id, input: { region: "Kempen" }) { id } }`, { id }, facilitator);
    });
    expect(organisation.map((line) => [line.action, line.actor_id, line.details])).toEqual([
      ['ORGANISATION_CREATED', facilitatorId, { name: 'Gemeente Auditdorp', type: 'MUNICIPALITY' }],
      ['ORGANISATION_UPDATED', facilitatorId, { fields: ['region'] }],
    ]);
    expect(organisation[0].organisation_id).toBe(organisation[1].organisation_id);
  });

  it('security events: a password reset, signing out everywhere and an account locked by failed logins', async () => {
    const email = 'audit-reset@example.test';
    const person = await registerPerson(url, email);
    await gql(url, `mutation { requestPasswordReset(email: "${email}") }`);
    const [mail] = await outbox.waitFor(email);
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]);
    const reset = await linesOf(() =>
      gql(url, `mutation($t: String!) { resetPassword(input: { token: $t, password: "een-nieuw-wachtwoord" }) }`, { t: token }),
    );
    expect(reset).toEqual([
      {
        action: 'PASSWORD_RESET',
        actor_id: null,
        person_id: person.userId,
        organisation_id: null,
        subject_type: null,
        subject_id: null,
        details: { sessionsRevoked: 1 },
      },
    ]);

    const first = await login(url, email, 'een-nieuw-wachtwoord');
    await login(url, email, 'een-nieuw-wachtwoord');
    const everywhere = await linesOf(async () => {
      expect((await gql(url, `mutation { logoutEverywhere }`, undefined, bearer(first.token))).data).toEqual({ logoutEverywhere: 2 });
    });
    expect(everywhere).toMatchObject([
      { action: 'SESSIONS_REVOKED', actor_id: person.userId, person_id: person.userId, details: { sessions: 2 } },
    ]);
    expect(codesOf(await gql(url, `{ viewer { id } }`, undefined, bearer(first.token)))).toEqual(['UNAUTHENTICATED']);

    // Three wrong passwords (LOGIN_ACCOUNT_MAX_FAILURES=3) lock the account: one line, without the address or IP.
    const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    const throttled = await linesOf(async () => {
      for (let i = 0; i < 4; i += 1) await gql(url, LOGIN, { e: email, p: 'fout-wachtwoord' });
    });
    expect(throttled).toEqual([
      {
        action: 'LOGIN_THROTTLED',
        actor_id: null,
        person_id: person.userId,
        organisation_id: null,
        subject_type: null,
        subject_id: null,
        details: {},
      },
    ]);
  });

  it('an invitation is recorded when its mail goes out, without the invited address', async () => {
    const organisationId = (await db.query(`select id from organisation where slug = 'welzijnsregio-noord-limburg'`)).rows[0].id;
    const since = (await db.query('select now() as now')).rows[0].now as Date;
    await gql(
      url,
      `mutation($i: InviteToOrganisationInput!) { inviteToOrganisation(input: $i) }`,
      { i: { email: 'uitgenodigd-audit@example.test', organisationId } },
      facilitator,
    );
    await outbox.waitFor('uitgenodigd-audit@example.test');
    // The job's transaction commits just after the mail went out: wait for it rather than read too early.
    let lines = await linesSince(since);
    for (let tries = 0; lines.length === 0 && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      lines = await linesSince(since);
    }
    expect(lines).toMatchObject([
      { action: 'INVITATION_SENT', actor_id: facilitatorId, organisation_id: organisationId, subject_type: 'invitation' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('uitgenodigd-audit');
  });
});

describe('the trail cannot be changed through the platform or the database', () => {
  it('refuses updates, deletes and truncation of its lines', async () => {
    const { rows } = await db.query('select id from audit_entry limit 1');
    const id = rows[0].id;
    await expect(db.query(`update audit_entry set action = 'POST_SHOWN' where id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.query(`update audit_entry set details = '{}' where id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from audit_entry where id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.query(`truncate audit_entry`)).rejects.toThrow(/append-only/);
  });
});

describe('reading the trail', () => {
  it('is for admins only: facilitators and members are refused, over GraphQL and CSV', async () => {
    expect(codesOf(await gql(url, LOG, {}, facilitator))).toEqual(['FORBIDDEN']);
    expect(codesOf(await gql(url, LOG, {}))).toEqual(['UNAUTHENTICATED']);
    expect((await fetch(`${url}/audit/log.csv`, { headers: facilitator })).status).toBe(403);
    expect((await fetch(`${url}/audit/log.csv`)).status).toBe(401);
  });

  it('filters by person, organisation, action and period, newest first, in pages', async () => {
    const [person] = await createMembers(db, 1);
    const ROLE = `mutation($u: ID!, $r: NetworkRole!) { setUserRole(userId: $u, role: $r) { role } }`;
    await gql(url, ROLE, { u: person.userId, r: 'FACILITATOR' }, admin);
    await gql(url, ROLE, { u: person.userId, r: 'MEMBER' }, admin);
    await gql(url, ROLE, { u: person.userId, r: 'ADMIN' }, admin);

    const first = await gql(url, LOG, { f: { personId: person.userId }, first: 2 }, admin);
    const page = first.data!['auditLog'];
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes.map((n: any) => n.details.find((d: any) => d.name === 'to').value)).toEqual(['ADMIN', 'MEMBER']);
    expect(page.nodes[0]).toMatchObject({ action: 'ROLE_CHANGED', actorId: adminId, personId: person.userId, personName: 'Lid 1' });
    const rest = await gql(url, LOG, { f: { personId: person.userId }, first: 2, after: page.pageInfo.endCursor }, admin);
    expect(rest.data!['auditLog'].nodes.map((n: any) => n.details.find((d: any) => d.name === 'to').value)).toEqual(['FACILITATOR']);
    expect(rest.data!['auditLog'].pageInfo.hasNextPage).toBe(false);

    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await gql(url, LOG, { f: { personId: person.userId, from: future } }, admin)).data!['auditLog'].totalCount).toBe(0);
    expect((await gql(url, LOG, { f: { personId: person.userId, to: future } }, admin)).data!['auditLog'].totalCount).toBe(3);
    expect((await gql(url, LOG, { f: { personId: person.userId, action: 'POST_HIDDEN' } }, admin)).data!['auditLog'].totalCount).toBe(0);

    const created = await gql(
      url,
      `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`,
      { i: { name: 'OCMW Filterstad', type: 'OCMW' } },
      facilitator,
    );
    const organisationId = created.data!['createOrganisation'].id;
    const byOrganisation = await gql(url, LOG, { f: { organisationId } }, admin);
    expect(byOrganisation.data!['auditLog'].nodes).toMatchObject([
      { action: 'ORGANISATION_CREATED', organisationId, organisationName: 'OCMW Filterstad', actorId: facilitatorId },
    ]);
  });

  it('downloads as CSV with the same filters, every line, parseable', async () => {
    const [person] = await createMembers(db, 1);
    for (const role of ['FACILITATOR', 'MEMBER']) {
      await gql(
        url,
        `mutation($u: ID!, $r: NetworkRole!) { setUserRole(userId: $u, role: $r) { role } }`,
        { u: person.userId, r: role },
        admin,
      );
    }
    const res = await fetch(`${url}/audit/log.csv?personId=${person.userId}`, { headers: admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const rows: Array<Record<string, string>> = parse(await res.text(), { columns: true });
    expect(rows.map((row) => [row['action'], row['person_id'], row['actor_id'], JSON.parse(row['details'])])).toEqual([
      ['ROLE_CHANGED', person.userId, adminId, { from: 'MEMBER', to: 'FACILITATOR' }],
      ['ROLE_CHANGED', person.userId, adminId, { from: 'FACILITATOR', to: 'MEMBER' }],
    ]);

    const all: Array<Record<string, string>> = parse(await (await fetch(`${url}/audit/log.csv`, { headers: admin })).text(), {
      columns: true,
    });
    const total = Number((await db.query('select count(*) from audit_entry')).rows[0].count);
    expect(all).toHaveLength(total);

    const bad = await fetch(`${url}/audit/log.csv?from=gisteren`, { headers: admin });
    expect(bad.status).toBe(400);
    const body = JSON.parse(await bad.text()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { from: expect.any(String) } });
  });
});
