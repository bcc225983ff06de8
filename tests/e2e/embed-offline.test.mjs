// Offline and installable: after one visit the service worker has kept the app shell, the regulations file and the
// visited page, so the whole flow works without a network; a newly published regulations file is used on the next
// visit (and then kept for offline use); the web app manifest, its icons and the worker make the app installable.
// Each test serves its own copy of dist/, so it can change the regulations file or take the server away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { waitForApp, answerAll, heading, nlDate } from './flows.mjs';
import { HOUSEHOLD, inWizard, privateDist, recordRequests, assertOnlyOrigin, watchProblems, todayIso } from './embed-support.mjs';
import { vraagTekst } from './vragen.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A context with service workers allowed (launch() blocks them for the other tests). */
async function withOfflineContext(fn) {
  const site = await privateDist();
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
  try {
    await fn(context, site);
  } finally {
    await context.close();
    await site.remove();
  }
}

/** Waits until the service worker controls the page and has kept every file of the app (and `extra`). */
async function waitForOfflineCopy(page, extra = []) {
  for (let i = 0; i < 100; i++) {
    const ready = await page.evaluate(async (extra) => {
      if (!navigator.serviceWorker.controller) return false;
      const name = (await caches.keys()).find((n) => n.startsWith('potjeswijzer-'));
      if (!name) return false;
      const kept = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      return kept.some((p) => p.endsWith('_bg.wasm')) && kept.includes('/regulations.toml') && kept.includes(location.pathname)
        && extra.every((p) => kept.includes(p));
    }, extra);
    if (ready) return;
    await page.waitForTimeout(200);
  }
  assert.fail('the service worker did not keep the app within 20 seconds');
}

/** The list's line with the date of its figures and the date the information was checked. */
async function listDates(page) {
  const lines = await page.locator('.pw-lijst .pw-over-lijst p.pw-klein').allInnerTexts();
  return lines.join(' ');
}

async function flowToList(page) {
  const w = inWizard(page);
  await w.getByRole('button', { name: 'Zelf invullen' }).click();
  await answerAll(w, HOUSEHOLD);
  await w.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
  await w.locator('.pw-lijst').waitFor();
  assert.equal(await heading(w), 'Uw lijst met regelingen');
  return w;
}

test('after one visit, the whole flow works offline: on an example host page and on the standalone page', () =>
  withOfflineContext(async (context, site) => {
    const requests = recordRequests(context);
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.url}/voorbeelden/westerkwartier.html`);
    await waitForApp(page);
    // Westerkwartier's own file is kept because this page used it; no other municipality's file is.
    await waitForOfflineCopy(page, ['/gemeenten/westerkwartier.toml']);
    assert.ok(await page.evaluate(async () => !(await caches.match(new URL('../gemeenten/leiden.toml', location.href).href))), 'no other municipality kept');
    // The standalone page was kept on install too, without being visited (as its folder: index.html is the same).
    assert.ok(await page.evaluate(async () => !!(await caches.match(new URL('../', location.href).href))), 'index.html kept');
    // The app icons are not kept: a browser fetches them only to install the app.
    assert.ok(await page.evaluate(async () => !(await caches.match(new URL('../icon-512.png', location.href).href))), 'no icons kept');

    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    await site.stop();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.title(), 'Minimaregelingen - Gemeente Westerkwartier (voorbeeld)');
    await flowToList(page);
    assert.ok((await page.locator('li[data-regeling]').count()) > 3, 'a list of regulations, offline');
    assert.match(await listDates(page), /Wij rekenden met de bedragen die gelden vanaf \d+ \w+ \d{4}\./);

    await page.goto(`${site.url}/`);
    await waitForApp(page);
    // The standalone page, never visited before, opens offline too. It keeps the answers (and asks first whether
    // to continue with them); the municipality was preset on Westerkwartier's page and not here, so that is the
    // one question it asks. Its choices come from the index of municipalities, which Westerkwartier's page never
    // needed (nor kept): the page says so calmly, and the resident can go on with the national regulations.
    await inWizard(page).getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await heading(inWizard(page)), vraagTekst('gemeente'));
    await inWizard(page).getByRole('alert').filter({ hasText: 'Het lukte niet om de lijst van gemeenten op te halen.' }).waitFor();
    await inWizard(page).getByRole('button', { name: 'Ga verder zonder uw gemeente' }).click();
    await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]') && !/gemeente/.test(document.activeElement.textContent));
    assert.ok(responses.length >= 5, `${responses.length} responses`);
    for (const r of responses) assert.ok(r.fromServiceWorker(), `${r.url()} came from the kept copy`);
    assertOnlyOrigin(requests, site.url);
    const offline = /ERR_INTERNET_DISCONNECTED|Failed to load resource|could not fetch \S+\/gemeenten\.toml/;
    assert.deepEqual(problems.filter((p) => !offline.test(p)), []);
  }));

test('the index of municipalities is kept once the municipality question used it', () =>
  withOfflineContext(async (context, site) => {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await waitForApp(page);
    await inWizard(page).getByRole('button', { name: 'Zelf invullen' }).click();
    await inWizard(page).locator('input[value="leiden"]').waitFor();
    await waitForOfflineCopy(page, ['/gemeenten.toml']);
    await context.setOffline(true);
    await site.stop();
    await page.reload();
    await waitForApp(page);
    await inWizard(page).getByRole('button', { name: 'Zelf invullen' }).click();
    await inWizard(page).locator('input[value="westerkwartier"]').waitFor();
    assert.equal(await heading(inWizard(page)), vraagTekst('gemeente'));
  }));

test('a newly published regulations file is used on the next visit, and then kept for offline use', () =>
  withOfflineContext(async (context, site) => {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await waitForApp(page);
    await waitForOfflineCopy(page);
    await flowToList(page);
    const before = await listDates(page);

    // The policy officer publishes new figures: a norm valid from today, and a new review date.
    const file = path.join(site.dir, 'regulations.toml');
    const old = readFileSync(file, 'utf8');
    const checked = old.match(/^laatst_bekeken = (\d{4}-\d{2}-\d{2})$/m)[1];
    const newChecked = checked === todayIso() ? todayIso(-1) : todayIso();
    const lastNorm = old.match(/\[\[norm\]\]\n[\s\S]*?(?=\n\n)/g).pop();
    const newNorm = lastNorm.replace(/geldig_vanaf = \d{4}-\d{2}-\d{2}/, `geldig_vanaf = ${todayIso()}`);
    writeFileSync(
      file,
      old.replace(`laatst_bekeken = ${checked}`, `laatst_bekeken = ${newChecked}`).replace(lastNorm, `${lastNorm}\n\n${newNorm}`),
    );
    assert.doesNotMatch(before, new RegExp(`gelden vanaf ${nlDate(todayIso())}`));

    // The next visit: the list shows the new figures' date and the new review date.
    await page.reload();
    await waitForApp(page);
    await inWizard(page).getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await heading(inWizard(page)), 'Uw lijst met regelingen', 'the resident continues at the list');
    const after = await listDates(page);
    assert.match(after, new RegExp(`gelden vanaf ${nlDate(todayIso())}\\.`));
    assert.match(after, new RegExp(`nagekeken op ${nlDate(newChecked)}\\.`));

    // Offline afterwards: the new file is the one that was kept.
    await context.setOffline(true);
    await site.stop();
    await page.reload();
    await waitForApp(page);
    await inWizard(page).getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await listDates(page), after);
  }));

test('installable: a web app manifest with SVG and PNG icons, linked from index.html, allowed by the CSP', () =>
  withOfflineContext(async (context, site) => {
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.url}/`);
    await waitForApp(page);
    await waitForOfflineCopy(page);

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = JSON.parse(readFileSync(path.join(site.dir, href), 'utf8'));
    assert.equal(manifest.lang, 'nl');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.display, 'standalone');
    const icons = Object.fromEntries(manifest.icons.map((i) => [`${i.type} ${i.sizes} ${i.purpose}`, i.src]));
    assert.ok(icons['image/svg+xml any any']);
    for (const size of [192, 512]) {
      const png = readFileSync(path.join(site.dir, icons[`image/png ${size}x${size} any`]));
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size], `icon ${size}`);
    }
    assert.ok(icons['image/png 512x512 maskable']);

    // Chromium's own verdict: the manifest parses, and nothing stands in the way of installing.
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(errors, []);
    // Test browsers run in an incognito-like profile, which Chromium never installs apps from: that is the only
    // reason it may give.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
    assert.deepEqual(problems, [], 'no CSP violation for the worker, the manifest or the icons');
  }));
