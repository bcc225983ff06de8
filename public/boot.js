// Loads the Potjeswijzer WebAssembly. An external file (not an inline script), so the page can keep a strict
// Content-Security-Policy. Trunk writes the hashed file names into data-js and data-wasm of this script's tag.
// If the browser cannot run the app, or the app stops on an internal error, the resident gets a calm message
// with a phone number instead of a dead page. Only textContent is used: nothing here is parsed as HTML.
const tag = document.querySelector('script[data-js][data-wasm]');
let shown = false;

function showFallback(stopped) {
  if (shown) return;
  shown = true;
  for (const host of document.querySelectorAll('[data-potjeswijzer]')) {
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
}

// An internal error in the app (a Rust panic ends as a WebAssembly trap): say so instead of freezing silently.
window.addEventListener('error', (event) => {
  if (event.error instanceof WebAssembly.RuntimeError) showFallback(true);
});

// Offline support for the standalone page (data-offline on the host element): see sw.js.
const offline = document.querySelector('[data-potjeswijzer][data-offline]');
if (offline && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI), { scope: './' }).catch((err) => {
    console.warn('Potjeswijzer: offline support is not available', err);
  });
}

if (!tag || typeof WebAssembly !== 'object') {
  showFallback(false);
} else {
  import(tag.dataset.js)
    .then((glue) => glue.default({ module_or_path: tag.dataset.wasm }))
    .catch((err) => {
      console.error('Potjeswijzer: could not start the WebAssembly app', err);
      showFallback(false);
    });
}
