import type { Client } from 'pg';
import { connect } from './support/db';
import { codesOf, gql } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { tempOutbox } from './support/outbox';

let platform: TestPlatform;
let url: string;
let db: Client;
const outbox = tempOutbox();
let member: Record<string, string>;
let facilitator: Record<string, string>;
let projectA: string;

beforeAll(async () => {
  platform = await startPlatform('demo', { OUTBOX_DIR: outbox.dir });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(url, 'member@demo.test')).token);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  projectA = (await db.query(`select id from pilot_project where slug = 'pilootproject-demo-a'`)).rows[0].id;
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

const REPORTS = `query($id: ID!) { pilotProject(id: $id) { viewerCanSubmit reports { id kind status overdue submittedAt summary link reviewRemark } } }`;
const SUBMIT = `mutation($i: SubmitProjectReportInput!) { submitProjectReport(input: $i) { id status submittedAt } }`;

async function reportOf(kind: string, headers: Record<string, string> = member) {
  const res = await gql(url, REPORTS, { id: projectA }, headers);
  return (res.data!['pilotProject'].reports as any[]).find((r) => r.kind === kind);
}

describe('pilot-project reports', () => {
  it('computes overdue in Brussels days for unsubmitted reports', async () => {
    const interim = await reportOf('INTERIM_PROGRESS');
    expect(interim).toMatchObject({ status: 'OVERDUE', overdue: true, submittedAt: null });
  });

  it('lets a member of the project submit, with a clear error for a bad link', async () => {
    expect((await gql(url, REPORTS, { id: projectA }, member)).data!['pilotProject'].viewerCanSubmit).toBe(true);
    const bad = await gql(
      url,
      SUBMIT,
      { i: { projectId: projectA, kind: 'INTERIM_PROGRESS', summary: '', link: 'javascript:alert(1)' } },
      member,
    );
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(Object.keys(bad.errors![0].extensions!['fields'] as object).sort()).toEqual(['link', 'summary']);

    const ok = await gql(
      url,
      SUBMIT,
      {
        i: {
          projectId: projectA,
          kind: 'INTERIM_PROGRESS',
          summary: 'Voortgang: drie gemeenten werken samen.',
          link: 'https://example.test/rapport.pdf',
        },
      },
      member,
    );
    expect(ok.data!['submitProjectReport']).toMatchObject({ status: 'SUBMITTED' });
    expect(await reportOf('INTERIM_PROGRESS')).toMatchObject({
      status: 'SUBMITTED',
      overdue: false,
      link: 'https://example.test/rapport.pdf',
    });
  });

  it('is sent back with a remark, resubmitted, then reviewed; the project members are notified', async () => {
    const report = await reportOf('INTERIM_PROGRESS');
    const sendBack = await gql(
      url,
      `mutation($r: ID!) { sendBackProjectReport(reportId: $r, remark: "Voeg de cijfers per gemeente toe.") { status reviewRemark } }`,
      { r: report.id },
      facilitator,
    );
    expect(sendBack.data!['sendBackProjectReport']).toMatchObject({ reviewRemark: 'Voeg de cijfers per gemeente toe.' });
    expect(['SENT_BACK', 'OVERDUE']).toContain(sendBack.data!['sendBackProjectReport'].status);
    // nothing to review now
    expect(
      codesOf(await gql(url, `mutation($r: ID!) { reviewProjectReport(reportId: $r) { id } }`, { r: report.id }, facilitator)),
    ).toEqual(['CONFLICT']);

    await gql(url, SUBMIT, { i: { projectId: projectA, kind: 'INTERIM_PROGRESS', summary: 'Met cijfers per gemeente.' } }, member);
    const reviewed = await gql(
      url,
      `mutation($r: ID!) { reviewProjectReport(reportId: $r) { status reviewRemark } }`,
      { r: report.id },
      facilitator,
    );
    expect(reviewed.data!['reviewProjectReport']).toEqual({ status: 'REVIEWED', reviewRemark: null });
    expect(codesOf(await gql(url, SUBMIT, { i: { projectId: projectA, kind: 'INTERIM_PROGRESS', summary: 'Nog eens' } }, member))).toEqual([
      'CONFLICT',
    ]);

    const notes = await gql(url, `{ notifications { nodes { kind link } } }`, undefined, member);
    const kinds = (notes.data!['notifications'].nodes as any[]).map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['REPORT_SENT_BACK', 'REPORT_REVIEWED']));
  });

  it('sends reminders before the due date, once per report, by notification and mail (controllable clock)', async () => {
    await db.query(`
      with u as (insert into app_user (id, email, display_name, password_hash)
                 values (gen_random_uuid(), 'lid-b@example.test', 'Lid B', 'x') returning id)
      insert into membership (id, user_id, organisation_id)
      select gen_random_uuid(), u.id, o.id from u, organisation o where o.slug = 'demogemeente-b2'`);
    const run = (asOf: string) => gql(url, `mutation($a: DateTime!) { runReportReminders(asOf: $a) }`, { a: asOf }, facilitator);
    // 2017-05-10: the interim reports (due 2017-05-31) are 21 days away, outside the 14-day window
    expect((await run('2017-05-10T09:00:00+02:00')).data).toEqual({ runReportReminders: 0 });
    // 2017-05-20: six projects still owe theirs (project A's was reviewed above)
    expect((await run('2017-05-20T09:00:00+02:00')).data).toEqual({ runReportReminders: 6 });
    expect((await run('2017-05-21T09:00:00+02:00')).data).toEqual({ runReportReminders: 0 });

    expect((await outbox.waitFor('lid-b@example.test')).map((m) => m.subject)).toEqual([
      'Lerend Netwerk: Het tussentijds voortgangsrapport van Pilootproject Demo B is verschuldigd op 2017-05-31.',
    ]);
    const { rows } = await db.query(`select count(*)::int as n from project_report where reminder_sent_at is not null`);
    expect(rows[0].n).toBe(6);
  });
});
