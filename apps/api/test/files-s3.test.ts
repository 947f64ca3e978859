import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import sharp from 'sharp';
import type { Client } from 'pg';
import { startApiProcess, type ApiProcess } from '../testing/api-process';
import { connect } from './support/db';
import { gql } from './support/graphql';
import { bearer, login } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';
import { pdf, uploadedId } from './support/files';

const dirs = ['s3', 'a', 'b'].map((name) => mkdtempSync(join(tmpdir(), `ln-${name}-`)));
let server: S3rver;
let platform: TestPlatform;
let second: ApiProcess;
let db: Client;
let s3: S3Client;
let member: Record<string, string>;
let facilitator: Record<string, string>;
let a: string;
let b: string;
const BUCKET = 'ln-test-bestanden';

async function stored(key: string): Promise<boolean> {
  return s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(
    () => true,
    () => false,
  );
}

beforeAll(async () => {
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dirs[0] });
  const { port } = await server.run();
  const env = {
    S3_URL: `http://127.0.0.1:${port}`,
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
  s3 = new S3Client({
    endpoint: env.S3_URL,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  // Two replicas on one database and one bucket, each with a folder of its own that neither shares.
  platform = await startPlatform('demo', { ...env, FILES_DIR: dirs[1] });
  second = await startApiProcess(platform.databaseUrl, { ...env, FILES_DIR: dirs[2] });
  a = platform.api.url;
  b = second.url;
  db = await connect(platform.databaseUrl);
  member = bearer((await login(a, 'member@demo.test')).token);
  facilitator = bearer((await login(a, 'facilitator@demo.test')).token);
});
afterAll(async () => {
  await db?.end();
  await second?.stop();
  await platform?.stop();
  await server?.close();
  s3?.destroy();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('files on S3-compatible storage, two replicas', () => {
  it('each replica serves what the other stored; a deleted post’s files leave the bucket', async () => {
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a7' } })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 13/1 0/1' } })
      .jpeg()
      .toBuffer();
    const imageId = await uploadedId(a, member, 'plein.jpg', photo);
    const docId = await uploadedId(b, member, 'verslag.pdf', pdf('verslag'));
    expect(await stored(imageId)).toBe(true);
    expect(await stored(`${imageId}.thumb`)).toBe(true);

    const themeId = (await db.query(`select id from theme order by created_at limit 1`)).rows[0].id as string;
    const thread = await gql(
      b,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
      { i: { title: 'Het plein', body: 'Kijk', themeId } },
      member,
    );
    const added = await gql(
      b,
      `mutation($i: AddPostInput!) { addPost(input: $i) { id files { id url } } }`,
      {
        i: { threadId: thread.data!['startThread'].id, body: 'Foto en verslag', files: [{ id: imageId, alt: 'Het plein' }, { id: docId }] },
      },
      member,
    );
    const postId = added.data!['addPost'].id as string;

    const servedByB = await fetch(`${b}/files/${imageId}`, { headers: member });
    expect(servedByB.status).toBe(200);
    const served = Buffer.from(await servedByB.arrayBuffer());
    expect((await sharp(served).metadata()).exif).toBeUndefined();
    expect((await fetch(`${b}/files/${imageId}/thumbnail`, { headers: member })).status).toBe(200);
    const docFromA = await fetch(`${a}/files/${docId}`, { headers: member });
    expect(Buffer.from(await docFromA.arrayBuffer()).equals(pdf('verslag'))).toBe(true);

    await gql(a, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: postId }, member);
    expect((await fetch(`${b}/files/${imageId}`, { headers: member })).status).toBe(404);
    for (const key of [imageId, `${imageId}.thumb`, docId]) expect(await stored(key)).toBe(false);
  });

  it('the round’s ZIP streams documents from the bucket, whichever replica took them', async () => {
    const projectA = (await db.query(`select id from pilot_project where slug = 'pilootproject-demo-a'`)).rows[0].id as string;
    const file = await uploadedId(a, member, 'Financieel verslag.pdf', pdf('financieel'));
    const submitted = await gql(
      a,
      `mutation($i: SubmitProjectReportInput!) { submitProjectReport(input: $i) { id } }`,
      { i: { projectId: projectA, kind: 'FINANCIAL', summary: 'Het financiële verslag', files: [{ id: file }] } },
      member,
    );
    expect(submitted.errors).toBeUndefined();
    const zip = await fetch(`${b}/reports/FINANCIAL/documents.zip`, { headers: facilitator });
    expect(zip.status).toBe(200);
    const bytes = Buffer.from(await zip.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('Financieel verslag.pdf'))).toBe(true);
  });
});
