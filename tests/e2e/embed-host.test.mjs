// Embedding on a municipal page (dist/voorbeelden/*.html): the wizard mounts in the host's element with one module
// script loaded from another path (../boot.js), leaves the host page alone (its links, title, scroll and scripts),
// keeps its CSS to itself both ways, presets the municipality, and fetches nothing from anywhere else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, serve, ROOT } from './browser.mjs';
import { heading, currentQuestion, answerCurrent, evaluateCli, readList, assertSameList, waitForApp } from './flows.mjs';
import {
  EXAMPLES, HOUSEHOLD, inWizard, openExample, flowToList, recordRequests, assertOnlyOrigin, watchProblems, widgetCss,
} from './embed-support.mjs';

/** A date of our own for the browser (data-datum) and the command line: the 2026 national rules apply. */
const DATUM = '2026-09-01';

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

async function withPage(fn, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  try {
    await fn(page, context);
  } finally {
    await context.close();
  }
}

for (const example of EXAMPLES) {
  test(`${example.name}: host links navigate the host page and the host's own script keeps running`, () =>
    withPage(async (page) => {
      const problems = await watchProblems(page);
      await openExample(page, server.url, example.name);
      const w = inWizard(page);

      // The host's clock ticks and its counter counts, next to the mounted wizard.
      const clock = page.locator('#host-klok');
      const first = await clock.innerText();
      await page.waitForFunction((t) => document.getElementById('host-klok').textContent !== t, first, { timeout: 3000 });
      await page.getByRole('button', { name: 'Ja, dit was nuttig' }).click();
      await page.getByRole('button', { name: 'Ja, dit was nuttig' }).click();
      assert.equal(await page.locator('#host-nuttig-teller').innerText(), 'Bedankt! 2 mensen vonden dit nuttig.');

      // An in-page link of the host: the address gets its fragment, the page scrolls, the wizard stays as it is.
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Contact' }).click();
      await page.waitForFunction(() => location.hash === '#contact');
      await page.waitForFunction(() => window.scrollY > 0);
      assert.equal(await heading(w), 'Welke regelingen passen bij u?');

      // Starting the wizard keeps the host's fragment (only a hand-over fragment #lijst= is the wizard's).
      await w.getByRole('button', { name: 'Zelf invullen' }).click();
      assert.equal(await currentQuestion(w), 'leeftijd', 'the municipality is preset, so its question is skipped');
      assert.equal(new URL(page.url()).hash, '#contact');
      await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'));
      assert.ok(await page.evaluate(() => document.querySelector('[data-potjeswijzer]').contains(document.activeElement)));
      assert.equal(await page.locator('#host-nuttig-teller').innerText(), 'Bedankt! 2 mensen vonden dit nuttig.');
      const ticking = await clock.innerText();
      await page.waitForFunction((t) => document.getElementById('host-klok').textContent !== t, ticking, { timeout: 3000 });

      // A link to another page: the browser navigates there as usual (no router takes the click).
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Home' }).click();
      await page.waitForURL(`${server.url}/voorbeelden/index.html`);
      assert.equal(await page.title(), 'Voorbeelden: de Potjeswijzer op een gemeentesite');
      await page.goBack();
      await waitForApp(page);
      assert.deepEqual(problems, []);
    }));

  test(`${example.name}: the wizard leaves the host page's title and scroll position alone`, () =>
    withPage(async (page) => {
      const problems = await watchProblems(page);
      // The host page is scrolled before the wizard mounts; mounting must not move it.
      const { release } = await openExample(page, server.url, example.name, { holdWasm: true });
      const before = await page.evaluate(() => ({
        html: document.documentElement.getAttribute('style'),
        body: document.body.getAttribute('style'),
        overflow: getComputedStyle(document.documentElement).overflow + '/' + getComputedStyle(document.body).overflow,
        behaviour: getComputedStyle(document.documentElement).scrollBehavior,
      }));
      await page.evaluate(() => window.scrollTo(0, 150));
      await page.waitForFunction(() => window.scrollY === 150);
      release();
      await waitForApp(page);
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.scrollY), 150, 'mounting the wizard does not scroll the host page');
      assert.equal(await page.title(), example.title);

      // Through the questions: the title stays the host's; the page only scrolls to keep the question in view.
      const w = inWizard(page);
      await w.getByRole('button', { name: 'Zelf invullen' }).click();
      for (let i = 0; i < 4; i++) {
        await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'));
        assert.equal(await page.title(), example.title, 'the host page title is untouched');
        const inView = await page.evaluate(() => {
          const r = document.activeElement.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        });
        assert.ok(inView, 'the new question is in view');
        await answerCurrent(w, HOUSEHOLD);
      }
      const afterwards = await page.evaluate(() => ({
        html: document.documentElement.getAttribute('style'),
        body: document.body.getAttribute('style'),
        overflow: getComputedStyle(document.documentElement).overflow + '/' + getComputedStyle(document.body).overflow,
        behaviour: getComputedStyle(document.documentElement).scrollBehavior,
      }));
      assert.deepEqual(afterwards, before, 'the wizard sets no style on the host page');
      assert.equal(new URL(page.url()).hash, '', 'the address is the host page, unchanged');
      assert.deepEqual(problems, []);
    }, { viewport: { width: 1280, height: 600 } }));

  test(`${example.name}: one build, municipality preset; national and partner regulations are listed too`, () =>
    withPage(async (page, context) => {
      const requests = recordRequests(context);
      const problems = await watchProblems(page);
      await openExample(page, server.url, example.name, { attrs: { 'data-datum': DATUM } });
      const given = await flowToList(page);
      assert.ok(!given.some((g) => g.id === 'gemeente'), 'the municipality question is never asked');
      const cli = evaluateCli([{ id: 'gemeente', value: example.gemeente }, ...given], DATUM);
      const shown = await readList(page);
      assertSameList(shown, cli);

      const listed = cli.regelingen.filter((r) => r.status !== 'nee');
      assert.ok(listed.some((r) => r.gemeente === example.gemeente), `regulations of ${example.gemeente}`);
      assert.ok(listed.some((r) => r.gemeente === null && r.aanbieder === 'Dienst Toeslagen'), 'national regulations');
      assert.ok(listed.some((r) => r.gemeente === null && r.aanbieder !== 'Dienst Toeslagen'), 'partner regulations');
      const all = [...shown.ja, ...shown.misschien, ...shown.nee].map((r) => r.id).concat(shown.gevouwen);
      const own = cli.regelingen.filter((r) => r.gemeente !== null).map((r) => r.gemeente);
      assert.deepEqual([...new Set(own)], [example.gemeente], 'no regulation of another municipality');
      assert.equal(all.length, cli.regelingen.length);

      assertOnlyOrigin(requests, server.url);
      for (const url of requests) assert.ok(!url.includes('1400') && !url.includes('inkomen'), `an answer in ${url}`);
      const municipal = new Set(requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/gemeenten/')));
      assert.deepEqual([...municipal], [`/gemeenten/${example.gemeente}.toml`], "only this municipality's own rules");
      assert.ok(!requests.some((u) => new URL(u).pathname.endsWith('/gemeenten.toml')), 'no index of municipalities');
      assert.deepEqual(problems, []);
    }));
}

test('the wizard stylesheets style nothing outside the wizard: every selector is scoped', () => {
  const sheets = widgetCss();
  assert.equal(sheets.length, 2, 'styles and themes');
  for (const { href, text } of sheets) {
    const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '');
    // Selectors are what stands before each "{", outside @media/@page/@supports lines.
    const selectors = [...withoutComments.matchAll(/([^{}]+)\{/g)]
      .map(([, s]) => s.trim())
      .filter((s) => !s.startsWith('@'));
    assert.ok(selectors.length >= 3, `${href} has rules`);
    for (const group of selectors) {
      for (const selector of group.split(/,(?![^(]*\))/).map((s) => s.trim())) {
        const scoped =
          /^\.potjeswijzer(?=[\s.:[]|$)/.test(selector) ||
          /^body\.pw-pagina(--iframe)?(?=[\s.:[]|$)/.test(selector) ||
          /^\.(groningen|westerkwartier|leiden)-theme$/.test(selector) ||
          // the host page's own content beside the wizard, marked only while printing (dom::voor_afdrukken)
          selector === '[data-pw-niet-afdrukken]';
        assert.ok(scoped, `${href}: "${selector}" is not scoped to the wizard`);
      }
    }
  }
});

test("host styles do not reach into the wizard, and the wizard's styles do not reach the host", () =>
  withPage(async (page) => {
    await openExample(page, server.url, 'groningen');
    await flowToList(page);

    // gemeente.css has h2 { text-transform: uppercase }, p { color: #3d3d3d }, button { text-transform: uppercase;
    // border-radius: 0 }, a[href^="http"]::after { content: " ↗" } and .host-inhoud rich-text rules.
    const inside = await page.evaluate(() => {
      const s = (sel, pseudo) => getComputedStyle(document.querySelector(sel), pseudo);
      const root = s('.potjeswijzer');
      return {
        h2: { transform: s('.potjeswijzer h2').textTransform, spacing: s('.potjeswijzer h2').letterSpacing, border: s('.potjeswijzer h2').borderBottomStyle },
        p: { color: s('.potjeswijzer .pw-besluit').color, size: s('.potjeswijzer .pw-besluit').fontSize },
        root: { color: root.color, size: root.fontSize },
        button: { transform: s('.potjeswijzer .pw-knop').textTransform, spacing: s('.potjeswijzer .pw-knop').letterSpacing },
        linkAfter: s('.potjeswijzer a[href^="http"]', '::after').content,
        // a plain link in a card (the card's main action is a button, bold like the other buttons: review P12)
        linkWeight: s('.potjeswijzer .pw-regeling a[href^="http"]:not(.pw-knop)').fontWeight,
      };
    });
    assert.deepEqual(inside.h2, { transform: 'none', spacing: 'normal', border: 'none' });
    assert.deepEqual(inside.p, inside.root, 'paragraphs take the wizard\'s colour and size, not the host\'s');
    assert.deepEqual(inside.button, { transform: 'none', spacing: 'normal' });
    assert.equal(inside.linkAfter, 'none', 'no link icon of the host in the wizard');
    assert.equal(inside.linkWeight, '400');

    // The host's own elements look the same with and without the wizard's stylesheets.
    const hostStyles = () =>
      page.evaluate(() => {
        const props = ['color', 'font-family', 'font-size', 'line-height', 'margin-top', 'padding-top', 'text-transform', 'background-color', 'border-radius', 'letter-spacing'];
        const pick = (el) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
        const sel = ['body', '.host-kop', '.host-nav a', 'main > h1', '.host-intro', '.host-nuttig h2', '#host-nuttig', '.host-opzij a', '.host-voet p', '.host-kruimel li'];
        return Object.fromEntries(sel.map((s) => [s, pick(document.querySelector(s))]));
      });
    const withWizard = await hostStyles();
    const disabled = await page.evaluate(() => {
      const sheets = [...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => !l.href.endsWith('/gemeente.css'));
      for (const l of sheets) l.disabled = true;
      return sheets.map((l) => l.href.split('/').pop());
    });
    assert.equal(disabled.length, 2, 'the wizard added its two stylesheets to the host page');
    const withoutWizard = await hostStyles();
    assert.deepEqual(withWizard, withoutWizard);
  }));

test('boot.js works from another path and without data-regels: it finds its own files', () =>
  withPage(async (page, context) => {
    const requests = recordRequests(context);
    const problems = await watchProblems(page);
    // A host page in a folder of its own that names nothing but the element: the regulations file, the
    // stylesheets, the JavaScript and the WebAssembly are all found next to boot.js.
    await page.route('**/elders/pagina.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Een pagina elders</title>
          <script type="module" src="../boot.js"></script></head>
          <body><main><h1>Elders</h1><div data-potjeswijzer data-gemeente="leiden" data-modus="zelf"></div></main></body></html>`,
      }),
    );
    await page.goto(`${server.url}/elders/pagina.html`);
    await waitForApp(page);
    const w = inWizard(page);
    assert.equal(await w.getByRole('button', { name: 'Samen met een hulpverlener' }).count(), 0, 'data-modus="zelf"');
    await w.getByRole('button', { name: 'Zelf invullen' }).click();
    assert.equal(await currentQuestion(w), 'leeftijd');
    const files = requests.map((u) => new URL(u).pathname);
    assert.ok(files.includes('/regulations.toml'), 'the regulations file next to boot.js');
    assert.ok(files.some((f) => /^\/styles-[0-9a-f]{8,16}\.css$/.test(f)), 'the stylesheet next to boot.js');
    assert.ok(files.some((f) => /^\/potjeswijzer-[0-9a-f]{8,16}_bg\.wasm$/.test(f)));
    assertOnlyOrigin(requests, server.url);
    assert.deepEqual(problems, []);
  }));

test("the README's copy-paste snippet works as written", () =>
  withPage(async (page) => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Embedding on a municipal website'));
    const snippet = section.match(/```html\n(<script type="module"[\s\S]*?data-potjeswijzer[\s\S]*?)```/)?.[1];
    assert.ok(snippet, 'the drop-in snippet is in the README');
    // The README puts the wizard in /potjeswijzer/; this server has it at the root.
    const html = snippet.replaceAll('/potjeswijzer/', '/');
    await page.route('**/gemeente/pagina.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title></head>
          <body><main><h1>Hulp bij geldzaken</h1>${html}</main></body></html>`,
      }),
    );
    await page.goto(`${server.url}/gemeente/pagina.html`);
    await waitForApp(page);
    const w = inWizard(page);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.potjeswijzer .pw-knop--primair')).backgroundColor);
    assert.equal(background, 'rgb(200, 16, 46)', 'the Groningen theme');
    await w.getByRole('button', { name: 'Zelf invullen' }).click();
    assert.equal(await currentQuestion(w), 'leeftijd', 'data-gemeente skips the municipality question');
    assert.equal(await page.title(), 'Gemeente');
  }));

test('every example page fits a 320 px screen without sideways scrolling, on the start screen and the list', async () => {
  for (const example of EXAMPLES) {
    await withPage(async (page) => {
      await openExample(page, server.url, example.name);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok((await overflow()) <= 0, `${example.name}: the start screen scrolls sideways by ${await overflow()} px`);
      await flowToList(page);
      assert.ok((await overflow()) <= 0, `${example.name}: the list scrolls sideways by ${await overflow()} px`);
    }, { viewport: { width: 320, height: 640 } });
  }
});
