// The app shell: the static start screen of index.html paints first and stays until the app's own screen takes
// its place; on a first visit that is as soon as the WebAssembly runs (before the regulations file is read), and
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
      window.pwShell.lcp.push({
        time: e.startTime, size: e.size, element: e.element?.className ?? null, statisch: !!window.pwStatic?.contains(e.element),
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.pwShell.shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.className ?? '') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

test('a first visit: the start screen is usable before the regulations are read; one screen at a time, nothing moves', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    // Hold the regulations file back, as on a slow connection: the app's start screen does not wait for it.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.route('**/regulations.toml', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/`);
    // The static screen paints first (its buttons wait for the app) ...
    assert.ok(await page.evaluate(() => window.pwStatic?.querySelector('button')?.disabled), 'the static buttons wait');
    // ... and the app's own start screen takes its place while the file is still held back.
    await waitForApp(page);
    assert.equal(await page.evaluate(() => window.pwStatic.isConnected), false, 'the static screen is gone');
    assert.equal(await page.locator('h1').count(), 1, 'one screen at a time');
    assert.equal(await heading(page), 'Welke regelingen passen bij u?');
    assert.equal(await page.locator('.pw-start').count(), 1);
    assert.equal(await page.getByText('Even geduld, de vragen worden geladen.').count(), 0);
    await assert.doesNotReject(page.getByRole('button', { name: 'English' }).waitFor());
    await assert.doesNotReject(page.getByRole('link', { name: '0800 8020' }).waitFor());

    // A way in picked before the file is read is not lost: the first question follows once it is.
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await page.waitForTimeout(300);
    assert.equal(await heading(page), 'Welke regelingen passen bij u?', 'the questions wait for the file');
    release();
    await page.locator('form[data-vraag]').waitFor();
    await page.waitForTimeout(300);

    // The regulations file was fetched once: the preload in index.html is the request the app uses.
    assert.deepEqual(requests.filter((p) => p.endsWith('/regulations.toml')), ['/regulations.toml']);
    const { shifts, lcp } = await page.evaluate(() => window.pwShell);
    assert.deepEqual(shifts, [], 'no layout shift while the app takes over');
    assert.ok(lcp.length >= 1, 'a largest contentful paint was reported');
    // The app draws its copy only once the static screen counts as painted (boot.js): the page's largest paint is
    // the static one, not the app's copy after the WebAssembly.
    assert.deepEqual(lcp.map((e) => e.statisch), lcp.map(() => true), `the largest paint is the static screen's: ${JSON.stringify(lcp)}`);
  } finally {
    await context.close();
  }
});

for (const kept of [false, true]) {
  const what = kept
    ? 'with a language kept from an earlier visit, the app shows its own start screen while loading'
    : 'on a first visit, the app shows its usable start screen before the regulations are read';
  test(`without a static start screen in the host element: ${what}`, async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      if (kept) await page.addInitScript(() => localStorage.setItem('potjeswijzer:taal:v1', 'en'));
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
      if (kept) {
        await assert.doesNotReject(page.getByText('Even geduld, de vragen worden geladen.').waitFor());
      } else {
        await waitForApp(page);
      }
      assert.equal(await heading(page), 'Welke regelingen passen bij u?');
      release();
      await waitForApp(page);
      assert.equal(await page.locator('h1').count(), 1);
    } finally {
      await context.close();
    }
  });
}
