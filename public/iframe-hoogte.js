// For the municipal page that shows the Potjeswijzer in an iframe: makes the iframe exactly as tall as the wizard,
// so it never needs a scroll bar of its own. Copy this into the page (or load this file) once, anywhere after the
// iframe; see README.md, "Embedding on a municipal website". It reacts only to a message that
//   - comes from one of this page's iframes marked data-potjeswijzer-iframe (event.source),
//   - from the origin of that iframe's src (event.origin), and
//   - has the exact shape { type: 'potjeswijzer:hoogte', hoogte: <a number of pixels> }.
// Everything else is ignored. It sends nothing and reads nothing else.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'potjeswijzer:hoogte') return;
    var hoogte = data.hoogte;
    if (typeof hoogte !== 'number' || !isFinite(hoogte) || hoogte < 100 || hoogte > 50000) return;
    var frames = document.querySelectorAll('iframe[data-potjeswijzer-iframe]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.ceil(hoogte) + 'px';
      return;
    }
  });
})();
