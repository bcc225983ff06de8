// Helpers for the embedding tests (embed*.test.mjs): the example municipal pages in dist/voorbeelden/, the wizard
// driven inside a host page, the theme tokens, contrast, and a private copy of dist/ for the offline tests.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { DIST } from './browser.mjs';
import { startServer } from './server.mjs';
import { waitForApp, answerAll, heading } from './flows.mjs';

/** The example host pages: which municipality each presets and which theme (class) it uses. */
export const EXAMPLES = [
  { name: 'groningen', gemeente: 'groningen', theme: 'groningen-theme', title: 'Hulp bij een laag inkomen - Gemeente Groningen (voorbeeld)' },
  { name: 'westerkwartier', gemeente: 'westerkwartier', theme: 'westerkwartier-theme', title: 'Minimaregelingen - Gemeente Westerkwartier (voorbeeld)' },
  { name: 'leiden', gemeente: 'leiden', theme: 'leiden-theme', title: 'Regelingen voor minima - Gemeente Leiden (voorbeeld)' },
];

/** A household that reaches a list with regulations of every kind in each municipality. */
export const HOUSEHOLD = {
  leeftijd: 38, partner: false, kinderen: [7, 13], inkomstenbron: ['werk'], student: false, inkomen: '1400',
  vermogen: '800', huur: '600', kinderopvang: false, schulden: true,
};

/**
 * The page as the shared flow helpers (flows.mjs) expect it, but with roles and locators looked up inside the
 * wizard only: a host page has its own h1, links and buttons.
 */
export function inWizard(page, root = '[data-potjeswijzer]') {
  const scope = page.locator(root);
  return new Proxy(page, {
    get(target, prop) {
      if (prop === 'getByRole' || prop === 'locator' || prop === 'getByText') return (...args) => scope[prop](...args);
      const value = target[prop];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Opens an example host page. `attrs` are extra data-* attributes for the wizard's element (e.g. a test-only
 * data-datum), written into the page on its way to the browser; `holdWasm` delays the WebAssembly until the
 * returned `release()` is called, so a test can act on the host page before the wizard mounts.
 */
export async function openExample(page, baseUrl, name, { attrs = {}, holdWasm = false, wait = true } = {}) {
  const extra = Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('');
  if (extra) {
    await page.route(`**/voorbeelden/${name}.html`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/(<div\b[^>]*\bdata-potjeswijzer)(?=[\s>])/, `$1${extra}`);
      await route.fulfill({ response, body });
    });
  }
  let release = () => {};
  if (holdWasm) {
    const gate = new Promise((resolve) => { release = resolve; });
    await page.route('**/*_bg.wasm', async (route) => {
      await gate;
      await route.continue();
    });
  }
  await page.goto(`${baseUrl}/voorbeelden/${name}.html`);
  if (wait && !holdWasm) await waitForApp(page);
  return { release };
}

/** Starts "zelf invullen" on a host page and answers until the list; returns the answers given. */
export async function flowToList(page, answers = HOUSEHOLD) {
  const w = inWizard(page);
  await w.getByRole('button', { name: 'Zelf invullen' }).click();
  const given = await answerAll(w, answers);
  assert.equal(await heading(w), 'Kloppen uw antwoorden?');
  await w.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
  await w.locator('.pw-lijst').waitFor();
  return given;
}

/** Records every request of a browser context (pages, frames and service workers). */
export function recordRequests(context) {
  const urls = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Asserts that every request went to `origin` (data: URLs are not requests to anyone). */
export function assertOnlyOrigin(urls, origins) {
  const allowed = new Set([].concat(origins).map((o) => new URL(o).origin));
  assert.ok(urls.length > 0, 'requests were recorded');
  for (const url of urls) {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
    assert.ok(allowed.has(u.origin), `a request left the origin: ${url}`);
  }
}

/** Collects Content-Security-Policy violations and uncaught errors in every frame of the page. */
export async function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.exposeFunction('__pwProblem', (text) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__pwProblem(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return problems;
}

/** The `--utrecht-*` values of one theme class in public/themes.css, as written there. */
export function themeTokens(themeClass) {
  const css = readFileSync(path.join(DIST, ...themesCssPath()), 'utf8');
  const block = css.match(new RegExp(`\\.${themeClass}\\s*\\{([^}]*)\\}`))?.[1];
  assert.ok(block, `${themeClass} is in themes.css`);
  return Object.fromEntries([...block.matchAll(/(--utrecht-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map(([, k, v]) => [k, v.trim()]));
}

function themesCssPath() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const href = html.match(/href="\.?\/?(themes-[0-9a-f]+\.css)"/)?.[1];
  assert.ok(href, 'index.html links the hashed themes.css');
  return [href];
}

/** Every stylesheet of the wizard in dist/ (hashed names), as text. */
export function widgetCss() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="\.?\/?([^"]+)"/g)].map(([, href]) => ({
    href,
    text: readFileSync(path.join(DIST, href), 'utf8'),
  }));
}

/**
 * Runs in the browser: the computed value of CSS `property` when it is set to `var(token)` on an element inside
 * `root`, i.e. what the token resolves to there (colours as rgb(), lengths in px).
 */
export function resolveTokenInPage([rootSelector, token, property]) {
  const root = document.querySelector(rootSelector);
  const probe = document.createElement('div');
  probe.style.setProperty(property, `var(${token})`);
  root.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return value;
}

/**
 * Runs in the browser: WCAG contrast of each element's text colour (and, for `border`, its border colour) against
 * the nearest opaque background behind it. `checks` is a list of [label, selector, kind], kind 'text' or 'border'.
 */
export function contrastInPage(checks) {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) =>
    [r, g, b]
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (x, y) => {
    const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (hi + 0.05) / (lo + 0.05);
  };
  const background = (el, skipSelf) => {
    for (let node = skipSelf ? el.parentElement : el; node; node = node.parentElement) {
      const c = parse(getComputedStyle(node).backgroundColor);
      if (c && c.a === 1) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const out = [];
  for (const [label, selector, kind] of checks) {
    const els = [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0);
    for (const el of els.slice(0, 5)) {
      const style = getComputedStyle(el);
      const fg = parse(kind === 'border' ? style.borderInlineStartColor : style.color);
      // A border is seen against what is around the element, text against the element's own background.
      const bg = background(el, kind === 'border');
      out.push({ label, selector, kind, ratio: Math.round(ratio(fg, bg) * 100) / 100, fg: style.color, count: els.length });
    }
    if (els.length === 0) out.push({ label, selector, kind, ratio: null, count: 0 });
  }
  return out;
}

/** A private copy of dist/ with its own server (for tests that change files or take the server away). */
export async function privateDist() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await startServer(dir, 0);
  return {
    dir,
    url: server.url,
    requests: server.requests,
    stop: () => server.close(),
    remove: async () => {
      await server.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Today in the browser's (and this machine's) time zone, as YYYY-MM-DD. */
export function todayIso(offsetDays = 0) {
  const d = new Date(Date.now() + offsetDays * 86400000);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
