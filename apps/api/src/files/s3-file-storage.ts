import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { lazyModule } from '../common/lazy-module';
import { FileMissing, FileStorage } from './file-storage';

const s3 = lazyModule(() => require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3'));

export interface S3Settings {
  url: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Files in an S3-compatible bucket (S3_URL): every replica reads what any replica stored. */
export class S3FileStorage extends FileStorage {
  private client: S3Client | null = null;
  private bucketReady: Promise<void> | null = null;

  constructor(private readonly settings: S3Settings) {
    super();
  }

  async put(key: string, path: string, bytes: number, mediaType: string): Promise<void> {
    const client = await this.ready();
    await client.send(
      new (s3().PutObjectCommand)({
        Bucket: this.settings.bucket,
        Key: key,
        Body: createReadStream(path),
        ContentLength: bytes,
        ContentType: mediaType,
      }),
    );
  }

  async get(key: string): Promise<Readable> {
    const client = await this.ready();
    try {
      const answer = await client.send(new (s3().GetObjectCommand)({ Bucket: this.settings.bucket, Key: key }));
      return answer.Body as Readable;
    } catch (error) {
      if (isMissing(error)) throw new FileMissing(key);
      throw error;
    }
  }

  async remove(keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    const client = await this.ready();
    await Promise.all(keys.map((key) => client.send(new (s3().DeleteObjectCommand)({ Bucket: this.settings.bucket, Key: key }))));
  }

  async exists(key: string): Promise<boolean> {
    const client = await this.ready();
    try {
      await client.send(new (s3().HeadObjectCommand)({ Bucket: this.settings.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** The client, and the bucket made once if it is not there yet (a new MinIO or test server). */
  private async ready(): Promise<S3Client> {
    const { S3Client: Client, HeadBucketCommand, CreateBucketCommand } = s3();
    this.client ??= new Client({
      endpoint: this.settings.url,
      region: this.settings.region,
      forcePathStyle: true,
      credentials: { accessKeyId: this.settings.accessKeyId, secretAccessKey: this.settings.secretAccessKey },
      // Plain bodies with a length: S3-compatible servers do not all read the SDK's default chunked checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    const client = this.client;
    this.bucketReady ??= client
      .send(new HeadBucketCommand({ Bucket: this.settings.bucket }))
      .then(
        () => undefined,
        async (error: unknown) => {
          if (!isMissing(error)) throw error;
          await client.send(new CreateBucketCommand({ Bucket: this.settings.bucket }));
        },
      )
      .catch((error: unknown) => {
        this.bucketReady = null;
        throw error;
      });
    await this.bucketReady;
    return client;
  }
}

function isMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = (error as { name?: string }).name;
  return status === 404 || name === 'NoSuchKey' || name === 'NotFound' || name === 'NoSuchBucket';
}
