// First-load budget, measured in Chromium with Lighthouse's mobile throttling applied over
// the DevTools protocol: slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and a
// 4× slower CPU, on a 412 × 823 phone screen, with an empty cache.
//
//   pnpm --filter @ln/web perf-budget                     # starts the built platform (like the journeys)
//   E2E_BASE_URL=http://localhost:3000 pnpm --filter @ln/web perf-budget
//   PERF_RUNS=5 …                                          # runs per page (median reported; default 3)
//
// Prints initial JavaScript (bytes on the wire, i.e. compressed) of the landing page, and LCP
// and CLS for /, /praktijken and a thread page (signed in), against the budget; exits 1 over it.
import { withPlatform } from '../e2e/platform.mjs';
import { someThreadPath } from '../e2e/journeys/discussion-helpers.mjs';
import { signIn } from '../e2e/support.mjs';

const BUDGET = { initialJsKb: 200, lcpMs: 2500, cls: 0.1 };
const RUNS = Number(process.env.PERF_RUNS ?? 3);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** LCP and CLS as web-vitals computes them (CLS: the largest session window of shifts without input). */
function observeVitals() {
  const vitals = { lcp: 0, cls: 0 };
  let window = { value: 0, first: 0, last: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) {
      if (shift.hadRecentInput) continue;
      const sameWindow = shift.startTime - window.last < 1000 && shift.startTime - window.first < 5000;
      window = sameWindow
        ? { value: window.value + shift.value, first: window.first, last: shift.startTime }
        : { value: shift.value, first: shift.startTime, last: shift.startTime };
      vitals.cls = Math.max(vitals.cls, window.value);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  globalThis.__vitals = vitals;
}

/** One cold load of `path` under throttling: LCP, CLS and the JavaScript bytes received until the load event. */
async function measure(browser, baseUrl, path, storageState) {
  const context = await browser.newContext({ ...PHONE, locale: 'nl-BE', storageState });
  try {
    await context.addInitScript(observeVitals);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const scripts = new Map();
    let loaded = false;
    cdp.on('Network.responseReceived', ({ requestId, type }) => {
      if (type === 'Script' && !loaded) scripts.set(requestId, 0);
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      if (scripts.has(requestId)) scripts.set(requestId, encodedDataLength);
    });
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load', timeout: 60_000 });
    loaded = true;
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('.skeleton, .loading'), undefined, { timeout: 30_000 }).catch(() => {});
    await page.waitForTimeout(2_000); // late shifts (fonts, data) count too
    const vitals = await page.evaluate(() => globalThis.__vitals);
    const jsBytes = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
    return { lcp: vitals.lcp, cls: vitals.cls, jsKb: jsBytes / 1024 };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function run(browser, baseUrl) {
  // A member's session (and a thread to open), prepared without throttling.
  const setup = await browser.newContext({ locale: 'nl-BE' });
  const { page } = await signIn(setup, baseUrl, 'member@demo.test', '/discussies');
  const threadPath = await someThreadPath(page, baseUrl);
  const member = await setup.storageState();
  await setup.close();

  const targets = [
    { name: 'landing /', path: '/', storage: undefined, js: true },
    { name: '/praktijken', path: '/praktijken', storage: undefined },
    { name: 'thread (signed in)', path: threadPath, storage: member },
  ];
  const rows = [];
  let over = false;
  for (const target of targets) {
    const results = [];
    for (let index = 0; index < RUNS; index++) results.push(await measure(browser, baseUrl, target.path, target.storage));
    const row = {
      page: target.name,
      lcp: median(results.map((r) => r.lcp)),
      cls: median(results.map((r) => r.cls)),
      jsKb: median(results.map((r) => r.jsKb)),
    };
    rows.push(row);
    over ||= row.lcp > BUDGET.lcpMs || row.cls > BUDGET.cls || (target.js && row.jsKb > BUDGET.initialJsKb);
    if (target.js) row.showJs = true;
  }

  const mark = (ok) => (ok ? 'ok  ' : 'OVER');
  console.log(`\nFirst load on slow 4G (150 ms RTT, 1.6 Mbit/s), 4× CPU slowdown, phone 412×823; median of ${RUNS} cold loads\n`);
  console.log('page                  initial JS (wire)      LCP                CLS');
  for (const row of rows) {
    const js = row.showJs ? `${row.jsKb.toFixed(0).padStart(4)} KB ${mark(row.jsKb <= BUDGET.initialJsKb)}     ` : '        –            ';
    console.log(
      `${row.page.padEnd(22)}${js}${(row.lcp / 1000).toFixed(2).padStart(5)} s ${mark(row.lcp <= BUDGET.lcpMs)}       ${row.cls.toFixed(3)} ${mark(row.cls <= BUDGET.cls)}`,
    );
  }
  console.log(`\nbudget: initial JS ≤ ${BUDGET.initialJsKb} KB compressed (landing), LCP ≤ ${BUDGET.lcpMs / 1000} s, CLS ≤ ${BUDGET.cls}`);
  return over;
}

const over = await withPlatform(run);
process.exitCode = over ? 1 : 0;
