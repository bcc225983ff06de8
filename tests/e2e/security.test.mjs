// Security: the Content-Security-Policy is exactly the strict one (own files only, no 'unsafe-inline', and
// 'wasm-unsafe-eval' only where WebAssembly needs it), the same in the meta tag, in the header the hosting
// configuration sends and in the README's nginx and Apache snippets; a whole flow under that policy causes no
// violation; and texts from the regulations file are always shown as text, never run as HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, DIST, ROOT } from './browser.mjs';
import { metaCsp } from './server.mjs';
import { startNginx, NGINX_CONF, APACHE_CONF } from './hosting.mjs';
import { openApp, answerAll, answerCurrent, heading, readList, waitForApp } from './flows.mjs';
import { vraagTekst } from './vragen.mjs';

/** The policy, directive by directive. Nothing more may be allowed than this. */
const EXPECTED = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** "a b; c d" -> { a: ['b'], c: ['d'] }; a repeated directive is an error (browsers ignore the second one). */
function parseCsp(policy) {
  const out = {};
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    const key = name.toLowerCase();
    assert.ok(!Object.hasOwn(out, key), `directive ${key} appears twice`);
    out[key] = sources;
  }
  return out;
}

function assertStrict(policy, where) {
  assert.ok(policy, `no Content-Security-Policy in ${where}`);
  const parsed = parseCsp(policy);
  assert.deepEqual(parsed, EXPECTED, `the policy in ${where}`);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:|blob:/, where);
  for (const [name, sources] of Object.entries(parsed)) {
    if (name !== 'script-src') assert.ok(!sources.includes("'wasm-unsafe-eval'"), `${where}: 'wasm-unsafe-eval' in ${name}`);
  }
}

// A household for which the Stadjerspas (the first regulation in the file) is "ja".
const HUISHOUDEN = {
  gemeente: 'groningen', leeftijd: 35, partner: false, kinderen: [], inkomstenbron: ['bijstand'], student: false,
  inkomen: '1300', vermogen: '100',
};

let server;
let browser;
before(async () => {
  // Served by nginx with the README's configuration file (docs/nginx/potjeswijzer.conf): the policy also as a header.
  server = await startNginx(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the Content-Security-Policy is exactly the strict one: meta tag, nginx header and the hosting configurations', async () => {
  const response = await fetch(`${server.url}/`);
  const html = await response.text();
  const meta = metaCsp(html);
  assertStrict(meta, 'the meta tag of the served index.html');
  assertStrict(response.headers.get('content-security-policy'), 'the Content-Security-Policy header');
  assert.equal(inlineScripts(html), 0, 'no inline scripts');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
  assert.doesNotMatch(html, /\sstyle=/i, 'no inline styles');

  const nginx = readFileSync(NGINX_CONF, 'utf8').match(/add_header\s+Content-Security-Policy\s+"([^"]+)"/)?.[1];
  const apache = readFileSync(APACHE_CONF, 'utf8').match(/Header\s+(?:always\s+)?set\s+Content-Security-Policy\s+"([^"]+)"/)?.[1];
  assertStrict(nginx, 'docs/nginx/potjeswijzer.conf');
  assertStrict(apache, 'docs/apache/potjeswijzer.conf');

  // The other headers the hosting section asks for, and the content types a strict browser needs.
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  const wasm = html.match(/data-wasm="(?:\.\/)?([^"]+)"/)?.[1];
  const js = html.match(/data-js="(?:\.\/)?([^"]+)"/)?.[1];
  const css = html.match(/<link[^>]*rel="stylesheet"[^>]*href="(?:\.\/)?([^"]+)"/)?.[1]
    ?? html.match(/<link[^>]*href="(?:\.\/)?([^"]+\.css)"/)?.[1];
  for (const [file, type] of [[wasm, 'application/wasm'], [js, 'text/javascript'], [css, 'text/css'], ['regulations.toml', 'text/plain']]) {
    assert.ok(file, `index.html names a ${type} file`);
    const r = await fetch(`${server.url}/${file}`, { method: 'HEAD' });
    assert.equal(r.status, 200, file);
    assert.ok(r.headers.get('content-type').startsWith(type), `${file}: ${r.headers.get('content-type')}`);
  }
});

/** Inline <script> elements (without src) in a piece of HTML. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].filter(([, attrs]) => !/\ssrc=/.test(attrs)).length;
}

test('a whole flow under the policy (meta tag and header, service worker on) causes no violation', async () => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.pwSchendingen = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.pwSchendingen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const messages = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) messages.push(m.text());
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));

    // No request routing here: that would hide requests the service worker answers.
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    // A wrong answer first: the error summary and messages render under the policy too.
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await page.getByRole('radio', { name: 'Groningen' }).check();
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await answerAll(page, HUISHOUDEN);
    assert.equal(await heading(page), 'Kloppen uw antwoorden?');
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    assert.equal(await heading(page), 'Uw lijst met regelingen');
    await page.locator('img.pw-qr').waitFor({ state: 'attached' });
    await page.getByText(/^Past nu waarschijnlijk niet/).click();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    // The hand-over link opened on this page: the read-only list.
    const link = await page.locator('.pw-deellink a').first().getAttribute('href');
    await page.goto(link);
    await waitForApp(page);
    assert.equal(await heading(page), 'Uw lijst met regelingen');
    // Wiping at the end, as a helper does.
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    // The start screen with earlier answers offers to start afresh, which wipes everything.
    await page.getByRole('button', { name: 'Opnieuw beginnen (wis alles)' }).click();
    await page.getByText('Uw antwoorden zijn gewist van dit apparaat.').waitFor();

    assert.deepEqual(await page.evaluate(() => window.pwSchendingen), []);
    assert.deepEqual(messages, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

const AANVAL = '<img src=x onerror=alert(1)>';

test('texts from the regulations file are shown literally: no element is made from them, nothing runs', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  try {
    // The question is in the national file, the Stadjerspas in Groningen's own file.
    const served = new Set();
    const inject = (file, change, count) =>
      page.route(`**/${file}`, async (route) => {
        const response = await route.fetch();
        const body = change(await response.text());
        assert.equal(body.split(AANVAL).length - 1, count, `the texts were found in the real ${file}`);
        served.add(file);
        await route.fulfill({ response, body });
      });
    await inject('regulations.toml', (echt) =>
      echt.replace(`tekst = "${vraagTekst('gemeente')}"`, `tekst = "${vraagTekst('gemeente')} ${AANVAL}"`), 1);
    await inject('gemeenten/groningen.toml', (echt) =>
      echt
        .replace('naam = "Stadjerspas"', `naam = "Stadjerspas ${AANVAL}"`)
        .replace(
          'uitleg = "Met de Stadjerspas krijgt u korting op sport, cultuur en uitjes."',
          `uitleg = "Met de Stadjerspas krijgt u korting. ${AANVAL}"`,
        ), 2);
    await openApp(page, server.url);
    assert.ok(served.has('regulations.toml'), 'the app fetched the regulations file through the test');
    await page.getByRole('button', { name: 'Zelf invullen' }).click();

    // The question's text is the page heading, literally.
    assert.equal(await heading(page), `${vraagTekst('gemeente')} ${AANVAL}`);
    await answerCurrent(page, HUISHOUDEN);
    await answerAll(page, HUISHOUDEN);
    // The check page repeats the question text.
    await assert.doesNotReject(page.getByText(`${vraagTekst('gemeente')} ${AANVAL}`).first().waitFor());
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();

    const shown = await readList(page);
    assert.ok(served.has('gemeenten/groningen.toml'), "the app fetched Groningen's file through the test");
    const kaart = shown.ja.find((r) => r.id === 'groningen_stadjerspas');
    assert.ok(kaart, 'the Stadjerspas is on the list');
    assert.equal(kaart.naam, `Stadjerspas ${AANVAL}`);
    // The explanation is one tap away on the card.
    await page.locator('li[data-regeling="groningen_stadjerspas"]').getByText('Meer over deze regeling').click();
    await assert.doesNotReject(page.getByText(`Met de Stadjerspas krijgt u korting. ${AANVAL}`).waitFor());

    // The read-only list from a hand-over link shows the name literally too.
    await page.goto(`${server.url}/#lijst=groningen_stadjerspas&gemeente=groningen`);
    await waitForApp(page);
    assert.equal(await page.locator('li[data-regeling] h3').first().innerText(), `Stadjerspas ${AANVAL}`);

    assert.equal(await page.locator('img[src="x"]').count(), 0, 'no <img> was created from a text');
    assert.equal(await page.evaluate(() => document.querySelectorAll('img:not([src^="data:image/svg+xml"])').length), 0);
    assert.deepEqual(dialogs, [], 'no alert');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
