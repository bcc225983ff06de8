// Loads the workbench's WebAssembly into beheer.html. An external module, not an inline script, so the page keeps
// the wizard's strict Content-Security-Policy. It also registers the site's service worker (sw.js, next to
// beheer.html) and, once the worker controls this page, asks for the workbench's files once more: the worker keeps
// every file of this site it serves, so the workbench opens offline after one visit. Nothing is sent anywhere.
const tag = document.querySelector('script[data-js][data-wasm]');
const base = document.baseURI;
const fout = (err) => {
  console.error('Werkbank: could not start', err);
  const main = document.getElementById('werkbank');
  if (main) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = 'De werkbank kan niet starten in deze browser. Gebruik regels check op de computer.';
    main.append(p);
  }
};
if (!tag || typeof WebAssembly !== 'object') {
  fout('no WebAssembly');
} else {
  const js = new URL(tag.dataset.js, base);
  const wasm = new URL(tag.dataset.wasm, base);
  import(js.href)
    .then((glue) => glue.default({ module_or_path: fetch(wasm) }))
    .catch(fout);
  if ('serviceWorker' in navigator) {
    const files = [location.href.split(/[?#]/)[0], tag.src, js.href, wasm.href, new URL('werkbank.js', tag.src).href];
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) files.push(link.href);
    navigator.serviceWorker
      .register(new URL('sw.js', base))
      .then(() => navigator.serviceWorker.ready)
      .then(() => navigator.serviceWorker.controller || new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true })))
      .then(() => Promise.all(files.map((url) => fetch(url).catch(() => {}))))
      .catch((err) => console.warn('Werkbank: offline use is not available', err));
  }
}
