// The platform under test (API + built web app) and the Chromium that drives it; shared by the
// journeys (playwright.config.mjs), the screenshots and the performance budget (scripts/).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Failure, WEB_ROOT } from './support.mjs';

const SERVER_SCRIPT = resolve(WEB_ROOT, '../api/dist-testing/testing/e2e-server.js');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SERVER_READY_TIMEOUT_MS = 180_000;
const SERVER_STOP_TIMEOUT_MS = 15_000;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Starts the API's e2e server and resolves with its URL once it prints E2E_SERVER_READY. */
export function startServer() {
  if (!existsSync(SERVER_SCRIPT)) {
    throw new Failure(`${SERVER_SCRIPT} does not exist: build the API first (pnpm build), or set E2E_BASE_URL to a running platform.`);
  }
  const child = spawn(process.execPath, [SERVER_SCRIPT], { cwd: WEB_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const remember = (chunk) => {
    log.push(
      ...String(chunk)
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(0, 400)),
    );
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
export async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Runs `work(browser, baseUrl)` against the platform at E2E_BASE_URL, or one started for it
 * (and stopped afterwards), in a headless Chromium that is closed afterwards too.
 */
export async function withPlatform(work) {
  const { chromium } = await import('playwright-core');
  let server;
  let browser;
  try {
    let baseUrl = process.env.E2E_BASE_URL;
    if (!baseUrl) {
      server = startServer();
      baseUrl = await server.ready;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    return await work(browser, baseUrl);
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server.child);
  }
}

/** The first link on `path` whose address matches `pattern` (e.g. a practice or a thread), as a path. */
export async function firstLinkTo(page, baseUrl, path, pattern) {
  await page.goto(new URL(path, baseUrl).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const handle = await page.waitForFunction(
    (source) =>
      [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')).find((href) => new RegExp(source).test(href ?? '')),
    pattern.source,
  );
  const found = await handle.jsonValue();
  if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
  return found;
}
