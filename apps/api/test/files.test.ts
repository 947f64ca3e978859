import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import sharp from 'sharp';
import type { Client } from 'pg';
import { connect } from './support/db';
import { createMembers } from './support/fixtures';
import { gql } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { pdf, residentMemoryDuring, streamUpload, upload, uploadedId } from './support/files';

let platform: TestPlatform;
let url: string;
let db: Client;
let filesDir: string;
let member: Record<string, string>;
let otherMember: Record<string, string>;
let facilitator: Record<string, string>;
let admin: Record<string, string>;
let outsider: Record<string, string>;
let projectA: string;
let threadId: string;

const MB = 1024 * 1024;
type ErrorBody = { errors: Array<{ extensions: { code: string; messageKey?: string } }> };
const SUBMIT = `mutation($i: SubmitProjectReportInput!) { submitProjectReport(input: $i) { id files { id name mediaType bytes url } } }`;
const ADD = `mutation($i: AddPostInput!) { addPost(input: $i) { id files { id name mediaType alt width height url thumbnailUrl } } }`;
const storedPath = (id: string) => join(filesDir, id.slice(0, 2), id);

/** A photo as phones make them: EXIF with a GPS position. */
async function photoWithGps(format: 'png' | 'jpeg'): Promise<Buffer> {
  const image = sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 120, b: 40 } } }).withExif({
    IFD0: { Make: 'Telefoon', Model: 'Camera 12' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 52/1 4512/100', GPSLongitudeRef: 'E', GPSLongitude: '4/1 21/1 1200/100' },
  });
  return format === 'png' ? image.png().toBuffer() : image.jpeg().toBuffer();
}

async function get(path: string, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, { headers });
}

beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'ln-files-'));
  platform = await startPlatform('demo', { FILES_DIR: filesDir, OPEN_DATA_CACHE_SECONDS: '0' });
  url = platform.api.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(url, 'member@demo.test')).token);
  otherMember = bearer((await login(url, 'member2@demo.test')).token);
  facilitator = bearer((await login(url, 'facilitator@demo.test')).token);
  admin = bearer((await login(url, 'admin@demo.test')).token);
  outsider = bearer((await registerPerson(url, `buiten-${Date.now()}@example.test`)).token);
  projectA = (await db.query(`select id from pilot_project where slug = 'pilootproject-demo-a'`)).rows[0].id;
  const themeId = (await db.query(`select id from theme order by created_at limit 1`)).rows[0].id as string;
  const started = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
    { i: { title: 'Beelden van het onthaal', body: 'Wie heeft foto’s?', themeId } },
    member,
  );
  threadId = started.data!['startThread'].id as string;
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
  rmSync(filesDir, { recursive: true, force: true });
});

describe('uploading', () => {
  it('refuses 25 MB + 1 byte while it streams in, with memory flat; exactly 25 MB is taken', async () => {
    const pid = platform.api.process.pid!;
    // Resident memory may grow by the socket's garbage buffers until V8 collects them (it does so on external memory
    // pressure, from 64 MB of it), never by what is sent: 200 MB sent must not show as 200 MB, nor each 25 MB as 25 MB
    // more. So: every upload's peak within one bound, far below what the uploads carry together (275 MB). Seen here:
    // 25 MB after the first upload, 38 MB after all four.
    const FLAT = 96 * MB;
    const refused = await residentMemoryDuring(pid, () => streamUpload(url, member, 25 * MB + 1));
    expect(refused.result.status).toBe(413);
    expect(JSON.parse(refused.result.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'fileTooLarge' });

    // Eight times the cap: the server stops reading at the cap, so not all of it is even sent.
    const huge = await residentMemoryDuring(pid, () => streamUpload(url, member, 200 * MB));
    expect(huge.result.status).toBe(413);
    expect(huge.result.sent).toBeLessThan(200 * MB - 9);
    const again = await residentMemoryDuring(pid, () => streamUpload(url, member, 25 * MB + 1));
    expect(again.result.status).toBe(413);
    // Nothing of the refused uploads stays behind.
    expect(readdirSync(join(filesDir, '.incoming'))).toEqual([]);
    expect((await db.query(`select count(*)::int as n from stored_file`)).rows[0].n).toBe(0);

    const exact = await residentMemoryDuring(pid, () => streamUpload(url, member, 25 * MB));
    expect(exact.result.status).toBe(201);
    expect(JSON.parse(exact.result.body)).toMatchObject({ mediaType: 'application/pdf', bytes: 25 * MB, name: 'groot.pdf' });
    const peaks = [refused, huge, again, exact].map((step) => step.peak);
    console.log(
      `API resident memory above the start of the uploads, MB: ${peaks.map((peak) => ((peak - refused.before) / MB).toFixed(1)).join(', ')}`,
    );
    expect(Math.max(...peaks) - refused.before).toBeLessThan(FLAT);
  });

  it('refuses a body announced larger than the cap before reading it', async () => {
    const res = await fetch(`${url}/files`, {
      method: 'POST',
      headers: { ...member, 'x-ln-upload': '1', 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(30 * MB) },
      body: '--x--',
    }).catch((error: unknown) => error);
    // Either the answer arrives, or the socket closes on the lying client: never a stored file.
    if (res instanceof Response) expect(res.status).toBe(413);
    expect((await db.query(`select count(*)::int as n from stored_file where name <> 'groot.pdf'`)).rows[0].n).toBe(0);
  });

  it('sniffs the type from the content: an executable renamed .pdf, a script as .pdf, a ZIP and an SVG are refused', async () => {
    const elf = readFileSync(process.execPath).subarray(0, 256 * 1024);
    for (const [name, content] of [
      ['rapport.pdf', elf],
      ['rapport.pdf', '#!/bin/sh\nrm -rf /\n'],
      ['bijlage.docx', Buffer.from('504b0304140000000000', 'hex')],
      ['logo.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ] as const) {
      const answer = await upload(url, member, name, content);
      expect({ name, status: answer.status }).toEqual({ name, status: 415 });
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'fileTypeNotAllowed' });
    }
    // Nothing of the refused files stays behind.
    expect(readdirSync(join(filesDir, '.incoming'))).toEqual([]);
    // English when asked.
    const english = await upload(url, { ...member, 'accept-language': 'en' }, 'x.pdf', elf);
    expect(english.body.errors?.[0]?.message).toMatch(/This kind of file is not accepted/);
  });

  it('takes text as .txt or .csv (also Windows-1252 from Excel), a real PDF, and names files safely', async () => {
    const csv = await upload(url, member, 'deelnemers.csv', Buffer.from('naam;gemeente\r\nRené;Genk\r\n', 'latin1'));
    expect(csv.body).toMatchObject({ mediaType: 'text/csv', name: 'deelnemers.csv' });
    const text = await upload(url, member, '../../etc/notities.txt', 'Gewone tekst\n');
    expect(text.body).toMatchObject({ mediaType: 'text/plain', name: 'notities.txt' });
    const renamed = await upload(url, member, 'foto.pdf', await photoWithGps('png'));
    expect(renamed.body).toMatchObject({ mediaType: 'image/png', name: 'foto.pdf.png' });
  });

  it('refuses a member who already holds 50 uploads not attached to anything', async () => {
    const [hoarder] = (await createMembers(db, 1)) as [{ userId: string; token: string }];
    for (let i = 0; i < 50; i += 1) await uploadedId(url, bearer(hoarder.token), `nota-${i}.txt`, `nota ${i}\n`);
    const refused = await upload(url, bearer(hoarder.token), 'nog-een.txt', 'nog een\n');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', messageKey: 'tooManyPendingUploads' });
    await db.query(`delete from stored_file where uploaded_by_id = $1`, [hoarder.userId]);
  });

  it('refuses anonymous visitors, people outside the network and requests without the upload header', async () => {
    expect((await upload(url, {}, 'a.pdf', pdf())).status).toBe(401);
    expect((await upload(url, outsider, 'a.pdf', pdf())).status).toBe(403);
    const noHeader = await upload(url, member, 'a.pdf', pdf(), {});
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.errors?.[0]?.extensions.messageKey).toBe('uploadNeedsHeader');
    const otherSite = await upload(url, member, 'a.pdf', pdf(), { 'x-ln-upload': '1', origin: 'https://kwaadaardig.example' });
    expect(otherSite.status).toBe(403);
    const empty = await fetch(`${url}/files`, { method: 'POST', headers: { ...member, 'x-ln-upload': '1' }, body: new FormData() });
    expect(empty.status).toBe(400);
  });
});

describe('images', () => {
  it.each(['png', 'jpeg'] as const)('a %s with EXIF GPS comes back without it, with its size and a thumbnail', async (format) => {
    const original = await photoWithGps(format);
    expect((await sharp(original).metadata()).exif?.toString('latin1')).toContain('Telefoon');
    const answer = await upload(url, member, `foto.${format}`, original);
    expect(answer.body).toMatchObject({ mediaType: `image/${format}`, width: 640, height: 480 });

    const served = Buffer.from(await (await get(answer.body.url!, member)).arrayBuffer());
    const meta = await sharp(served).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(served.includes(Buffer.from('Telefoon'))).toBe(false);
    expect(served.includes(Buffer.from('GPS'))).toBe(false);
    expect([meta.width, meta.height]).toEqual([640, 480]);
    // The stored bytes themselves, not only what is served.
    expect(readFileSync(storedPath(answer.body.id!)).includes(Buffer.from('Telefoon'))).toBe(false);

    const thumb = await get(answer.body.thumbnailUrl!, member);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const thumbMeta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(thumbMeta.width).toBeLessThanOrEqual(480);
    expect(thumbMeta.exif).toBeUndefined();
  });

  it('refuses an image that does not decode', async () => {
    const broken = Buffer.concat([(await photoWithGps('png')).subarray(0, 200)]);
    const answer = await upload(url, member, 'kapot.png', broken);
    expect(answer.status).toBe(415);
    expect(answer.body.errors?.[0]?.extensions.messageKey).toBe('fileUnreadable');
  });

  it('needs alt text to publish an image in a post, and shows it with the post', async () => {
    const image = await uploadedId(url, member, 'onthaal.jpeg', await photoWithGps('jpeg'));
    const without = await gql(url, ADD, { i: { threadId, body: 'Foto van het onthaal', files: [{ id: image }] } }, member);
    expect(without.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'files.0.alt': expect.any(String) } });
    expect((await db.query(`select count(*)::int as n from post where body = 'Foto van het onthaal'`)).rows[0].n).toBe(0);

    const added = await gql(
      url,
      ADD,
      { i: { threadId, body: 'Foto van het onthaal', files: [{ id: image, alt: 'De onthaalbalie' }] } },
      member,
    );
    expect(added.data!['addPost'].files).toEqual([
      expect.objectContaining({ id: image, alt: 'De onthaalbalie', width: 640, height: 480, thumbnailUrl: `/files/${image}/thumbnail` }),
    ]);
    const page = await gql(
      url,
      `query($id: ID!) { thread(id: $id) { posts(first: 100) { nodes { id files { id alt } } } } }`,
      { id: threadId },
      otherMember,
    );
    const shown = (page.data!['thread'].posts.nodes as Array<{ id: string; files: unknown[] }>).find(
      (p) => p.id === added.data!['addPost'].id,
    );
    expect(shown?.files).toEqual([{ id: image, alt: 'De onthaalbalie' }]);
    const res = await get(`/files/${image}`, otherMember);
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="onthaal.jpeg"/);
  });
});

describe('who may read a file', () => {
  let reportFile: string;

  it('a members-only report’s file: members read it as a download; outsiders and guessed ids get 404', async () => {
    reportFile = await uploadedId(url, member, 'Tussentijds rapport.pdf', pdf());
    // Before it is attached, only who uploaded it can read it.
    expect((await get(`/files/${reportFile}`, member)).status).toBe(200);
    expect((await get(`/files/${reportFile}`, otherMember)).status).toBe(404);

    const submitted = await gql(
      url,
      SUBMIT,
      { i: { projectId: projectA, kind: 'INTERIM_PROGRESS', summary: 'Voortgang met rapport', files: [{ id: reportFile }] } },
      member,
    );
    expect(submitted.data!['submitProjectReport'].files).toEqual([
      { id: reportFile, name: 'Tussentijds rapport.pdf', mediaType: 'application/pdf', bytes: pdf().length, url: `/files/${reportFile}` },
    ]);

    const read = await get(`/files/${reportFile}`, otherMember);
    expect(read.status).toBe(200);
    expect(read.headers.get('content-disposition')).toBe(`attachment; filename="Tussentijds rapport.pdf"`);
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read.headers.get('content-type')).toBe('application/pdf');
    expect(read.headers.get('cache-control')).toBe('private, no-cache');
    expect(Buffer.from(await read.arrayBuffer()).equals(pdf())).toBe(true);

    for (const who of [{}, outsider]) {
      const refused = await get(`/files/${reportFile}`, who);
      expect(refused.status).toBe(404);
      expect(((await refused.json()) as ErrorBody).errors[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect((await get(`/files/${randomUUID()}`, member)).status).toBe(404);
    expect((await get(`/files/niet-eens-een-id`, member)).status).toBe(404);
    // GraphQL hides the list from outsiders too.
    const outside = await gql(url, `query($id: ID!) { pilotProject(id: $id) { reports { kind files { id } } } }`, { id: projectA });
    expect((outside.data!['pilotProject'].reports as Array<{ files: unknown[] }>).every((r) => r.files.length === 0)).toBe(true);
  });

  it('cannot attach someone else’s upload, nor one file to two things', async () => {
    const mine = await uploadedId(url, member, 'notitie.txt', 'tekst\n');
    const stolen = await gql(url, ADD, { i: { threadId, body: 'Met andermans bestand', files: [{ id: mine }] } }, otherMember);
    expect(stolen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'files.0.id': expect.any(String) } });
    expect((await gql(url, ADD, { i: { threadId, body: 'Eerste', files: [{ id: mine }] } }, member)).data).toBeTruthy();
    const again = await gql(url, ADD, { i: { threadId, body: 'Tweede met hetzelfde', files: [{ id: mine }] } }, member);
    expect(again.errors?.[0]?.extensions?.['fields']).toEqual({ 'files.0.id': expect.any(String) });
    expect((await db.query(`select count(*)::int as n from post where body = 'Tweede met hetzelfde'`)).rows[0].n).toBe(0);
  });

  it('a public practice’s file is public once the practice is; until then members only', async () => {
    const doc = await uploadedId(url, member, 'werkwijze.pdf', pdf('werkwijze'));
    const published = await gql(
      url,
      `mutation($i: PublishPracticeInput!) { publishPractice(input: $i) { id status files { id } } }`,
      {
        i: {
          title: 'Buddywerking met documenten',
          summary: 'Hoe het werkt',
          body: 'Zie bijlage.',
          visibility: 'PUBLIC',
          files: [{ id: doc }],
        },
      },
      member,
    );
    const practice = published.data!['publishPractice'];
    expect(practice).toMatchObject({ status: 'IN_REVIEW', files: [{ id: doc }] });
    expect((await get(`/files/${doc}`)).status).toBe(404);
    expect((await get(`/files/${doc}`, otherMember)).status).toBe(200);

    await gql(url, `mutation($id: ID!) { reviewPractice(practiceId: $id, approve: true) { id } }`, { id: practice.id }, facilitator);
    const open = await get(`/files/${doc}`);
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('public, max-age=300');
    // The open data lists a public practice's files by their address.
    const openData = await JSZip.loadAsync(Buffer.from(await (await get('/open-data.zip')).arrayBuffer()));
    expect(await openData.file('practices.csv')!.async('string')).toContain(`${url}/files/${doc}`);

    // Deleting the practice removes its files.
    const deleted = await gql(url, `mutation($id: ID!) { deletePractice(practiceId: $id) }`, { id: practice.id }, otherMember);
    expect(deleted.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await gql(url, `mutation($id: ID!) { deletePractice(practiceId: $id) }`, { id: practice.id }, member)).data).toEqual({
      deletePractice: true,
    });
    expect((await get(`/files/${doc}`, member)).status).toBe(404);
    expect(existsSync(storedPath(doc))).toBe(false);
  });

  it('a deleted post’s files are gone: the row, the bytes and the thumbnail', async () => {
    const image = await uploadedId(url, member, 'weg.png', await photoWithGps('png'));
    const attachment = await uploadedId(url, member, 'weg.pdf', pdf());
    const added = await gql(
      url,
      ADD,
      { i: { threadId, body: 'Even', files: [{ id: attachment }, { id: image, alt: 'Een oranje vlak' }] } },
      member,
    );
    const postId = added.data!['addPost'].id as string;
    expect(existsSync(storedPath(image))).toBe(true);
    expect(existsSync(`${storedPath(image)}.thumb`)).toBe(true);

    expect(
      (await gql(url, `mutation($id: ID!) { deletePost(postId: $id) { id files { id } } }`, { id: postId }, member)).data!['deletePost']
        .files,
    ).toEqual([]);
    for (const id of [image, attachment]) {
      expect((await get(`/files/${id}`, member)).status).toBe(404);
      expect(existsSync(storedPath(id))).toBe(false);
    }
    expect(existsSync(`${storedPath(image)}.thumb`)).toBe(false);
    expect((await db.query(`select count(*)::int as n from stored_file where id = any($1)`, [[image, attachment]])).rows[0].n).toBe(0);
  });

  it('keeps alt text as written, question marks and quotes included, on every path', async () => {
    const image = await uploadedId(url, member, 'vraag.png', await photoWithGps('png'));
    const added = await gql(
      url,
      `mutation($i: AddPostInput!) { addPost(input: $i) { id version } }`,
      { i: { threadId, body: 'Raad eens', files: [{ id: image, alt: 'Wie herkent dit?' }] } },
      member,
    );
    const post = added.data!['addPost'];
    const alt = `Wie is dit? Is 't "Jan"?`;
    const edited = await gql(
      url,
      `mutation($i: EditPostInput!) { editPost(input: $i) { files { alt } } }`,
      { i: { postId: post.id, body: 'Raad eens opnieuw', expectedVersion: post.version, files: [{ id: image, alt }] } },
      member,
    );
    expect(edited.data!['editPost'].files).toEqual([{ alt }]);
    expect((await db.query(`select alt from stored_file where id = $1`, [image])).rows[0].alt).toBe(alt);
  });

  it('editing a post replaces its list: a file left out is removed', async () => {
    const a = await uploadedId(url, member, 'a.txt', 'a\n');
    const b = await uploadedId(url, member, 'b.txt', 'b\n');
    const added = await gql(
      url,
      `mutation($i: AddPostInput!) { addPost(input: $i) { id version } }`,
      { i: { threadId, body: 'Met twee', files: [{ id: a }, { id: b }] } },
      member,
    );
    const post = added.data!['addPost'];
    const edited = await gql(
      url,
      `mutation($i: EditPostInput!) { editPost(input: $i) { files { id } } }`,
      { i: { postId: post.id, body: 'Met één', expectedVersion: post.version, files: [{ id: b }] } },
      member,
    );
    expect(edited.data!['editPost'].files).toEqual([{ id: b }]);
    expect(existsSync(storedPath(a))).toBe(false);
  });
});

describe('cleanup and the reporting round', () => {
  it('removes uploads not attached within 24 hours, and keeps attached ones', async () => {
    const loose = await uploadedId(url, member, 'vergeten.txt', 'vergeten\n');
    const keep = (await db.query(`select id from stored_file where report_id is not null limit 1`)).rows[0].id as string;
    const soon = await gql(
      url,
      `mutation($at: DateTime) { runRetention(asOf: $at) { abandonedFiles } }`,
      { at: new Date(Date.now() + 23 * 3_600_000).toISOString() },
      admin,
    );
    expect(soon.data!['runRetention'].abandonedFiles).toBe(0);
    const later = await gql(
      url,
      `mutation($at: DateTime) { runRetention(asOf: $at) { abandonedFiles } }`,
      { at: new Date(Date.now() + 25 * 3_600_000).toISOString() },
      admin,
    );
    expect(later.data!['runRetention'].abandonedFiles).toBeGreaterThanOrEqual(1);
    expect(existsSync(storedPath(loose))).toBe(false);
    expect(existsSync(storedPath(keep))).toBe(true);
    expect((await db.query(`select count(*)::int as n from stored_file where attached_at is null`)).rows[0].n).toBe(0);
  });

  it('someone who leaves and asked for their posts to go takes their files along, and their unattached uploads', async () => {
    const [leaver] = (await createMembers(db, 1)) as [{ userId: string; token: string }];
    const as = bearer(leaver.token);
    const attached = await uploadedId(url, as, 'mijn-foto.png', await photoWithGps('png'));
    const loose = await uploadedId(url, as, 'nooit-gebruikt.txt', 'nog niets\n');
    const added = await gql(url, ADD, { i: { threadId, body: 'Mijn foto', files: [{ id: attached, alt: 'Een oranje vlak' }] } }, as);
    expect(added.errors).toBeUndefined();
    const removed = await gql(
      url,
      `mutation($u: ID!) { removeAccount(userId: $u, posts: REMOVE, reason: "Op eigen vraag, met bijdragen") }`,
      { u: leaver.userId },
      facilitator,
    );
    expect(removed.errors).toBeUndefined();
    // Still within the grace period: nothing is gone yet.
    expect(existsSync(storedPath(attached))).toBe(true);
    const purge = await gql(
      url,
      `mutation($at: DateTime) { runRetention(asOf: $at) { accounts } }`,
      { at: new Date(Date.now() + 31 * 86_400_000).toISOString() },
      admin,
    );
    expect(purge.data!['runRetention'].accounts).toBe(1);
    for (const id of [attached, loose]) expect(existsSync(storedPath(id))).toBe(false);
    expect(existsSync(`${storedPath(attached)}.thumb`)).toBe(false);
    expect((await db.query(`select count(*)::int as n from stored_file where id = any($1)`, [[attached, loose]])).rows[0].n).toBe(0);
  });

  it('facilitators download all documents of one round as one ZIP, a folder per project; others may not', async () => {
    const res = await get('/reports/INTERIM_PROGRESS/documents.zip', facilitator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tussentijdse-rapporten-\d{4}-\d{2}-\d{2}\.zip"$/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const names = Object.keys(zip.files);
    expect(names).toEqual([expect.stringMatching(/^[^/]+\/Tussentijds rapport\.pdf$/)]);
    expect((await zip.file(names[0])!.async('nodebuffer')).equals(pdf())).toBe(true);

    expect((await get('/reports/INTERIM_PROGRESS/documents.zip', member)).status).toBe(403);
    expect((await get('/reports/INTERIM_PROGRESS/documents.zip')).status).toBe(401);
    const empty = await get('/reports/FINANCIAL/documents.zip', facilitator);
    expect(empty.status).toBe(404);
    expect(((await empty.json()) as ErrorBody).errors[0]?.extensions.messageKey).toBe('roundHasNoDocuments');
  });
});
