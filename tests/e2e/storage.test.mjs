// Stop and resume, wipe, the kitchen-table mode that forgets, stored data that no longer fits, and the
// failure states (no storage, no or a broken regulations file): always a calm message and a way on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './browser.mjs';
import {
  openApp, openWithProgress, answerCurrent, heading, currentQuestion, waitForApp, STORAGE_KEY,
} from './flows.mjs';
import { vraagTekst } from './vragen.mjs';

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

async function withContext(fn) {
  const context = await browser.newContext();
  try {
    await fn(context);
  } finally {
    await context.close();
  }
}

const stored = (page, where = 'localStorage') =>
  page.evaluate(([w, key]) => window[w].getItem(key), [where, STORAGE_KEY]);

test('self mode: a reload, or coming back later in a new tab, continues where the resident was', () =>
  withContext(async (context) => {
    const page = await context.newPage();
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(page, { gemeente: 'groningen' });
    await answerCurrent(page, { leeftijd: 52 });
    assert.equal(await currentQuestion(page), 'partner');
    const saved = JSON.parse(await stored(page));
    assert.equal(saved.versie, 1);
    assert.deepEqual(saved.antwoorden, { gemeente: { Keuze: 'groningen' }, leeftijd: { Getal: 52 } });

    await page.reload();
    await waitForApp(page);
    // On a shared phone the next person must not land in these answers: first a choice.
    await assert.doesNotReject(page.getByRole('heading', { name: 'Welkom terug' }).waitFor());
    await assert.doesNotReject(page.getByRole('button', { name: 'Opnieuw beginnen (wis alles)' }).waitFor());
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await currentQuestion(page), 'partner');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.equal(await page.getByRole('textbox', { name: vraagTekst('leeftijd') }).inputValue(), '52');

    // Days later, a new tab: the same place, after "Verder gaan".
    await page.close();
    const later = await context.newPage();
    await openApp(later, server.url);
    await later.getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await currentQuestion(later), 'leeftijd');
  }));

test('resume on a shared phone: "Opnieuw beginnen (wis alles)" wipes the earlier answers at once', () =>
  withContext(async (context) => {
    const page = await context.newPage();
    await openWithProgress(page, server.url, { gemeente: 'groningen', leeftijd: 30, partner: false }, 'Start');
    assert.ok(await stored(page));
    assert.equal(await currentQuestion(page), null, 'no question of someone else on screen');
    await page.getByRole('button', { name: 'Opnieuw beginnen (wis alles)' }).click();
    await assert.doesNotReject(page.getByText('Uw antwoorden zijn gewist van dit apparaat.').waitFor());
    assert.equal(await stored(page), null);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    assert.equal(await currentQuestion(page), 'gemeente');
    assert.equal(await page.getByRole('radio', { name: 'Groningen' }).isChecked(), false);
  }));

test('"Wis mijn antwoorden" asks once in the page, then wipes everything', () =>
  withContext(async (context) => {
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    await openWithProgress(page, server.url, { gemeente: 'groningen', leeftijd: 30, partner: false }, 'Controle');
    assert.ok(await stored(page));

    await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-wissen-vraag');
    await assert.doesNotReject(page.getByText('Weet u het zeker?').waitFor());
    await page.getByRole('button', { name: 'Nee, niet wissen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-wissen-knop');
    assert.ok(await stored(page), 'cancelling keeps the answers');

    await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    assert.equal(await heading(page), 'Welke regelingen passen bij u?');
    await assert.doesNotReject(page.getByText('Uw antwoorden zijn gewist van dit apparaat.').waitFor());
    assert.equal(await stored(page), null);
    assert.equal(await stored(page, 'sessionStorage'), null);
    assert.equal(dialogs, 0, 'no window.confirm');

    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByRole('button', { name: 'Verder gaan' }).count(), 0);
    await assert.doesNotReject(page.getByRole('button', { name: 'Zelf invullen' }).waitFor());
  }));

test('kitchen-table mode keeps nothing on the device once the tab is closed', () =>
  withContext(async (context) => {
    const page = await context.newPage();
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Samen met een hulpverlener' }).click();
    await answerCurrent(page, { gemeente: 'groningen' });
    await answerCurrent(page, { leeftijd: 44 });
    assert.equal(await stored(page), null, 'nothing in localStorage');
    assert.ok(await stored(page, 'sessionStorage'), 'kept for this tab only');
    // A reload in the same tab continues (the helper may refresh the page).
    await page.reload();
    await waitForApp(page);
    assert.equal(await currentQuestion(page), 'partner');
    await page.close();

    // The tab is closed: a new tab starts empty.
    const next = await context.newPage();
    await openApp(next, server.url);
    assert.equal(await heading(next), 'Welke regelingen passen bij u?');
    assert.equal(await next.getByRole('button', { name: 'Verder gaan' }).count(), 0);
    assert.equal(await stored(next), null);
    assert.equal(await stored(next, 'sessionStorage'), null);
    const cookies = await context.cookies();
    assert.deepEqual(cookies, []);
  }));

test('kitchen-table mode ends with a hand-over and "Klaar? Wis alles van dit apparaat"', () =>
  withContext(async (context) => {
    const page = await context.newPage();
    await openWithProgress(
      page, server.url,
      {
        gemeente: 'groningen', leeftijd: 35, partner: false, kinderen: [], inkomstenbron: ['bijstand'], student: false,
        inkomen: '1300', vermogen: '100', jaren_laag_inkomen: 'weet_ik_niet', huur: 'weet_ik_niet',
        chronisch_ziek: 'weet_ik_niet', schulden: 'weet_ik_niet', tekort_eten: 'weet_ik_niet',
      },
      'Lijst', { modus: 'Samen' },
    );
    await assert.doesNotReject(page.getByRole('heading', { name: 'Neem uw lijst mee' }).waitFor());
    await page.getByRole('button', { name: 'Klaar? Wis alles van dit apparaat' }).click();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    assert.equal(await heading(page), 'Welke regelingen passen bij u?');
    assert.equal(await stored(page, 'sessionStorage'), null);
  }));

test('stored answers that no longer fit are dropped calmly; the rest is kept', () =>
  withContext(async (context) => {
    const page = await context.newPage();
    await page.addInitScript((key) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, JSON.stringify({
        versie: 1,
        modus: 'Zelf',
        stap: { Vraag: { id: 'partner', wijzigen: false } },
        antwoorden: {
          gemeente: { Keuze: 'groningen' },
          leeftijd: { Getal: 999 },            // out of range now
          bestaat_niet: { JaNee: true },       // no such question any more
          partner: { Keuze: 'misschien' },     // wrong kind of answer
        },
      }));
    }, STORAGE_KEY);
    await openApp(page, server.url);
    await assert.doesNotReject(page.getByText(/Welkom terug\. 3 antwoorden pasten niet meer bij de vragen/).waitFor());
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    // The stale step (partner) is not reachable before the age: the first open question shows.
    assert.equal(await currentQuestion(page), 'leeftijd');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.ok(await page.getByRole('radio', { name: 'Groningen' }).isChecked(), 'what still fits is kept');
  }));

for (const [naam, waarde] of [
  ['damaged JSON', '{"versie":1,"modus":'],
  ['another format version', JSON.stringify({ versie: 99, modus: 'Zelf', stap: 'Start', antwoorden: {} })],
]) {
  test(`stored progress with ${naam} gives a calm notice and a fresh start`, () =>
    withContext(async (context) => {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e));
      await page.addInitScript(([key, v]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, v);
      }, [STORAGE_KEY, waarde]);
      await openApp(page, server.url);
      await assert.doesNotReject(page.getByText('Uw antwoorden van de vorige keer konden we niet meer gebruiken.', { exact: false }).waitFor());
      assert.equal(await stored(page), null, 'the unusable data is removed');
      await page.getByRole('button', { name: 'Zelf invullen' }).click();
      assert.equal(await currentQuestion(page), 'gemeente');
      assert.deepEqual(errors, []);
    }));
}

test('no storage on this device (private mode): a calm notice with a phone number, and the wizard still works', () =>
  withContext(async (context) => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });
      }
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await assert.doesNotReject(page.getByText('Dit apparaat kan uw antwoorden nu niet bewaren.', { exact: false }).waitFor());
    assert.ok(await page.locator('.pw-melding a[href^="tel:"]').count(), 'a phone number to call instead');
    await answerCurrent(page, { gemeente: 'groningen' });
    assert.equal(await currentQuestion(page), 'leeftijd');
    assert.deepEqual(errors, []);
  }));

for (const [naam, respond] of [
  ['missing', (route) => route.fulfill({ status: 404, body: 'Niet gevonden' })],
  ['invalid', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: '[meta]\ntitel = \n' })],
  ['unreachable', (route) => route.abort('failed')],
]) {
  test(`a ${naam} regulations file: a calm message with the phone number, details only in the console`, () =>
    withContext(async (context) => {
      const page = await context.newPage();
      const consoleErrors = [];
      const pageErrors = [];
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
      page.on('pageerror', (e) => pageErrors.push(e));
      await page.route('**/regulations.toml', respond);
      await openApp(page, server.url);
      assert.equal(await heading(page), 'Het lukt nu even niet');
      const text = await page.locator('.pw-fout').innerText();
      assert.match(text, /Dat ligt niet aan u/);
      assert.match(text, /Bel Het Juridisch Loket: 0800 8020/);
      assert.equal(await page.locator('.pw-fout a[href="tel:08008020"]').count(), 1);
      assert.doesNotMatch(text, /toml|HTTP|404|regel \d|line/i, 'no technical details on the page');
      assert.ok(consoleErrors.some((t) => t.includes('Potjeswijzer')), 'the technical reason is in the console');
      assert.deepEqual(pageErrors, []);
      await assert.doesNotReject(page.getByRole('button', { name: 'Opnieuw proberen' }).waitFor());

      // Trying again once the file is there works.
      await page.unroute('**/regulations.toml');
      await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await assert.doesNotReject(page.getByRole('button', { name: 'Zelf invullen' }).waitFor());
    }));
}

test('after one visit the standalone page also opens without a connection', async () => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    // No request routing here: it would bypass the service worker.
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The first load ran before the worker was active; load once more so every file is in its cache.
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    assert.equal(await currentQuestion(page), 'gemeente');
    await context.setOffline(false);
  } finally {
    await context.close();
  }
});
