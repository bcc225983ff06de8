// Trunk post_build hook (see Trunk.toml): runs in Trunk's staging directory after index.html is written, before
// the files move to dist/. It makes the build usable from any page, not only from index.html:
//
// - boot.js gets the hashed names of the app's files (relative to boot.js itself), so a municipal page anywhere
//   on the site needs only `<script type="module" src=".../boot.js">` and `<div data-potjeswijzer>`;
// - regulations.toml and the municipalities' files lose the comments written for policy officers, boot.js and
//   sw.js their comment lines for developers (a smaller first visit);
// - sw.js gets the list of files to keep for offline use and a version that changes whenever one of them does,
//   so a new build replaces the old offline copy.
//
// Usage (normally only by trunk): TRUNK_STAGING_DIR=dist node scripts/trunk-post-build.mjs
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('trunk-post-build: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}

function fail(message) {
  console.error(`trunk-post-build: ${message}`);
  process.exit(1);
}

const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? null;
const local = (href) => href.replace(/^\.\//, '');

const script = html.match(/<script\b[^>]*\bdata-js="[^"]*"[^>]*>/)?.[0] ?? fail('no <script data-js> in index.html');
const build = {
  js: local(attr(script, 'data-js')),
  wasm: local(attr(script, 'data-wasm') ?? fail('no data-wasm on the boot script')),
  css: [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(([tag]) => ({
    href: local(attr(tag, 'href')),
    integrity: attr(tag, 'integrity'),
  })),
};
if (build.css.length === 0) fail('no stylesheet in index.html');

// boot.js: replace the placeholder line with the names of this build.
const PLACEHOLDER = /^const BUILD = null; \/\/ filled in by scripts\/trunk-post-build\.mjs$/m;
const bootFile = path.join(dir, 'boot.js');
const boot = readFileSync(bootFile, 'utf8');
if (!PLACEHOLDER.test(boot)) fail('boot.js has no BUILD placeholder line');
// Whole comment lines are for developers: every resident downloads boot.js on a first visit, so the copy in the
// build leaves them out (boot.js has no template literal or multi-line string a comment line could be part of).
const withoutCommentLines = (text) => text.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
writeFileSync(bootFile, withoutCommentLines(boot.replace(PLACEHOLDER, `const BUILD = ${JSON.stringify(build)};`)));

// regulations.toml and the municipalities' own files (gemeenten/*.toml): residents download them on every first
// visit, so the copies in the build leave out the comments (sources, reasons, audit notes) that are written for
// policy officers. Only whole comment lines go, never a line inside a multi-line string; a TOML parser reads the
// same data. Measured: 11,738 -> 9,148 bytes brotli for the one file before the split. The example households of
// each municipality (gemeenten/*.voorbeelden.toml) are for `regels check` only and are not published.
function stripComments(file) {
  let inString = false;
  const kept = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!inString && /^\s*#/.test(line)) continue;
    kept.push(line);
    if ((line.match(/"""/g) ?? []).length % 2 === 1) inString = !inString;
  }
  writeFileSync(file, kept.join('\n').replace(/\n{3,}/g, '\n\n'));
}
stripComments(path.join(dir, 'regulations.toml'));
stripComments(path.join(dir, 'gemeenten.toml'));
const gemeenten = path.join(dir, 'gemeenten');
for (const name of readdirSync(gemeenten)) {
  const file = path.join(gemeenten, name);
  if (name.endsWith('.voorbeelden.toml')) unlinkSync(file);
  else if (name.endsWith('.toml')) stripComments(file);
}
// The translations (talen/<code>.toml; a municipality's beside its own file): fetched only by who picks that
// language. The glossaries (talen/<code>.begrippen.toml) are for translators and `regels check`, not published.
const talen = path.join(dir, 'talen');
for (const name of readdirSync(talen)) {
  const file = path.join(talen, name);
  if (name.endsWith('.begrippen.toml')) unlinkSync(file);
  else if (name.endsWith('.toml')) stripComments(file);
}

// sw.js: what to keep for offline use. Everything the app needs; not the example host pages or the host-side
// iframe script (they are not part of the app), not sw.js itself, not the app icons (a browser fetches them
// only to install the app; keeping them would cost a resident on prepaid data 25 KB on the first visit), and not
// the municipalities' files or their index (gemeenten.toml), nor the translations (talen/): a resident downloads
// only their own file and language, and the index only where the municipality question is asked; the worker keeps
// each once it was used.
// index.html is kept as "./" (the worker treats both addresses as one).
function files(sub = '') {
  return readdirSync(path.join(dir, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    return statSync(path.join(dir, rel)).isDirectory() ? files(rel) : [rel];
  });
}
const shell = files()
  .filter((f) => !f.startsWith('voorbeelden/') && !f.startsWith('gemeenten/') && !f.startsWith('talen/'))
  .filter((f) => !['sw.js', 'iframe-hoogte.js', 'index.html', 'gemeenten.toml'].includes(f))
  .filter((f) => !/^icon[-.]/.test(f))
  .filter((f) => !/\.(br|gz|map)$/.test(f))
  .sort();
const hash = createHash('sha256');
for (const f of shell) hash.update(f).update(readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);

const swFile = path.join(dir, 'sw.js');
let sw = readFileSync(swFile, 'utf8');
const SW_VERSION = /^const VERSION = 'dev'; \/\/ filled in by scripts\/trunk-post-build\.mjs$/m;
const SW_SHELL = /^const SHELL = \[\]; \/\/ filled in by scripts\/trunk-post-build\.mjs$/m;
if (!SW_VERSION.test(sw) || !SW_SHELL.test(sw)) fail('sw.js has no VERSION or SHELL placeholder line');
sw = sw
  .replace(SW_VERSION, `const VERSION = '${version}';`)
  .replace(SW_SHELL, `const SHELL = ${JSON.stringify(['./', ...shell])};`);
writeFileSync(swFile, withoutCommentLines(sw));

console.log(`trunk-post-build: boot.js -> ${build.js}, ${build.wasm}, ${build.css.map((c) => c.href).join(', ')}; sw.js ${version}, ${shell.length + 1} files`);
