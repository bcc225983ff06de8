// Complete flows for example households, on a phone (360x740) and a laptop (1280x800): the list the browser
// shows must equal `regels evaluate` for the same answers and date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './browser.mjs';
import {
  openApp, answerAll, heading, evaluateCli, readList, assertSameList, assertArtikelen, nlDate, DATUM,
} from './flows.mjs';

const HUISHOUDENS = [
  {
    naam: 'alleenstaande van 35 in Groningen met bijstand',
    answers: {
      gemeente: 'groningen', leeftijd: 35, partner: false, kinderen: [], inkomstenbron: ['bijstand'],
      student: false, inkomen: '1300', vermogen: '1000', jaren_laag_inkomen: 6, huur: '650',
      chronisch_ziek: false, schulden: true, tekort_eten: false,
    },
    // typed as people type money and ages
    typed: { inkomen: '€ 1.300', vermogen: '1000,00', leeftijd: '35 jaar' },
    // at least this many reasons on the list name a legal ground (artikel 36 lid 1 Participatiewet: 5 jaar)
    artikelen: 1,
  },
  {
    naam: 'stel in Groningen met twee kinderen en werk',
    answers: {
      gemeente: 'groningen', leeftijd: 40, partner: true, leeftijd_partner: 38, kinderen: [6, 12],
      inkomstenbron: ['werk'], student: false, inkomen: '2229', vermogen: '10000', kinderopvang: false,
    },
    typed: { inkomen: '2.229,00', vermogen: '€ 10.000' },
  },
  {
    naam: 'alleenstaande ouder in Westerkwartier',
    answers: {
      gemeente: 'westerkwartier', leeftijd: 29, partner: false, kinderen: [3, 8],
      inkomstenbron: ['andere_uitkering'], student: false, inkomen: '1450.50', vermogen: '300',
    },
    typed: { inkomen: '1450.50' },
  },
  {
    naam: 'gepensioneerde in Leiden',
    answers: {
      gemeente: 'leiden', leeftijd: 71, partner: false, kinderen: [], inkomstenbron: ['aow_pensioen'],
      inkomen: '1500', vermogen: '2500', chronisch_ziek: true,
    },
    typed: {},
  },
];

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const viewport of VIEWPORTS) {
  for (const h of HUISHOUDENS) {
    test(`${h.naam} at ${viewport.width}x${viewport.height}: the list equals regels evaluate`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      try {
        await openApp(page, server.url);
        await page.getByRole('button', { name: 'Zelf invullen' }).click();
        const given = await answerAll(page, h.answers, h.typed);

        // Check your answers: every answer is said back, each with its own "Wijzigen".
        assert.equal(await heading(page), 'Kloppen uw antwoorden?');
        assert.equal(await page.getByRole('button', { name: /^Wijzigen/ }).count(), given.length);

        await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
        assert.equal(await heading(page), 'Uw lijst met regelingen');
        const cli = evaluateCli(given);
        const shown = await readList(page);
        assertSameList(shown, cli);

        // The legal ground, for professionals: after the reason, small, as text (never markup).
        const checked = assertArtikelen(shown);
        if (h.artikelen) assert.ok(checked >= h.artikelen, `only ${checked} reasons with a legal ground were checked`);
        const artikelen = await page.locator('.pw-redenen .pw-artikel').evaluateAll((els) =>
          els.map((e) => ({ klein: e.classList.contains('pw-klein'), kinderen: e.children.length, tekst: e.textContent })));
        for (const a of artikelen) {
          assert.ok(a.klein && a.kinderen === 0 && /^ \(.+\)$/.test(a.tekst), `legal ground shown as ${JSON.stringify(a)}`);
        }

        // Not a decision, the date of the figures, and help at the end.
        await assert.doesNotReject(
          page.getByText('Dit is nog geen besluit. De gemeente kijkt bij uw aanvraag naar uw situatie.').waitFor(),
        );
        if (cli.normen_van) {
          await assert.doesNotReject(page.getByText(nlDate(cli.normen_van), { exact: false }).first().waitFor());
        }
        assert.equal(cli.peildatum, DATUM);
        await assert.doesNotReject(page.getByRole('heading', { name: /^Hulp nodig/ }).waitFor());

        // Nothing sticks out sideways (reflow).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      } finally {
        await context.close();
      }
    });
  }
}
