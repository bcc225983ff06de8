// "Start de wizard met dit bestand" in the workbench (beheer.html): the workbench puts the opened files in this
// tab's sessionStorage and opens index.html?werkbank; boot.js then loads this file before the app starts (a
// resident never downloads it). With a municipality's file the wizard runs as that municipality's page
// (data-gemeente). The app's own requests for the national file and that municipality's file get
// the handed-over texts, without any network; everything else goes to the network as always. The page says
// that this is a trial. The keys are written by the workbench (src/wizard/proef.rs).
const key = (k) => 'potjeswijzer:werkbank:' + k;

export function start(host) {
  const landelijk = sessionStorage.getItem(key('landelijk'));
  const gemeente = sessionStorage.getItem(key('gemeente'));
  const eigen = new URL(host.getAttribute('data-regels'), location.href);
  const teksten = new Map();
  if (landelijk) teksten.set(eigen.href, landelijk);
  if (gemeente) teksten.set(new URL('gemeenten/' + gemeente + '.toml', eigen).href, sessionStorage.getItem(key('gemeente-tekst')));
  if (teksten.size === 0) return;
  // A municipality's file on trial is that municipality's page: it need not be in the published list of
  // municipalities (gemeenten.toml) yet, and the wizard fetches that list only to ask the municipality question.
  if (gemeente && /^[a-z][a-z0-9_]*$/.test(gemeente) && !host.hasAttribute('data-gemeente')) host.setAttribute('data-gemeente', gemeente);
  const echt = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const tekst = teksten.get(new URL(input instanceof Request ? input.url : input, location.href).href);
    if (!tekst) return echt(input, init);
    return Promise.resolve(new Response(tekst, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
  };
  const p = document.createElement('p');
  p.className = 'pw-melding';
  p.textContent = 'Proef: deze wizard gebruikt de bestanden uit de werkbank, niet de gepubliceerde.';
  host.before(p);
}
