// National scale: generates N municipalities (Groningen, Westerkwartier and Leiden, plus N-3 copies of Leiden's file
// with their own ids and names, each listed in the index of municipalities gemeenten.toml) and reports, for
// N = 3, 100 and 342 (or the Ns given):
//   - `regels check` of everything (the national file, the index, every municipal file and its examples): seconds;
//   - what a resident on Leiden's page downloads (brotli bytes, as served with the README's hosting set-up), how
//     long the wizard reads the regulations in Chromium with the CPU slowed 4x (median of RUNS, default 5), and
//     which municipal files it fetched (only gemeenten/leiden.toml: not the index, not another municipality's);
//   - the same for the standalone page, which asks the municipality question and so also reads the index: the
//     index is all that grows with N, and it is what a resident needs to choose from.
// Budgets: Leiden's visit bytes and read time within 5 % of N = 3 (the standalone page is reported), and
// `regels check` of 342 municipalities under 10 s.
// The sites are served by Debian's nginx with the README's configuration (docs/nginx/potjeswijzer.conf).
// Usage (normally through measure/gemeenten.sh): node measure/gemeenten.mjs DIST REGELS_BIN [N...]
import { mkdtempSync, chmodSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launch } from '../tests/e2e/browser.mjs';
import { startNginx } from '../tests/e2e/hosting.mjs';

const [dist, regelsBin, ...ns] = process.argv.slice(2);
const NS = ns.length ? ns.map(Number) : [3, 100, 342];
const RUNS = Number(process.env.RUNS || 5);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const VISIT_BUDGET = 1.05;
const CHECK_BUDGET_S = 10;

/** Adds municipalities g004..gN (copies of Leiden) to a folder with gemeenten.toml and gemeenten/. */
function addMunicipalities(dir, n, { examples }) {
  const index = path.join(dir, 'gemeenten.toml');
  const lijst = [readFileSync(index, 'utf8')];
  const leiden = readFileSync(path.join(dir, 'gemeenten/leiden.toml'), 'utf8');
  const leidenExamples = examples ? readFileSync(path.join(dir, 'gemeenten/leiden.voorbeelden.toml'), 'utf8') : '';
  if (!leiden.includes('naam = "Leiden"')) throw new Error("Leiden's file has no naam to replace");
  for (let i = 4; i <= n; i++) {
    const id = `g${String(i).padStart(3, '0')}`;
    lijst.push(`[[gemeente]]\nid = "${id}"\nnaam = "Gemeente ${i}"\n`);
    writeFileSync(path.join(dir, `gemeenten/${id}.toml`),
      leiden.replaceAll('leiden_', `${id}_`).replace('id = "leiden"', `id = "${id}"`).replace('naam = "Leiden"', `naam = "Gemeente ${i}"`));
    if (examples) {
      // Leiden's Jeugdfonds has its own percentage in the national file; a copy has the general one.
      const own = leidenExamples
        .replaceAll('leiden_', `${id}_`)
        .replaceAll('gemeente = "leiden"', `gemeente = "${id}"`)
        .replace(/,? ?jeugdfonds_sport_cultuur = "[a-z]+"/g, '')
        .replaceAll('{ ,', '{');
      writeFileSync(path.join(dir, `gemeenten/${id}.voorbeelden.toml`), own);
    }
  }
  writeFileSync(index, lijst.join('\n'));
}

const brotli = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A copy of the built site with n municipalities, and .br files for the hosting server. */
function siteWith(n) {
  const dir = mkdtempSync(path.join(tmpdir(), `pw-gemeenten-${n}-`));
  // nginx serves it as the user `nobody` when this runs as root: the folder must be readable by others.
  chmodSync(dir, 0o755);
  cpSync(dist, dir, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
  addMunicipalities(dir, n, { examples: false });
  execFileSync(path.join(ROOT, 'scripts/precompress.sh'), [dir], { stdio: 'ignore' });
  return dir;
}

/** The project's sources with n municipalities, for `regels check`. */
function sourcesWith(n) {
  const dir = mkdtempSync(path.join(tmpdir(), `pw-regels-${n}-`));
  for (const f of ['regulations.toml', 'gemeenten.toml', 'voorbeelden.toml', 'regulations.schema.json']) cpSync(path.join(ROOT, f), path.join(dir, f));
  cpSync(path.join(ROOT, 'gemeenten'), path.join(dir, 'gemeenten'), { recursive: true });
  addMunicipalities(dir, n, { examples: true });
  return dir;
}

function timeCheck(dir) {
  const start = process.hrtime.bigint();
  const out = execFileSync(regelsBin, ['check', path.join(dir, 'regulations.toml')], { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const voorbeelden = out.match(/voorbeelden: (\d+) goed, (\d+) fout/);
  return { seconds, goed: Number(voorbeelden?.[1]), fout: Number(voorbeelden?.[2]) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One visit at 4x CPU: the bytes that came over the wire and the wizard's read times (performance measures).
 * `lijst`: the page asks the municipality question, so wait until the index of municipalities is read too. */
async function visit(browser, url, { lijst = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('pw:first-screen', 'measure').length > 0, null, { timeout: 60_000 });
    if (lijst) {
      await page.waitForFunction(() => performance.getEntriesByName('pw:read-lijst', 'measure').length > 0, null, { timeout: 60_000 });
    }
    return await page.evaluate(() => {
      const sum = (name) => performance.getEntriesByName(name, 'measure').reduce((s, e) => s + e.duration, 0);
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource');
      return {
        bytes: (nav?.encodedBodySize ?? 0) + res.reduce((s, r) => s + r.encodedBodySize, 0),
        files: res.map((r) => new URL(r.name).pathname),
        read: sum('pw:read-regulations') + sum('pw:read-gemeente') + sum('pw:read-lijst'),
      };
    });
  } finally {
    await context.close();
  }
}

// All sites are served at once and visited in turns, each round starting at the next N (3, 100, 342; then 100, 342,
// 3; ...): a machine that gets busier or quieter during the run, or a visit that runs slower for coming first in a
// round, then weighs on every N alike, instead of on the N measured at that time. RUNS a multiple of the number of
// Ns gives every N each place equally often.
const sites = [];
for (const n of NS) {
  const src = sourcesWith(n);
  const check = timeCheck(src);
  rmSync(src, { recursive: true, force: true });
  sites.push({ n, check, dir: siteWith(n), leiden: [], standalone: [] });
}
const browser = await launch();
try {
  for (const s of sites) s.server = await startNginx(s.dir);
  for (let r = 0; r < RUNS; r++) {
    for (const s of [...sites.slice(r % sites.length), ...sites.slice(0, r % sites.length)]) {
      s.leiden.push(await visit(browser, `${s.server.url}/voorbeelden/leiden.html`));
      s.standalone.push(await visit(browser, `${s.server.url}/`, { lijst: true }));
    }
  }
} finally {
  for (const s of sites) await s.server?.close();
  await browser.close();
}

const isMunicipal = (f) => f.includes('/gemeenten/') || f.endsWith('/gemeenten.toml');
const rows = sites.map((s) => {
  const row = {
    n: s.n,
    check: s.check,
    nationalBr: brotli(path.join(s.dir, 'regulations.toml')),
    indexBr: brotli(path.join(s.dir, 'gemeenten.toml')),
    leidenBr: brotli(path.join(s.dir, 'gemeenten/leiden.toml')),
    leidenBytes: median(s.leiden.map((v) => v.bytes)),
    leidenRead: median(s.leiden.map((v) => v.read)),
    leidenReads: s.leiden.map((v) => v.read),
    standaloneBytes: median(s.standalone.map((v) => v.bytes)),
    standaloneRead: median(s.standalone.map((v) => v.read)),
    municipal: [...new Set(s.leiden.flatMap((v) => v.files).filter(isMunicipal))],
    standaloneFiles: [...new Set(s.standalone.flatMap((v) => v.files).filter(isMunicipal))],
  };
  rmSync(s.dir, { recursive: true, force: true });
  return row;
});

const base = rows[0];
let failed = false;
const verdict = (ok) => {
  if (!ok) failed = true;
  return ok ? 'ok' : 'OVER BUDGET';
};
console.log(`N municipalities | regels check (s) | examples | regulations.toml br | gemeenten.toml br | leiden.toml br | Leiden page: bytes br, read ms (4x) | standalone: bytes br, read ms (4x) | municipal files fetched on Leiden's page | on the standalone page`);
for (const r of rows) {
  console.log(
    `${r.n} | ${r.check.seconds.toFixed(2)} | ${r.check.goed} goed, ${r.check.fout} fout | ${r.nationalBr} | ${r.indexBr} | ${r.leidenBr} | ` +
      `${r.leidenBytes}, ${r.leidenRead.toFixed(1)} | ${r.standaloneBytes}, ${r.standaloneRead.toFixed(1)} | ${r.municipal.join(' ')} | ${r.standaloneFiles.join(' ')}`,
  );
}
console.log(`Leiden page read times per visit (ms): ${rows.map((r) => `N = ${r.n}: ${r.leidenReads.map((x) => x.toFixed(1)).join(', ')}`).join('; ')}`);
// The fastest visit is the one least disturbed by the rest of the machine: for information next to the median.
console.log(`fastest Leiden visit: ${rows.map((r) => `N = ${r.n}: ${Math.min(...r.leidenReads).toFixed(1)} ms (${(Math.min(...r.leidenReads) / Math.min(...base.leidenReads) * 100).toFixed(1)} %)`).join('; ')}`);
console.log(`median of ${RUNS} visits each; budgets against N = ${base.n}:`);
for (const r of rows) {
  console.log(`  N = ${r.n}: Leiden visit bytes ${(r.leidenBytes / base.leidenBytes * 100).toFixed(1)} % (<= 105 %) ${verdict(r.leidenBytes <= base.leidenBytes * VISIT_BUDGET)}; ` +
    `read time ${(r.leidenRead / base.leidenRead * 100).toFixed(1)} % (<= 105 %) ${verdict(r.leidenRead <= base.leidenRead * VISIT_BUDGET)}; ` +
    `regels check ${r.check.seconds.toFixed(2)} s (< ${CHECK_BUDGET_S} s) ${verdict(r.check.seconds < CHECK_BUDGET_S && r.check.fout === 0)}; ` +
    `only Leiden's file, no index ${verdict(r.municipal.length === 1 && r.municipal[0].endsWith('/gemeenten/leiden.toml'))}`);
}
process.exit(failed ? 1 : 0);
