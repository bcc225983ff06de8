// The app shell: the static start screen of index.html paints first and stays until the app's own screen takes
// its place, so the page's largest paint is that first paint (not a copy drawn after the WebAssembly), and
// nothing on the page moves while the app takes over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './browser.mjs';
import { waitForApp, heading } from './flows.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records paint timing, largest-contentful-paint candidates and layout shifts from the very start. */
function observe() {
  window.pwShell = { paints: {}, lcp: [], shifts: [] };
  // The static start screen as parsed from index.html, before any script ran.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') window.pwStatic = document.querySelector('[data-potjeswijzer] .pw-start');
  }, { once: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.pwShell.paints[e.name] = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.pwShell.lcp.push({ time: e.startTime, size: e.size, element: e.element?.className ?? null });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.pwShell.shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.className ?? '') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

test('the static start screen stays until the app replaces it: one screen at a time, nothing moves', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    // Hold the regulations file back, as on a slow connection, until the static screen has been checked.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.route('**/regulations.toml', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/`);
    // The app runs (its own root is in the host element, hidden); the static screen is still the one shown.
    await page.waitForFunction(() => document.querySelectorAll('[data-potjeswijzer] > .potjeswijzer').length === 2);
    await page.waitForTimeout(300);
    assert.ok(await page.evaluate(() => window.pwStatic?.isConnected), 'the static start screen itself is still there');
    assert.equal(await page.locator('h1:visible').count(), 1, 'one screen at a time');
    assert.equal(await heading(page), 'Welke regelingen passen bij u?');
    assert.ok(await page.getByRole('button', { name: 'Zelf invullen' }).isDisabled(), 'the static buttons wait');
    await assert.doesNotReject(page.getByText('Even geduld, de vragen worden geladen.').waitFor());

    release();
    await waitForApp(page);
    assert.equal(await page.locator('h1').count(), 1, 'the static screen is gone once the app shows its own');
    assert.equal(await page.evaluate(() => window.pwStatic.isConnected), false);
    assert.equal(await page.locator('.pw-start').count(), 1);
    assert.ok(await page.getByRole('button', { name: 'Zelf invullen' }).isEnabled());
    await page.waitForTimeout(300);

    // The regulations file was fetched once: the preload in index.html is the request the app uses.
    assert.deepEqual(requests.filter((p) => p.endsWith('/regulations.toml')), ['/regulations.toml']);
    const { paints, lcp, shifts } = await page.evaluate(() => window.pwShell);
    assert.deepEqual(shifts, [], 'no layout shift while the app takes over');
    assert.ok(lcp.length >= 1, 'a largest contentful paint was reported');
    const last = lcp[lcp.length - 1];
    assert.ok(
      Math.abs(last.time - paints['first-contentful-paint']) < 1,
      `the largest paint is the first paint (static HTML): LCP ${last.time} ms, FCP ${paints['first-contentful-paint']} ms`,
    );
  } finally {
    await context.close();
  }
});

test('without a static start screen in the host element, the app shows its own while loading', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(
      (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          /(<div data-potjeswijzer[^>]*>)[\s\S]*?(<\/div>\s*<\/main>)/,
          '$1$2',
        );
        await route.fulfill({ response, body });
      },
    );
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/regulations.toml', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/`);
    await assert.doesNotReject(page.getByText('Even geduld, de vragen worden geladen.').waitFor());
    assert.equal(await heading(page), 'Welke regelingen passen bij u?');
    release();
    await waitForApp(page);
    assert.equal(await page.locator('h1').count(), 1);
  } finally {
    await context.close();
  }
});
