// Browser journeys over the real platform (API + built web app), in headless Chromium.
//
//   E2E_BASE_URL=http://localhost:3000 node e2e/run.mjs   # against a running platform
//   node e2e/run.mjs                                      # starts ../api/dist/testing/e2e-server.js
//
// Prints one line per journey and closes with `e2e: N passed, M failed`;
// exits non-zero when a journey fails or the platform cannot be started.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { Failure, WEB_ROOT } from './support.mjs';

const SERVER_SCRIPT = resolve(WEB_ROOT, '../api/dist/testing/e2e-server.js');
const JOURNEYS_DIR = resolve(WEB_ROOT, 'e2e', 'journeys');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SERVER_READY_TIMEOUT_MS = 180_000;
const SERVER_STOP_TIMEOUT_MS = 15_000;

/** Every `journeys` export of e2e/journeys/NN-*.mjs, in file order; E2E_ONLY=<text> keeps those whose name contains it. */
async function loadJourneys() {
  const files = readdirSync(JOURNEYS_DIR).filter((file) => /^\d+-.*\.mjs$/.test(file)).sort();
  const all = [];
  for (const file of files) {
    const module = await import(pathToFileURL(resolve(JOURNEYS_DIR, file)).href);
    all.push(...module.journeys);
  }
  const only = process.env.E2E_ONLY;
  return only ? all.filter((journey) => journey.name.includes(only)) : all;
}

const journeys = await loadJourneys();
// ---------------------------------------------------------------------------
// The platform under test

/** Starts the API's e2e server and resolves with its URL once it prints E2E_SERVER_READY. */
function startServer() {
  if (!existsSync(SERVER_SCRIPT)) {
    throw new Failure(
      `${SERVER_SCRIPT} does not exist: build the API first (pnpm build), or set E2E_BASE_URL to a running platform.`,
    );
  }
  const child = spawn(process.execPath, [SERVER_SCRIPT], { cwd: WEB_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const remember = (chunk) => {
    log.push(...String(chunk).split('\n').filter(Boolean).map((line) => line.slice(0, 400)));
    log.splice(0, Math.max(0, log.length - 60));
  };
  child.stderr.on('data', remember);

  const ready = new Promise((resolveUrl, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      reject(new Failure(`e2e server not ready within ${SERVER_READY_TIMEOUT_MS / 1000} s.\n${log.join('\n')}`));
    }, SERVER_READY_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      remember(chunk);
      buffered += chunk;
      const match = /^E2E_SERVER_READY (\S+)\s*$/m.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Failure(`e2e server exited before it was ready (code ${code}, signal ${signal}).\n${log.join('\n')}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return { child, ready };
}

/** SIGTERM, then SIGKILL if it has not stopped in time. */
async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------
// ---------------------------------------------------------------------------

async function main() {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      `e2e: Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
    console.log(`e2e: 0 passed, ${journeys.length} failed`);
    return 1;
  }

  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  const stop = async () => {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server.child);
  };
  const onSignal = (signal) => {
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let baseUrl = process.env.E2E_BASE_URL;
    if (!baseUrl) {
      server = startServer();
      baseUrl = await server.ready;
    }
    console.log(`e2e: testing ${baseUrl}`);

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    });

    for (const journey of journeys) {
      const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
      try {
        await journey.run(context, baseUrl, browser);
        passed++;
        console.log(`ok - ${journey.name}`);
      } catch (error) {
        failed++;
        const detail = error instanceof Failure ? error.message : (error?.stack ?? String(error));
        console.log(`not ok - ${journey.name}\n  ${detail.replace(/\n/g, '\n  ')}`);
      } finally {
        await context.close();
      }
    }
  } catch (error) {
    console.error(`e2e: ${error instanceof Failure ? error.message : (error?.stack ?? String(error))}`);
    failed = journeys.length - passed;
  } finally {
    await stop();
  }

  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
