import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The launcher (dist/start.js) compiles the bundle from V8's code cache and rewrites that cache once, after the first
// start; a rewrite costs the process tens of megabytes of resident memory for good, so later starts must not repeat it.
const LAUNCHER = resolve(__dirname, '..', 'dist', 'start.js');

function start(dir: string) {
  return spawnSync(process.execPath, [join(dir, 'start.js')], { encoding: 'utf8', timeout: 20_000 });
}

describe('the bundle', () => {
  it('comes with a code cache of its modules, written by the build (so a read-only image starts from it too)', () => {
    expect(readFileSync(resolve(__dirname, '..', 'dist', 'server.js.v8cache.build'), 'utf8').trim()).toBe('modules');
  });

  it('is pure ASCII, as the launcher reads it as Latin-1 (a one-byte string, no decoding)', () => {
    const bundle = readFileSync(resolve(__dirname, '..', 'dist', 'server.js'));
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});

describe('the launcher and its code cache', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ln-launcher-'));
    copyFileSync(LAUNCHER, join(dir, 'start.js'));
    // A stand-in bundle that stays up past the launcher's 3 s cache timer, then ends.
    writeFileSync(join(dir, 'server.js'), "setTimeout(() => console.log('bundle ran'), 3500);");
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the cache after the first start and leaves it alone on the next', () => {
    const cache = join(dir, 'server.js.v8cache');
    const first = start(dir);
    expect(first.stdout).toContain('bundle ran');
    expect(existsSync(cache)).toBe(true);
    expect(existsSync(`${cache}.warm`)).toBe(true);
    const written = statSync(cache).mtimeMs;

    const second = start(dir);
    expect(second.stdout).toContain('bundle ran');
    expect(statSync(cache).mtimeMs).toBe(written);
  });

  it('writes it again for a new bundle (the build removes the marker)', () => {
    const cache = join(dir, 'server.js.v8cache');
    start(dir);
    rmSync(`${cache}.warm`);
    const before = statSync(cache).mtimeMs;
    start(dir);
    expect(statSync(cache).mtimeMs).toBeGreaterThan(before);
    expect(existsSync(`${cache}.warm`)).toBe(true);
  });
});
