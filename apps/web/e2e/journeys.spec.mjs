// Every `journeys` export of e2e/journeys/NN-*.mjs, in file order, one test each.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from '@playwright/test';
import { WEB_ROOT } from './support.mjs';

const JOURNEYS_DIR = resolve(WEB_ROOT, 'e2e', 'journeys');
const files = readdirSync(JOURNEYS_DIR)
  .filter((file) => /^\d+-.*\.mjs$/.test(file))
  .sort();

for (const file of files) {
  const { journeys } = await import(pathToFileURL(resolve(JOURNEYS_DIR, file)).href);
  test.describe(file.replace(/\.mjs$/, ''), () => {
    for (const journey of journeys) {
      // `context` is a fresh context per journey (locale and viewport from the config); a journey's second
      // person opens their own through `browser`.
      test(journey.name, async ({ context, browser }) => {
        await journey.run(context, process.env.E2E_BASE_URL, browser);
      });
    }
  });
}
