'use strict';
// Starts the bundled API (dist/server.js) with V8's code cache: the bundle is compiled from the cache that the
// previous start (or the build) left next to it, instead of parsing seven megabytes of JavaScript at every start.
// A cache from another Node version is rejected by V8 and simply rebuilt.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const file = join(__dirname, 'server.js');
const cacheFile = `${file}.v8cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(__dirname);
const requireFromBundle = Module.createRequire(file);
script.runInThisContext().call(bundle.exports, bundle.exports, requireFromBundle, bundle, file, __dirname);

// Once started, the cache is written again with the functions that starting compiled (the build's holds only the
// top level). Through a rename, so replicas that share the folder never read half a file.
setTimeout(() => {
  try {
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // a read-only image: keep the build's cache
  }
}, 3000).unref();
