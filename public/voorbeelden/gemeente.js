// The example municipal pages' own script, a stand-in for whatever a CMS runs: a clock in the header and a
// "was this page useful?" counter. The browser tests check that both keep working next to the wizard.
(function () {
  'use strict';
  var klok = document.getElementById('host-klok');
  function tik() {
    var nu = new Date();
    var twee = function (n) { return (n < 10 ? '0' : '') + n; };
    klok.textContent = twee(nu.getHours()) + ':' + twee(nu.getMinutes()) + ':' + twee(nu.getSeconds());
    klok.setAttribute('datetime', nu.toISOString());
  }
  if (klok) {
    tik();
    setInterval(tik, 1000);
  }

  var knop = document.getElementById('host-nuttig');
  var teller = document.getElementById('host-nuttig-teller');
  if (knop && teller) {
    knop.addEventListener('click', function () {
      var aantal = Number(teller.getAttribute('data-aantal') || '0') + 1;
      teller.setAttribute('data-aantal', String(aantal));
      teller.textContent = aantal === 1 ? 'Bedankt! 1 persoon vond dit nuttig.' : 'Bedankt! ' + aantal + ' mensen vonden dit nuttig.';
    });
  }
})();
