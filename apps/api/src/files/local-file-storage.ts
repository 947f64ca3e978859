import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileMissing, FileStorage } from './file-storage';

/** Files in a folder on this machine (FILES_DIR): `<dir>/<first two characters of the key>/<key>`. */
export class LocalFileStorage extends FileStorage {
  constructor(private readonly dir: string) {
    super();
  }

  async put(key: string, path: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    // A rename when the temporary file is on the same disk; a copy (then rename, so no half file shows) otherwise.
    try {
      await rename(path, target);
    } catch {
      await copyFile(path, `${target}.partial`);
      await rename(`${target}.partial`, target);
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    if (!(await this.exists(key))) throw new FileMissing(key);
    return createReadStream(path);
  }

  async remove(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      (found) => found.isFile(),
      () => false,
    );
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}(\.thumb)?$/.test(key)) throw new FileMissing(key);
    return join(this.dir, key.slice(0, 2), key);
  }
}
