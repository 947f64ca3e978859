import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { ACCEPTED_FILE_TYPES, IMAGE_MEDIA_TYPES } from '@ln/domain';
import { lazyModule } from '../common/lazy-module';
import { BoundedConcurrency } from '../common/bounded-concurrency';
import { safeFileName } from './file-name';

const loadSharp = lazyModule(() => require('sharp') as typeof import('sharp'));
// An ES module, required as such (Node.js ≥ 20.19): the bundle runs in a vm.Script, where import() is not available.
const loadFileType = lazyModule(() => require('file-type') as typeof import('file-type'));

/** Why an upload was refused, with the HTTP status that goes with it. */
export class UploadRefused extends Error {
  constructor(
    readonly reason: 'tooLarge' | 'typeNotAllowed' | 'unreadable' | 'noFile' | 'busy',
    readonly status: number,
  ) {
    super(reason);
  }
}

export interface ReceivedUpload {
  /** The temporary file, complete. */
  path: string;
  bytes: number;
  clientName: string;
}

/**
 * Streams the one file of a multipart request (field `file`) to a temporary file in `tmpDir`, counting as it goes:
 * past `maxBytes` it stops and refuses (413), so memory stays flat whatever the client sends. Other parts are skipped.
 */
export async function receiveUpload(req: IncomingMessage, maxBytes: number, tmpDir: string): Promise<ReceivedUpload> {
  await mkdir(tmpDir, { recursive: true });
  return new Promise<ReceivedUpload>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // busboy signals 'limit' once a file reaches the limit: one byte more, so that exactly maxBytes is accepted.
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes + 1, fields: 10, parts: 12 } });
    } catch {
      reject(new UploadRefused('noFile', 400));
      return;
    }
    let receiving = false;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || receiving) {
        stream.resume();
        return;
      }
      receiving = true;
      const path = join(tmpDir, randomUUID());
      let bytes = 0;
      let tooLarge = false;
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
      stream.on('limit', () => {
        tooLarge = true;
        // Stop reading the request: nothing more of it is wanted.
        req.unpipe(parser);
        stream.destroy();
      });
      pipeline(stream, createWriteStream(path)).then(
        () => (tooLarge ? fail(path, new UploadRefused('tooLarge', 413)) : resolve({ path, bytes, clientName: info.filename ?? '' })),
        (error: unknown) => fail(path, tooLarge ? new UploadRefused('tooLarge', 413) : (error as Error)),
      );
    });
    parser.on('close', () => {
      if (!receiving) reject(new UploadRefused('noFile', 400));
    });
    parser.on('error', (error: Error) => reject(receiving ? error : new UploadRefused('noFile', 400)));
    req.on('aborted', () => parser.destroy(new Error('upload aborted')));
    req.pipe(parser);

    /** The temporary file goes before the answer does. */
    function fail(path: string, error: Error): void {
      void rm(path, { force: true }).finally(() => reject(error));
    }
  });
}

export interface InspectedFile {
  /** The file to store: the upload itself, or for an image its re-encoded copy without metadata. */
  path: string;
  bytes: number;
  name: string;
  mediaType: string;
  width: number | null;
  height: number | null;
  thumbnail: { path: string; bytes: number } | null;
  /** Every temporary file made, to remove once stored. */
  temporary: string[];
}

/** Decoding images takes memory and CPU: two at a time, the rest wait (a burst beyond 50 waiting is refused). */
const imageWork = new BoundedConcurrency(2, 50);
/** About 40 megapixels: any camera's photo, not a decompression bomb. */
const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * What the file is, by its content (file-type), against the accepted types; text files (no signature) only as .txt
 * or .csv. Images are decoded and written again (auto-rotated, without EXIF/XMP — GPS positions included) with a
 * thumbnail; an image that does not decode is refused. Whatever is refused, its temporary files are gone first.
 */
export async function inspectUpload(upload: ReceivedUpload): Promise<InspectedFile> {
  const temporary = [upload.path];
  try {
    const sniffed = await loadFileType().fileTypeFromFile(upload.path);
    const mediaType = sniffed ? sniffed.mime : await textTypeOf(upload.path, upload.clientName);
    if (!mediaType || !ACCEPTED_FILE_TYPES.some((type) => type.mediaType === mediaType)) {
      throw new UploadRefused('typeNotAllowed', 415);
    }
    const base = { name: safeFileName(upload.clientName, mediaType), mediaType, temporary };
    if (!IMAGE_MEDIA_TYPES.includes(mediaType)) {
      return { ...base, path: upload.path, bytes: upload.bytes, width: null, height: null, thumbnail: null };
    }
    const clean = `${upload.path}.clean`;
    const thumb = `${upload.path}.thumb`;
    temporary.push(clean, thumb);
    const image = await imageWork.run(
      () => reencode(upload.path, mediaType, clean, thumb),
      () => new UploadRefused('busy', 429),
    );
    return { ...base, path: clean, ...image };
  } catch (error) {
    await Promise.all(temporary.map((path) => rm(path, { force: true })));
    throw error instanceof UploadRefused ? error : new UploadRefused('unreadable', 415);
  }
}

/** The image written again in its own format without metadata, and a WebP thumbnail of at most 480 px. */
async function reencode(
  path: string,
  mediaType: string,
  clean: string,
  thumb: string,
): Promise<Pick<InspectedFile, 'bytes' | 'width' | 'height' | 'thumbnail'>> {
  const sharp = loadSharp();
  const image = sharp(path, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate().keepIccProfile();
  const encoded =
    mediaType === 'image/png'
      ? image.png({ compressionLevel: 9 })
      : mediaType === 'image/jpeg'
        ? image.jpeg({ quality: 88, mozjpeg: true })
        : image.webp({ quality: 88 });
  const written = await encoded.toFile(clean);
  const thumbnail = await sharp(clean)
    .resize({ width: 480, height: 480, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 78 })
    .toFile(thumb);
  return { bytes: written.size, width: written.width, height: written.height, thumbnail: { path: thumb, bytes: thumbnail.size } };
}

/** Text (no NUL, no control characters but tabs, line ends and form feeds) named .csv or .txt; else nothing. */
async function textTypeOf(path: string, clientName: string): Promise<string | null> {
  const ext = clientName.toLowerCase().split('.').pop();
  if (ext !== 'csv' && ext !== 'txt') return null;
  const file = await open(path, 'r');
  try {
    const sample = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(sample, 0, sample.length, 0);
    for (let i = 0; i < bytesRead; i += 1) {
      const byte = sample[i];
      if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return null;
    }
    return ext === 'csv' ? 'text/csv' : 'text/plain';
  } finally {
    await file.close();
  }
}
