import type { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded files live. One interface, two places: a folder on this machine (the default, so
 * `pnpm start` needs nothing else) and S3-compatible object storage (several replicas serving the same files).
 * Keys are opaque (`<uuid>` or `<uuid>.thumb`), never derived from what a user typed.
 */
export abstract class FileStorage {
  /** Stores the file at `path` (a finished temporary file of `bytes` bytes) under `key`. */
  abstract put(key: string, path: string, bytes: number, mediaType: string): Promise<void>;
  /** The stored bytes; rejects with `FileMissing` when the key holds nothing. */
  abstract get(key: string): Promise<Readable>;
  /** Removes the keys; keys that hold nothing are fine. */
  abstract remove(keys: readonly string[]): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}

export class FileMissing extends Error {
  constructor(key: string) {
    super(`Geen bestand onder ${key}`);
  }
}
