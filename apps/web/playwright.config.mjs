import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/platform.mjs';

// Browser journeys over the real platform (API + built web app), in Debian's Chromium.
//
//   pnpm --filter @ln/web e2e                         # starts ../api/dist-testing/testing/e2e-server.js
//   pnpm --filter @ln/web e2e --grep theme            # only the journeys whose name matches
//   E2E_BASE_URL=http://localhost:3000 pnpm --filter @ln/web e2e   # against a running platform
//
// A failed journey keeps its trace (test-results/…/trace.zip; `pnpm exec playwright show-trace` opens it).
export default defineConfig({
  testDir: 'e2e',
  testMatch: 'journeys.spec.mjs',
  globalSetup: './e2e/global-setup.mjs',
  // One journey at a time: several of them change the shared demo network, and the machines have two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  // A journey is long (the axe sweeps of every page take minutes on a busy two-core machine); its steps have
  // their own 15 s timeouts (e2e/support.mjs), as with the former runner, which had no limit per journey.
  timeout: 900_000,
  reporter: [['list']],
  reportSlowTests: null,
  use: {
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
