// Browser journeys over the real platform (API + built web app), in headless Chromium.
//
//   E2E_BASE_URL=http://localhost:3000 node e2e/run.mjs   # against a running platform
//   node e2e/run.mjs                                      # starts ../api/dist/testing/e2e-server.js
//
// Prints one line per journey and closes with `e2e: N passed, M failed`;
// exits non-zero when a journey fails or the platform cannot be started.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startServer, stopServer } from './platform.mjs';
import { Failure, WEB_ROOT } from './support.mjs';

const JOURNEYS_DIR = resolve(WEB_ROOT, 'e2e', 'journeys');

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
      args: CHROMIUM_ARGS,
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
