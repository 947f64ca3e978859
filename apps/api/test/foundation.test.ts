import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { codesOf, gql } from './support/graphql';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;

beforeAll(async () => {
  platform = await startPlatform('demo', { LOG_LEVEL: 'info' });
  url = platform.api.url;
});
afterAll(() => platform?.stop());

const LANDING = /* GraphQL */ `
  query Landing {
    organisations(first: 100) {
      totalCount
      nodes {
        id
        name
        type
        region
        subsidised
        memberOrganisations {
          name
          type
        }
        partOf {
          name
        }
        pilotProject {
          title
        }
      }
    }
  }
`;

describe('the demo network over /graphql', () => {
  it('lists the coordinating bodies, seven subsidised partnerships and Noord-Limburg with its 9 OCMW’s', async () => {
    const res = await gql(url, LANDING);
    expect(res.errors).toBeUndefined();
    const nodes: any[] = res.data!.organisations.nodes;
    const names = nodes.map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Agentschap Binnenlands Bestuur',
        'Agentschap Integratie en Inburgering',
        'Vereniging van Vlaamse Steden en Gemeenten',
      ]),
    );
    const partnerships = nodes.filter((o) => o.type === 'PARTNERSHIP');
    expect(partnerships).toHaveLength(7);
    for (const partnership of partnerships) {
      expect(partnership.subsidised).toBe(true);
      expect(partnership.pilotProject).not.toBeNull();
      expect(partnership.memberOrganisations.length).toBeGreaterThanOrEqual(2);
      expect(partnership.memberOrganisations.every((m: any) => m.type === 'MUNICIPALITY')).toBe(true);
    }
    const region = nodes.find((o) => o.name === 'Welzijnsregio Noord-Limburg');
    expect(region).toMatchObject({ type: 'WELFARE_REGION', subsidised: false, pilotProject: null });
    expect(region.memberOrganisations).toHaveLength(9);
    expect(region.memberOrganisations.every((m: any) => m.type === 'OCMW')).toBe(true);
    const ocmw = nodes.find((o) => o.name === region.memberOrganisations[0].name);
    expect(ocmw.partOf).toEqual([{ name: 'Welzijnsregio Noord-Limburg' }]);
    expect(res.data!.organisations.totalCount).toBe(nodes.length);
  });

  it('gives each pilot project its subsidy period, focus and three reports with due dates', async () => {
    const res = await gql(
      url,
      `{ pilotProjects { title focus startsOn endsOn leadOrganisation { type } partnership { type }
         organisations { type } reports { kind dueOn submittedAt overdue } } }`,
    );
    expect(res.errors).toBeUndefined();
    const projects: any[] = res.data!.pilotProjects;
    expect(projects).toHaveLength(7);
    expect(new Set(projects.map((p) => p.focus))).toEqual(new Set(['RECEPTION', 'INCLUSIVE']));
    for (const project of projects) {
      expect(project).toMatchObject({ startsOn: '2015-12-01', endsOn: '2018-11-30' });
      expect(project.leadOrganisation.type).toBe('MUNICIPALITY');
      expect(project.partnership.type).toBe('PARTNERSHIP');
      expect(project.organisations[0].type).toBe('PARTNERSHIP');
      const reports = Object.fromEntries(project.reports.map((r: any) => [r.kind, r]));
      expect(reports.INTERIM_PROGRESS.dueOn).toBe('2017-05-31');
      expect(reports.FINAL_CONTENT.dueOn > '2018-11-30').toBe(true);
      expect(reports.FINANCIAL.dueOn > '2018-11-30').toBe(true);
      expect(reports.INTERIM_PROGRESS).toMatchObject({ submittedAt: null, overdue: true });
    }
  });

  it('shows anonymous visitors the upcoming public meetings only, and the first meeting with its agenda', async () => {
    const upcoming = await gql(url, `{ meetings(filter: { upcoming: true }) { totalCount nodes { title visibility startsAt } } }`);
    expect(upcoming.errors).toBeUndefined();
    const nodes: any[] = upcoming.data!.meetings.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((m) => m.visibility === 'PUBLIC')).toBe(true);
    expect(nodes.every((m) => new Date(m.startsAt) > new Date())).toBe(true);

    const all = await gql(url, `{ meetings(first: 50) { nodes { title startsAt agenda { position title presenter { name } } } } }`);
    const first = all.data!.meetings.nodes.find((m: any) => m.title === 'Eerste bijeenkomst van het Lerend Netwerk');
    expect(first.startsAt).toMatch(/Z$/);
    const progressItems = first.agenda.filter((item: any) => item.title.startsWith('Stand van zaken'));
    expect(progressItems).toHaveLength(7);
    expect(first.agenda.map((item: any) => item.position)).toEqual(first.agenda.map((_: unknown, i: number) => i + 1));
  });

  it('reports the database in /health', async () => {
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves the same schema as the committed schema.gql', async () => {
    const res = await gql<any>(url, getIntrospectionQuery());
    const served = printSchema(lexicographicSortSchema(buildClientSchema(res.data)));
    const committed = readFileSync(resolve(__dirname, '..', 'schema.gql'), 'utf8').replace(/^#.*\n\n/, '');
    expect(served.trim()).toBe(committed.trim());
  });
});

describe('errors in the contract’s vocabulary', () => {
  it('answers an unknown field with BAD_USER_INPUT and no stack trace', async () => {
    const res = await gql(url, '{ nope }');
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('names the field of a bad page size', async () => {
    const res = await gql(url, '{ organisations(first: 5000) { totalCount } }');
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!['fields']).toEqual({ first: expect.stringContaining('100') });
  });

  it('refuses a malformed cursor and a malformed date as BAD_USER_INPUT', async () => {
    expect(codesOf(await gql(url, '{ organisations(after: "bogus") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await gql(url, '{ meetings(filter: { from: "gisteren" }) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('returns null, not an error or a SQL failure, for an id that is no UUID', async () => {
    const res = await gql(url, `{ organisation(id: "1 or 1=1") { name } meeting(id: "x") { title } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ organisation: null, meeting: null });
  });

  it('keeps Apollo’s CSRF prevention on for browser-simple requests', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(res.status).toBe(400);
  });
});

describe('request ids', () => {
  it('echoes a well-formed X-Request-Id and puts it on the request’s log lines', async () => {
    const requestId = 'test-request-0001';
    const res = await gql(url, '{ viewer { id } }', undefined, { 'x-request-id': requestId });
    expect(res.headers.get('x-request-id')).toBe(requestId);
    await new Promise((r) => setTimeout(r, 200));
    const lines = platform.api
      .output()
      .split('\n')
      .filter((line) => line.includes(requestId));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line).requestId).toBe(requestId);
  });

  it('makes one up when none or a malformed one is sent', async () => {
    const res = await gql(url, '{ viewer { id } }', undefined, { 'x-request-id': 'bad id with spaces' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
