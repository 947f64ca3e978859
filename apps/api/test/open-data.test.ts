import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { gql } from './support/graphql';
import { planMeeting } from './support/meetings';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let url: string;
let facilitator: Record<string, string>;
let member: Record<string, string>;

const TABLES = ['organisations', 'meetings', 'practices', 'themes', 'pilot-project-reports'];
const PUBLISH = `mutation($i: PublishPracticeInput!) { publishPractice(input: $i) { id } }`;

async function publishPractice(title: string, visibility: 'PUBLIC' | 'MEMBERS', approve = true): Promise<string> {
  const res = await gql(url, PUBLISH, { i: { title, summary: 'Kort.', body: 'Lang verhaal.', visibility } }, member);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const id = res.data['publishPractice'].id as string;
  if (visibility === 'PUBLIC' && approve) {
    await gql(url, `mutation($p: ID!) { reviewPractice(practiceId: $p, approve: true) { id } }`, { p: id }, facilitator);
  }
  return id;
}

async function download(headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/open-data`, { headers: { accept: '*/*', ...headers } });
}

async function unzip(res: Response): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) files[name] = await zip.files[name].async('string');
  return files;
}

beforeAll(async () => {
  platform = await startPlatform('demo');
  url = platform.api.url;
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  member = bearer((await login(url, 'member@demo.test')).token);
  await planMeeting(url, facilitator, { title: 'Open intervisie over onthaal', visibility: 'PUBLIC' });
  await planMeeting(url, facilitator, { title: 'GEHEIM-LEDENBIJEENKOMST', visibility: 'MEMBERS' });
  await publishPractice('Taalcafé voor iedereen', 'PUBLIC');
  await publishPractice('GEHEIM-LEDENPRAKTIJK', 'MEMBERS');
  await publishPractice('GEHEIM-WACHTEND', 'PUBLIC', false); // asked to be public: in review, not yet published
  await gql(
    url,
    `mutation { createOrganisation(input: { name: "GEHEIME-ORGANISATIE", type: MUNICIPALITY, visibility: MEMBERS }) { id } }`,
    undefined,
    facilitator,
  );
});
afterAll(async () => {
  await platform?.stop();
});

describe('GET /open-data', () => {
  it('is a ZIP of CSV and JSON per table with a README and the Flemish licence, for anyone', async () => {
    const res = await download();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="lerend-netwerk-open-data-\d{4}-\d\d-\d\d\.zip"$/);
    const files = await unzip(res);
    expect(Object.keys(files).sort()).toEqual(['README.md', ...TABLES.flatMap((table) => [`${table}.csv`, `${table}.json`])].sort());
    expect(files['README.md']).toContain('Modellicentie Gratis Hergebruik Vlaanderen');

    for (const table of TABLES) {
      const rows: Array<Record<string, string>> = parse(files[`${table}.csv`], { columns: true });
      const json = JSON.parse(files[`${table}.json`]) as Array<Record<string, unknown>>;
      expect(rows.length).toBe(json.length);
      // Every column is described in the README.
      for (const column of Object.keys(rows[0] ?? {})) expect(files['README.md']).toContain(`\`${column}\``);
    }
    const meetings: Array<Record<string, string>> = parse(files['meetings.csv'], { columns: true });
    expect(meetings.map((row) => row['title'])).toContain('Open intervisie over onthaal');
    const practices: Array<Record<string, string>> = parse(files['practices.csv'], { columns: true });
    expect(practices.find((row) => row['title'] === 'Taalcafé voor iedereen')).toMatchObject({
      summary: 'Kort.',
      body: 'Lang verhaal.',
      url: expect.stringMatching(/\/praktijken\/taalcafe-voor-iedereen/),
    });
    const reports: Array<Record<string, string>> = parse(files['pilot-project-reports.csv'], { columns: true });
    expect(reports.length).toBeGreaterThan(0);
    expect(reports[0]['report_due_on']).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(['true', 'false']).toContain(reports[0]['report_submitted']);
  });

  it('holds nothing members-only and no person', async () => {
    const everything = Object.values(await unzip(await download())).join('\n');
    for (const secret of ['GEHEIM-LEDENBIJEENKOMST', 'GEHEIM-LEDENPRAKTIJK', 'GEHEIM-WACHTEND', 'GEHEIME-ORGANISATIE']) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toMatch(/@demo\.test|Demo Lid|Demo Facilitator|Demo Beheerder/);
  });

  it('is cached: a later change waits for the cache time, an unchanged download is a 304', async () => {
    const first = await download();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    await planMeeting(url, facilitator, { title: 'Later gepland', visibility: 'PUBLIC' });
    const again = await download();
    expect(again.headers.get('etag')).toBe(etag);
    expect(Object.values(await unzip(again)).join('\n')).not.toContain('Later gepland');
    expect((await download({ 'if-none-match': etag })).status).toBe(304);
  });

  it('/open-data.zip is the same file; a browser asking for /open-data gets the page that explains it', async () => {
    const zip = await fetch(`${url}/open-data.zip`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const page = await fetch(`${url}/open-data`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
