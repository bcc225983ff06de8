// Shared set-up for the browser tests: Debian's Chromium through playwright-core, launched so that Chromium
// itself contacts nothing (see shared/reference/toolchain.md), and a static server for dist/.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.resolve(ROOT, process.env.DIST_DIR || 'dist');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/**
 * A fresh headless Chromium. Each test opens its own context (`newContext`), so storage never leaks between
 * tests; `close()` ends the browser.
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  return {
    browser,
    // Service workers are blocked unless a test asks for them: request routing in the tests (a test-only date,
    // a missing regulations file) does not see requests that a service worker answers.
    newContext: (options = {}) =>
      browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nl-NL', serviceWorkers: 'block', ...options }),
    close: () => browser.close(),
  };
}

/** The base URL of dist/: PW_BASE_URL from scripts/e2e.sh, or a server of our own. */
export async function serve() {
  if (process.env.PW_BASE_URL) {
    return { url: process.env.PW_BASE_URL.replace(/\/$/, ''), close: async () => {} };
  }
  return startServer(DIST, 0);
}

/**
 * For a test file: a server of dist/ and a browser, started before its tests and both closed after them.
 * Returns an object whose `server` and `browser` are set once started, and `withPage(fn, options)`, which runs
 * `fn(page, context)` in a fresh context (its own storage) and closes that context whatever happens.
 */
export async function serverAndBrowser() {
  const { before, after } = await import('node:test');
  const shared = {
    async withPage(fn, options) {
      const context = await shared.browser.newContext(options);
      try {
        await fn(await context.newPage(), context);
      } finally {
        await context.close();
      }
    },
  };
  before(async () => {
    shared.server = await serve();
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
