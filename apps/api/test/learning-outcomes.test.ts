import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers, resetSqlCount, sqlCount } from './support/fixtures';
import { codesOf, gql } from './support/graphql';
import { planMeeting } from './support/meetings';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let db: Client;
let facilitator: Record<string, string>;
let memberA: Record<string, string>;
let memberB: Record<string, string>;
let projectA: string;
let projectB: string;

const COMPETENCES = ['RESISTANCE', 'SUPPORT_AND_URGENCY', 'STRATEGIC_THINKING', 'COMMUNICATION'];
const RECORD = `mutation($i: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $i) { id selfAssessments { competence moment score note } } }`;
const NETWORK = `{ learningOutcomes { weakest outcomes { competence moment averageScore projects } } }`;

const scores = (values: number[], note = 'Blijkt uit het tussentijds rapport.') =>
  COMPETENCES.map((competence, index) => ({ competence, score: values[index], note }));

async function record(headers: Record<string, string>, projectId: string, moment: string, values: number[]) {
  return gql(url, RECORD, { i: { projectId, moment, scores: scores(values) } }, headers);
}

beforeAll(async () => {
  platform = await startPlatform('demo', { TEST_SQL_COUNTER: 'true' });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  const project = async (slug: string) =>
    (await db.query(`select p.id, o.slug from pilot_project p join organisation o on o.id = p.partnership_id where p.slug = $1`, [slug]))
      .rows[0];
  const a = await project('pilootproject-demo-a');
  const b = await project('pilootproject-demo-b');
  projectA = a.id;
  projectB = b.id;
  const [inA] = await createMembers(db, 1, a.slug);
  const [inB] = await createMembers(db, 1, b.slug);
  memberA = bearer(inA?.token ?? '');
  memberB = bearer(inB?.token ?? '');
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('learning outcomes', () => {
  it('are empty before any project assessed itself', async () => {
    expect((await gql(url, NETWORK, undefined, memberA)).data!['learningOutcomes']).toEqual({ weakest: null, outcomes: [] });
  });

  it('refuse outsiders, other projects and incomplete or out-of-range answers, naming the field', async () => {
    expect(codesOf(await record({}, projectA, 'START', [1, 2, 3, 4]))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await record(memberB, projectA, 'START', [1, 2, 3, 4]))).toEqual(['FORBIDDEN']);
    const bad = await gql(
      url,
      RECORD,
      {
        i: {
          projectId: projectA,
          moment: 'START',
          scores: [
            ...scores([6, 2, 3])
              .slice(0, 3)
              .map((s, i) => (i === 1 ? { ...s, note: ' ' } : s)),
          ],
        },
      },
      memberA,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldKeys: {
        'scores.0.score': { key: 'outOfRange', params: { min: 1, max: 5 } },
        'scores.1.note': { key: 'required' },
        scores: { key: 'assessmentEveryCompetence' },
      },
    });
    expect((await db.query('select count(*)::int as n from competence_assessment')).rows[0].n).toBe(0);
    expect(codesOf(await gql(url, NETWORK))).toEqual(['UNAUTHENTICATED']);
  });

  it('average per competence and moment over the projects, in one statement; the weakest is the lowest latest average', async () => {
    expect(codesOf(await record(memberA, projectA, 'START', [2, 3, 4, 5]))).toEqual([]);
    expect(codesOf(await record(memberB, projectB, 'START', [4, 3, 2, 1]))).toEqual([]);
    const interim = await record(memberA, projectA, 'INTERIM', [3, 4, 4, 5]);
    expect(
      interim.data!['recordSelfAssessment'].selfAssessments.map((s: { moment: string; score: number }) => `${s.moment}:${s.score}`),
    ).toEqual(['START:2', 'START:3', 'START:4', 'START:5', 'INTERIM:3', 'INTERIM:4', 'INTERIM:4', 'INTERIM:5']);

    await resetSqlCount(url);
    const network = (await gql(url, NETWORK, undefined, memberA)).data!['learningOutcomes'];
    expect(await sqlCount(url)).toBeLessThanOrEqual(2); // the session lookup may be one of them
    expect(network.outcomes).toEqual(
      COMPETENCES.flatMap((competence, index) => [
        { competence, moment: 'START', averageScore: 3, projects: 2 },
        { competence, moment: 'INTERIM', averageScore: [3, 4, 4, 5][index], projects: 1 },
      ]),
    );
    expect(network.weakest).toBe('RESISTANCE');

    // A correction replaces the answer (no second row); ties go to the network's order of the competences.
    await record(memberA, projectA, 'INTERIM', [5, 4, 4, 5]);
    expect((await db.query(`select count(*)::int as n from competence_assessment where moment = 'INTERIM'`)).rows[0].n).toBe(4);
    expect((await gql(url, NETWORK, undefined, memberA)).data!['learningOutcomes'].weakest).toBe('SUPPORT_AND_URGENCY');
  });

  it('a project’s self-assessments are for members only', async () => {
    const query = `query($id: ID!) { pilotProject(id: $id) { selfAssessments { score } } }`;
    expect((await gql(url, query, { id: projectA })).data!['pilotProject'].selfAssessments).toEqual([]);
    expect((await gql(url, query, { id: projectA }, memberB)).data!['pilotProject'].selfAssessments).toHaveLength(8);
  });

  it('a facilitator puts the weakest competence on a meeting’s agenda as a theme, once', async () => {
    const meetingId = await planMeeting(url, facilitator, { agenda: [{ title: 'Welkom' }] });
    const PUT = `mutation($c: Competence!, $m: ID!) { putCompetenceOnAgenda(competence: $c, meetingId: $m) { agenda { position title } } }`;
    expect(codesOf(await gql(url, PUT, { c: 'SUPPORT_AND_URGENCY', m: meetingId }, memberA))).toEqual(['FORBIDDEN']);
    const once = (await gql(url, PUT, { c: 'SUPPORT_AND_URGENCY', m: meetingId }, facilitator)).data!['putCompetenceOnAgenda'];
    expect(once.agenda).toEqual([
      { position: 1, title: 'Welkom' },
      { position: 2, title: expect.stringMatching(/^Sleutelcompetentie: /) },
    ]);
    const twice = (await gql(url, PUT, { c: 'SUPPORT_AND_URGENCY', m: meetingId }, facilitator)).data!['putCompetenceOnAgenda'];
    expect(twice.agenda).toEqual(once.agenda);
    const theme = await db.query(`select status, competences::text[] as competences from theme where title = $1`, [once.agenda[1].title]);
    expect(theme.rows).toEqual([{ status: 'ADOPTED', competences: ['SUPPORT_AND_URGENCY'] }]);
  });
});
