// The iframe option: index.html in an iframe posts its height to the parent page, but only to a parent origin it
// was told about (?ouder= or data-ouder) or its own; the host script (iframe-hoogte.js) resizes the iframe only for
// a message of the right shape from that iframe's own origin. Links in the frame open in the parent window.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, serve, DIST, ROOT } from './browser.mjs';
import { startServer } from './server.mjs';
import { heading, answerCurrent, answerAll, currentQuestion } from './flows.mjs';
import { HOUSEHOLD, recordRequests, assertOnlyOrigin, watchProblems, privateDist } from './embed-support.mjs';
import { vraagTekst } from './vragen.mjs';

let widget; // the wizard's own site (origin A)
let host; // a municipal site on another origin (B), with pages of its own written by the tests
let other; // a third origin (C)
let browser;
before(async () => {
  widget = await serve();
  host = await privateDist();
  other = await startServer(DIST, 0);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await widget?.close();
  await host?.remove();
  await other?.close();
});

async function withPage(fn, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  try {
    await fn(page, context);
  } finally {
    await context.close();
  }
}

const frameHeight = (page) => page.locator('iframe[data-potjeswijzer-iframe]').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** Waits until the iframe is as tall as the wizard's page inside it (within a pixel). */
async function waitForFit(page, frame) {
  for (let i = 0; i < 50; i++) {
    const [outer, inner] = [await frameHeight(page), await contentHeight(frame)];
    if (Math.abs(outer - inner) <= 1) return outer;
    await page.waitForTimeout(100);
  }
  assert.fail(`the iframe (${await frameHeight(page)} px) did not fit its content (${await contentHeight(frame)} px)`);
}

async function wizardFrame(page) {
  const element = await page.waitForSelector('iframe[data-potjeswijzer-iframe]');
  const frame = await element.contentFrame();
  await frame.waitForFunction(() => {
    const knop = document.querySelector('.pw-start button');
    return knop && !knop.disabled;
  }, null, { timeout: 20000 });
  return frame;
}

let pages = 0;

/**
 * Opens the iframe example as a page of the municipal site (origin B) whose iframe shows the wizard from its own
 * site (origin A). `query` is the iframe's address settings. Every message the host page receives is recorded.
 * The page is a real file on B (a page fulfilled by the test would count as a public page for Chromium's local
 * network checks, which then block the frame from 127.0.0.1).
 */
async function openCrossOrigin(page, query) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__pwBerichten = [];
    window.addEventListener('message', (e) => window.__pwBerichten.push({ origin: e.origin, data: e.data }));
  });
  const name = `iframe-elders-${++pages}.html`;
  const html = readFileSync(path.join(host.dir, 'voorbeelden', 'iframe.html'), 'utf8')
    .replace(/src="\.\.\/index\.html\?[^"]*"/, `src="${widget.url}/index.html?${query.replace(/&/g, '&amp;')}"`)
    .replace("default-src 'self';", `default-src 'self'; frame-src ${widget.url} ${other.url};`);
  writeFileSync(path.join(host.dir, 'voorbeelden', name), html);
  await page.goto(`${host.url}/voorbeelden/${name}`);
  return wizardFrame(page);
}

test('the example page: the iframe grows and shrinks with the wizard, and never scrolls itself', () =>
  withPage(async (page, context) => {
    const requests = recordRequests(context);
    const problems = await watchProblems(page);
    await page.goto(`${widget.url}/voorbeelden/iframe.html`);
    const frame = await wizardFrame(page);
    const start = await waitForFit(page, frame);
    assert.notEqual(start, 896, 'the height came from the wizard, not from the stylesheet (56rem)');

    await frame.getByRole('button', { name: 'Zelf invullen' }).click();
    assert.equal(await currentQuestion(frame), 'leeftijd', 'gemeente=leiden from the address: no municipality question');
    const question = await waitForFit(page, frame);
    assert.notEqual(question, start, 'a question is not as tall as the start screen');

    await answerAll(frame, HOUSEHOLD);
    await frame.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    await frame.locator('.pw-lijst').waitFor();
    const list = await waitForFit(page, frame);
    assert.ok(list > question + 1000, `the list (${list} px) is much taller than a question (${question} px)`);
    // Opening the folded-away part grows it again.
    await frame.getByText(/^Past nu waarschijnlijk niet/).click();
    assert.ok((await waitForFit(page, frame)) > list);
    const scrolls = await frame.evaluate(() => document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight);
    assert.ok(scrolls <= 1, `the frame scrolls by itself (${scrolls} px)`);

    // The theme from the address, and links that leave the frame for the parent window.
    assert.ok(await frame.locator('[data-potjeswijzer].leiden-theme').count());
    assert.equal(await frame.evaluate(() => document.querySelector('base')?.target), '_top');
    assert.equal(await page.title(), 'Regelingen voor minima (iframe) - Gemeente Leiden (voorbeeld)');
    assertOnlyOrigin(requests, widget.url);
    assert.deepEqual(problems, []);
  }));

test('on another site: the height goes only to the parent named in ?ouder=, and the host checks origin and shape', () =>
  withPage(async (page, context) => {
    const requests = recordRequests(context);
    const frame = await openCrossOrigin(page, `gemeente=leiden&thema=leiden&ouder=${host.url}`);
    const start = await waitForFit(page, frame);
    const messages = await page.evaluate(() => window.__pwBerichten);
    assert.ok(messages.length > 0);
    for (const m of messages) {
      assert.equal(m.origin, widget.url);
      assert.deepEqual(Object.keys(m.data).sort(), ['hoogte', 'type']);
      assert.equal(m.data.type, 'potjeswijzer:hoogte');
    }

    await frame.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(frame, HOUSEHOLD);
    const question = await waitForFit(page, frame);
    assert.notEqual(question, start);

    // Messages that must not move the iframe: from the host page itself (wrong origin and source) ...
    await page.evaluate(() => window.postMessage({ type: 'potjeswijzer:hoogte', hoogte: 4321 }, '*'));
    // ... from the wizard's frame, but of the wrong shape ...
    await frame.evaluate(() => {
      parent.postMessage({ type: 'potjeswijzer:hoogte', hoogte: '4321px' }, '*');
      parent.postMessage({ type: 'iets-anders', hoogte: 4321 }, '*');
      parent.postMessage('potjeswijzer:hoogte 4321', '*');
      parent.postMessage({ type: 'potjeswijzer:hoogte', hoogte: 1e9 }, '*');
    });
    // ... and from a frame on a third origin.
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'Een ander frame';
      document.body.append(f);
    }, `${other.url}/regulations.toml`);
    const third = await (await page.waitForSelector(`iframe[src^="${other.url}"]`)).contentFrame();
    await third.waitForLoadState();
    await third.evaluate(() => parent.postMessage({ type: 'potjeswijzer:hoogte', hoogte: 4321 }, '*'));
    await page.waitForFunction(() => window.__pwBerichten.filter((m) => m.data?.hoogte === 4321).length >= 3);
    await page.waitForTimeout(300);
    assert.equal(await frameHeight(page), question, 'no message of the wrong origin or shape resized the iframe');

    // The wizard's iframe navigated to another origin: its (real) height messages are ignored too.
    await frame.goto(`${other.url}/index.html?gemeente=leiden&ouder=${host.url}`);
    await frame.waitForFunction(() => {
      const knop = document.querySelector('.pw-start button');
      return knop && !knop.disabled;
    });
    await page.waitForFunction((o) => window.__pwBerichten.some((m) => m.origin === o && m.data?.type === 'potjeswijzer:hoogte'), other.url);
    await page.waitForTimeout(300);
    assert.equal(await frameHeight(page), question, 'a frame that is no longer on the wizard\'s origin cannot resize it');
    assertOnlyOrigin(requests, [widget.url, host.url, other.url]);
  }));

test('on another site: without ?ouder=, or with another parent in it, the host page gets no message at all', async () => {
  for (const query of ['gemeente=leiden', `gemeente=leiden&ouder=${other.url}`, 'gemeente=leiden&ouder=*', `gemeente=leiden&ouder=${host.url}/pad`]) {
    await withPage(async (page) => {
      const frame = await openCrossOrigin(page, query);
      await frame.getByRole('button', { name: 'Zelf invullen' }).click();
      await frame.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'));
      assert.equal(await heading(frame), vraagTekst('leeftijd'));
      await page.waitForTimeout(500);
      assert.deepEqual(await page.evaluate(() => window.__pwBerichten), [], `?${query}: no message to the parent`);
      assert.equal(await frameHeight(page), 896, `?${query}: the iframe keeps the height of the page's stylesheet`);
    });
  }
});

test("the README's iframe snippet carries exactly the code of iframe-hoogte.js", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embedding on a municipal website'));
  const inline = section.match(/<iframe[\s\S]*?<script>\n([\s\S]*?)\n<\/script>/)?.[1];
  assert.ok(inline, 'the iframe snippet is in the README');
  const file = readFileSync(path.join(DIST, 'iframe-hoogte.js'), 'utf8');
  assert.equal(inline.trim(), file.slice(file.indexOf('(function () {')).trim());
});
