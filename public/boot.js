// Loads the Potjeswijzer WebAssembly into the page's `<div data-potjeswijzer>`. An external module (not an inline
// script), so a page can keep a strict Content-Security-Policy. The same file serves the standalone page
// (index.html) and any municipal page that embeds the wizard:
//
//   <script type="module" src="/potjeswijzer/boot.js"></script>
//   <div data-potjeswijzer data-regels="/potjeswijzer/regulations.toml" data-gemeente="groningen"></div>
//
// Every other file is found relative to this script, so the folder can live at any path of a site. If the
// browser cannot run the app, or the app stops on an internal error, the resident gets a calm message with a
// phone number instead of a dead page. Only textContent is used: nothing here is parsed as HTML.
//
// Besides loading, this file only touches the host page where it must: it adds the wizard's stylesheets to
// <head> when they are not there yet, and (with data-offline) registers the service worker next to it. In the
// iframe page (data-iframe-pagina) it also reads settings from the address and reports the height to the parent.

// The hashed file names of this build, relative to this file: {"js", "wasm", "css": [{"href", "integrity"}]}.
const BUILD = null; // filled in by scripts/trunk-post-build.mjs

const HERE = new URL('./', import.meta.url);
const host = document.querySelector('[data-potjeswijzer]');
let shown = false;

function showFallback(stopped) {
  if (shown || !host) return;
  shown = true;
  const naam = host.getAttribute('data-hulp-naam') || 'de gemeente';
  const telefoon = host.getAttribute('data-hulp-telefoon');
  const p = document.createElement('p');
  p.className = 'pw-melding';
  p.setAttribute('role', 'alert');
  const bel = telefoon ? 'Of bel ' + naam + ': ' + telefoon + '. Zij helpen u verder.' : 'Of neem contact op met ' + naam + '.';
  p.textContent = stopped
    ? 'Er ging iets mis op deze pagina. Dat ligt niet aan u. Laad de pagina opnieuw. ' + bel
    : 'Het lukt niet om de wijzer te openen op dit apparaat. Dat ligt niet aan u. ' + bel;
  const root = host.querySelector('.pw-scherm') || host;
  root.prepend(p);
  host.classList.add('pw-host--fout');
}

/** "https://www.gemeente.nl" for that exact origin; null for anything else (paths, "*", other schemes). */
function asOrigin(value) {
  try {
    const url = new URL(value);
    const ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
    return ok ? url.origin : null;
  } catch {
    return null;
  }
}

// The iframe page (index.html has data-iframe-pagina): a CMS that only allows an iframe configures the wizard
// through the address, e.g. index.html?gemeente=groningen&thema=groningen&ouder=https://www.gemeente.nl.
// An attribute on the element always wins over the address. Values are checked; anything else is ignored.
function settingsFromAddress() {
  if (!host || !host.hasAttribute('data-iframe-pagina')) return;
  const params = new URLSearchParams(location.search);
  const set = (name, value) => {
    if (!host.hasAttribute(name)) host.setAttribute(name, value);
  };
  const gemeente = params.get('gemeente');
  if (gemeente && /^[a-z0-9_-]{1,40}$/.test(gemeente)) set('data-gemeente', gemeente);
  const modus = params.get('modus');
  if (modus === 'zelf' || modus === 'samen') set('data-modus', modus);
  const thema = params.get('thema');
  if (thema && /^[a-z0-9-]{1,40}$/.test(thema)) host.classList.add(thema + '-theme');
  const ouder = params.get('ouder');
  if (ouder) set('data-ouder', ouder);
}

// In an iframe: tell the parent page how tall the wizard is, so it can size the iframe (see iframe-hoogte.js).
// Only to a parent origin this page was told about (data-ouder or ?ouder=, space-separated) and to a parent on
// this page's own origin; the browser drops the message for any other parent. Links open in the parent window,
// not inside the frame (many sites refuse to be shown in a frame).
function embedInFrame() {
  if (!host || !host.hasAttribute('data-iframe-pagina') || window.parent === window) return;
  document.body.classList.add('pw-pagina--iframe');
  if (!document.querySelector('base')) {
    const base = document.createElement('base');
    base.target = '_top';
    document.head.append(base);
  }
  const told = (host.getAttribute('data-ouder') || '').split(/\s+/).filter(Boolean);
  const origins = new Set();
  for (const value of told) {
    const origin = asOrigin(value);
    if (origin) origins.add(origin);
    else console.warn('Potjeswijzer: data-ouder "' + value + '" is not an origin like https://www.gemeente.nl; ignored');
  }
  if (asOrigin(location.origin)) origins.add(location.origin);
  if (origins.size === 0 || typeof ResizeObserver !== 'function') return;
  let last = -1;
  new ResizeObserver(() => {
    const hoogte = Math.ceil(document.body.getBoundingClientRect().height);
    if (hoogte === last) return;
    last = hoogte;
    for (const origin of origins) window.parent.postMessage({ type: 'potjeswijzer:hoogte', hoogte }, origin);
  }).observe(document.body);
}

/** Adds the wizard's stylesheets to <head> unless the page links them already; resolves when they are in. */
function addStyles(css, base) {
  const have = new Set([...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => l.href));
  return Promise.all(
    css.map(({ href, integrity }) => {
      const url = new URL(href, base);
      if (have.has(url.href)) return null;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      if (integrity) {
        link.integrity = integrity;
        if (url.origin !== location.origin) link.crossOrigin = 'anonymous';
      }
      link.href = url.href;
      return new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
        document.head.append(link);
      });
    }),
  );
}

// Where the start-up time goes (see src/app/mark.rs, measure/startup.sh): 'pw:start-wasm' runs from the glue
// being ready until the app has started (the rest of the WebAssembly download, compiling, instantiating, mounting).
function mark(name) {
  try {
    performance.mark(name);
  } catch {
    // no Performance API: no entry
  }
}
function measure(name) {
  try {
    performance.measure(name, name);
  } catch {
    // no Performance API, or no mark: no entry
  }
}

// An internal error in the app (a Rust panic ends as a WebAssembly trap): say so instead of freezing silently.
window.addEventListener('error', (event) => {
  if (event.error instanceof WebAssembly.RuntimeError) showFallback(true);
});

settingsFromAddress();
embedInFrame();

// Without data-regels: the regulations file next to this script.
if (host && !host.hasAttribute('data-regels')) host.setAttribute('data-regels', new URL('regulations.toml', HERE).href);
// Only when the workbench opened this page (index.html?werkbank): its files instead of the published ones.
const proef = host && /[?&]werkbank(&|$)/.test(location.search) ? import(new URL('beheer/werkbank.js', HERE).href).then((m) => m.start(host)).catch(() => {}) : null;

// Offline support (data-offline on the element): see sw.js. It keeps this folder's files and the pages under it.
if (host && host.hasAttribute('data-offline') && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('sw.js', HERE)).catch((err) => {
    console.warn('Potjeswijzer: offline support is not available', err);
  });
  keepMunicipalFiles();
}

// A municipality's own file (gemeenten/<id>.toml) is fetched only once the municipality is known, and the index of
// municipalities (gemeenten.toml) only when the municipality question is asked, often before the worker runs on a
// first visit; a language's files (talen/<taal>.toml, gemeenten/<id>.<taal>.toml) only once it is picked. The worker is
// told each one this page used, so the same visit is enough offline.
function keepMunicipalFiles() {
  if (typeof PerformanceObserver !== 'function') return;
  const own = new RegExp(
    '^' + HERE.href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(gemeenten(/[a-z0-9_-]+(\\.[a-z]{2})?)?|talen/[a-z]{2})\\.toml$',
  );
  const tell = (entries) => {
    const used = entries.map((e) => e.name).filter((name) => own.test(name));
    if (used.length === 0) return;
    navigator.serviceWorker.ready.then((reg) => used.forEach((url) => reg.active?.postMessage({ bewaar: url })));
  };
  new PerformanceObserver((list) => tell(list.getEntries())).observe({ type: 'resource', buffered: true });
}

// The static start screen must be counted as the page's largest paint before the app draws its own copy over
// it: a browser drops a largest-paint candidate that leaves the page before it has been reported, and then counts
// the app's copy instead, as if the screen had waited for the WebAssembly (measure/lighthouse.sh showed an LCP of
// 2.85 s). The app waits for this promise before it replaces the static screen; on a slow phone the paint has long
// been reported by the time the WebAssembly runs, so nothing waits there.
function staticScreenCounted() {
  const types = (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes) || [];
  if (!types.includes('largest-contentful-paint') || document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    // A page that paints nothing the browser counts must not keep the app waiting.
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, 300);
  });
}
if (host) host.pwStatischGeteld = staticScreenCounted();

// The file names: from this build, or (an unbuilt copy of this file) from the tag Trunk writes into index.html.
const tag = document.querySelector('script[data-js][data-wasm]');
const files = BUILD ? { ...BUILD, base: HERE } : tag ? { js: tag.dataset.js, wasm: tag.dataset.wasm, css: [], base: document.baseURI } : null;

if (!host) {
  console.error('Potjeswijzer: no element with data-potjeswijzer on this page');
} else if (!files || typeof WebAssembly !== 'object') {
  showFallback(false);
} else {
  const styles = addStyles(files.css, files.base);
  // Start downloading the WebAssembly at once, alongside the JavaScript glue.
  const wasm = fetch(new URL(files.wasm, files.base));
  wasm.catch(() => {});
  Promise.all([import(new URL(files.js, files.base).href), styles, proef])
    .then(([glue]) => {
      mark('pw:start-wasm');
      return glue.default({ module_or_path: wasm });
    })
    .then(() => measure('pw:start-wasm'))
    .catch((err) => {
      console.error('Potjeswijzer: could not start the WebAssembly app', err);
      showFallback(false);
    });
}
