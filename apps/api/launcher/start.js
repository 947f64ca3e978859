'use strict';
// Starts the bundled API (dist/server.js) with V8's code cache: the bundle is compiled from the cache that the
// previous start (or the build) left next to it, instead of parsing seven megabytes of JavaScript at every start.
// A cache from another Node version is rejected by V8 and simply rebuilt.
const { accessSync, constants, existsSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const file = join(__dirname, 'server.js');
const cacheFile = `${file}.v8cache`;
// Written next to the cache once a start has rewritten it with the functions that starting compiles.
const warmMarker = `${cacheFile}.warm`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The build leaves the bundle pure ASCII (bundle.mjs): Latin-1 reads it into a one-byte string without decoding.
const script = new vm.Script(Module.wrap(readFileSync(file, 'latin1')), {
  filename: file,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(__dirname);
const requireFromBundle = Module.createRequire(file);
script.runInThisContext().call(bundle.exports, bundle.exports, requireFromBundle, bundle, file, __dirname);

/** The cache of what has been compiled so far, through a rename, so replicas that share the folder never read half a file. */
function writeCache() {
  const partial = `${cacheFile}.${process.pid}`;
  writeFileSync(partial, script.createCachedData());
  renameSync(partial, cacheFile);
}

// The build runs the bundle once through here without starting it (LN_CODE_CACHE_BUILD, see main.ts and bundle.mjs):
// the cache it writes holds every module's functions. The first start writes it again with the functions that
// starting compiled; later starts reuse it. Only once: serialising the code costs the process 20-40 MB of resident
// memory that it keeps.
if (process.env.LN_CODE_CACHE_BUILD === '1') {
  writeCache();
} else if (!existsSync(warmMarker) || script.cachedDataRejected === true || cachedData === undefined) {
  setTimeout(() => {
    try {
      accessSync(__dirname, constants.W_OK);
    } catch {
      return; // a read-only image: keep the build's cache
    }
    try {
      writeCache();
      writeFileSync(warmMarker, '');
    } catch {
      // a full disk or a folder that became read-only: keep the cache as it is
    }
  }, 3000).unref();
}
