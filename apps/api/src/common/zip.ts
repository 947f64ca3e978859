import type { Archiver } from 'archiver';
import { lazyModule } from './lazy-module';

const loadArchiver = lazyModule(() => require('archiver') as typeof import('archiver'));

/** A ZIP of named text files, in memory; compression runs in libuv's thread pool, not on the event loop. */
export async function zipOf(files: Array<{ name: string; content: string | Buffer }>, date = new Date()): Promise<Buffer> {
  const archive: Archiver = loadArchiver()('zip', { zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
  });
  for (const file of files) archive.append(file.content, { name: file.name, date });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** A ZIP written as it is made (pipe it to the response): entries appended one by one, each read only when its turn comes. */
export function streamingZip(): Archiver {
  // Documents are mostly compressed already (PDF, Office, images): a light level spends little CPU for what remains.
  return loadArchiver()('zip', { zlib: { level: 1 } });
}
