// The real servers: the build served by Debian's nginx and Apache, each with the README's configuration file
// itself (docs/nginx/potjeswijzer.conf, docs/apache/potjeswijzer.conf; see tests/e2e/hosting.mjs), at
// /potjeswijzer/ as a municipality serves it. Every file has its content type, the pre-compressed variant the
// browser accepts, its cache header and the security headers; `apache2ctl -t` accepts the Apache file; through
// nginx, a resident's whole flow gives the list `regels evaluate` gives, loading only the app's own files,
// compressed. (security.test.mjs runs the Content-Security-Policy checks against this nginx too.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launch, DIST } from './browser.mjs';
import { startNginx, startApache, apacheConfigTest } from './hosting.mjs';
import { metaCsp } from './server.mjs';
import { openApp, answerAll, heading, evaluateCli, readList, assertSameList } from './flows.mjs';

/** What each kind of file must be served as. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
};
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;
const YEAR = 'public, max-age=31536000, immutable';

/** Every file of the build that is served (not the .br / .gz beside it), relative to DIST. */
function servedFiles(dir = DIST, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return servedFiles(full, `${prefix}${name}/`);
    return /\.(br|gz)$/.test(name) ? [] : [`${prefix}${name}`];
  });
}

let server;
let browser;
before(async () => {
  server = await startNginx(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every served file of the build, as each browser would ask for it: type, encoding, cache and security headers. */
async function assertServedAsPublished(server) {
  const files = servedFiles();
  assert.ok(files.includes('index.html') && files.some((f) => f.endsWith('_bg.wasm')), 'a whole build');
  const csp = metaCsp((await (await fetch(`${server.url}/index.html`)).text()));
  assert.ok(csp, 'index.html has its policy in a meta tag');
  for (const file of files) {
    const type = TYPES[path.extname(file)];
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', null]]) {
      const r = await fetch(`${server.url}/${file}`, { method: 'HEAD', headers: { 'accept-encoding': accept } });
      const where = `${file} (Accept-Encoding: ${accept})`;
      assert.equal(r.status, 200, where);
      if (type) assert.equal(r.headers.get('content-type'), type, where);
      const compressed = existsSync(path.join(DIST, `${file}.${encoding === 'br' ? 'br' : 'gz'}`));
      assert.equal(r.headers.get('content-encoding'), compressed ? encoding : null, where);
      if (compressed) assert.match(r.headers.get('vary') ?? '', /Accept-Encoding/, where);
      assert.equal(r.headers.get('cache-control'), HASHED.test(file) ? YEAR : 'no-cache', where);
      assert.equal(r.headers.get('content-security-policy'), csp, `${where}: the policy of index.html`);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', where);
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer', where);
    }
  }
  // The big files really are pre-compressed by the build (scripts/precompress.sh), not sent raw.
  for (const file of files.filter((f) => /\.(wasm|js|css|html|toml)$/.test(f))) {
    assert.ok(existsSync(path.join(DIST, `${file}.br`)), `${file}.br is missing: run scripts/precompress.sh`);
  }
  // The folder's own address and a missing file.
  assert.equal((await fetch(`${server.url}/`)).headers.get('content-type'), TYPES['.html']);
  assert.equal((await fetch(`${server.url}/bestaat-niet.js`)).status, 404);
}

test('nginx with docs/nginx/potjeswijzer.conf: types, pre-compressed variants, cache and security headers', async () => {
  await assertServedAsPublished(server);
});

test('Apache with docs/apache/potjeswijzer.conf: apache2ctl -t, then the same headers from a running Apache', async () => {
  const check = apacheConfigTest(DIST);
  assert.ok(check.ok, `apache2ctl -t:\n${check.output}`);
  assert.match(check.output, /Syntax OK/);
  const apache = await startApache(DIST);
  try {
    await assertServedAsPublished(apache);
  } catch (e) {
    e.message += `\nApache's error log:\n${apache.log()}`;
    throw e;
  } finally {
    await apache.close();
  }
});

// A household whose flow asks many kinds of questions.
const HUISHOUDEN = {
  gemeente: 'groningen', leeftijd: 40, partner: true, leeftijd_partner: 38, kinderen: [6, 12],
  inkomstenbron: ['werk'], student: false, inkomen: '2229', vermogen: '10000', kinderopvang: false,
};

test('a resident\'s whole flow through nginx: the list equals regels evaluate; only own files, compressed', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  try {
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const given = await answerAll(page, HUISHOUDEN);
    assert.equal(await heading(page), 'Kloppen uw antwoorden?');
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    assert.equal(await heading(page), 'Uw lijst met regelingen');
    assertSameList(await readList(page), evaluateCli(given));

    assert.ok(responses.length >= 5, 'the page loaded its files');
    for (const r of responses) {
      const url = new URL(r.url());
      if (url.protocol === 'data:') continue;
      assert.equal(url.origin, server.origin, `request to another origin: ${r.url()}`);
      assert.ok(url.pathname.startsWith('/potjeswijzer/'), `outside the app's folder: ${url.pathname}`);
      assert.equal(r.status(), 200, url.pathname);
      const headers = await r.allHeaders();
      // (The page itself is rewritten on its way by openApp, so its encoding is not the server's.)
      if (/\.(wasm|js|css|toml)$/.test(url.pathname)) {
        assert.equal(headers['content-encoding'], 'br', `${url.pathname} was not sent as brotli`);
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
