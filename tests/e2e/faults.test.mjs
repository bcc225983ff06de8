// Storage faults that storage.test.mjs does not cover yet: storage whose methods throw (private mode), a full
// storage (QuotaExceededError) from the start or halfway, stored values of the wrong type, and progress that
// points at questions that no longer exist. Each time: a calm B1 notice, no error on the page, and nothing lost
// that can be kept (valid answers stay; when writing fails the wizard goes on in memory and says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './browser.mjs';
import {
  openApp, answerCurrent, answerAll, heading, currentQuestion, waitForApp, STORAGE_KEY,
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

const NIET_BEWAREN = 'Dit apparaat kan uw antwoorden nu niet bewaren.';
const NIET_GEBRUIKT = 'Uw antwoorden van de vorige keer konden we niet meer gebruiken.';

/** A fresh context and page that records page errors; `fn(page, errors)`. */
async function withPage(fn) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await fn(page, errors);
  } finally {
    await context.close();
  }
}

/** Puts `value` (a string, stored as is) under the progress key once, before the app starts. */
async function seed(page, value, where = 'localStorage') {
  await page.addInitScript(([key, v, w]) => {
    if (sessionStorage.getItem('pw-test-seeded')) return;
    sessionStorage.setItem('pw-test-seeded', '1');
    window[w].setItem(key, v);
  }, [STORAGE_KEY, value, where]);
}

const stored = (page, where = 'localStorage') =>
  page.evaluate(([w, key]) => window[w].getItem(key), [where, STORAGE_KEY]);

/** The answer a text field shows again after "Vorige vraag". */
async function backAndRead(page, label) {
  await page.getByRole('button', { name: 'Vorige vraag' }).click();
  return page.getByRole('textbox', { name: label }).inputValue();
}

/** Answers "weet ik niet" (or the given answers) until the check page, then opens the list. */
async function finish(page, answers = {}) {
  await answerAll(page, answers);
  assert.equal(await heading(page), 'Kloppen uw antwoorden?');
  await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
  assert.equal(await heading(page), 'Uw lijst met regelingen');
}

test('private mode: getItem and setItem throw; the wizard works in memory and says the answers are not kept', () =>
  withPage(async (page, errors) => {
    // Safari's old private mode and some blocked-storage settings: the storage objects exist, their methods throw.
    await page.addInitScript(() => {
      const weigert = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      Storage.prototype.getItem = weigert;
      Storage.prototype.setItem = weigert;
    });
    await openApp(page, server.url);
    assert.equal(await heading(page), 'Welke regelingen passen bij u?');
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await assert.doesNotReject(page.getByText(NIET_BEWAREN, { exact: false }).waitFor());
    await assert.doesNotReject(page.getByText('als u de pagina sluit, zijn uw antwoorden weg', { exact: false }).waitFor());
    await answerCurrent(page, { gemeente: 'groningen' });
    await answerCurrent(page, { leeftijd: 41 });
    assert.equal(await backAndRead(page, vraagTekst('leeftijd')), '41', 'the answer is kept in memory');
    await answerCurrent(page, { leeftijd: 41 });
    await finish(page, { partner: false, kinderen: [] });
    assert.deepEqual(errors, []);
  }));

test('storage full from the start (QuotaExceededError on every write): the flow still ends in a list', () =>
  withPage(async (page, errors) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await assert.doesNotReject(page.getByText(NIET_BEWAREN, { exact: false }).waitFor());
    assert.ok(await page.locator('.pw-melding a[href^="tel:"]').count(), 'a phone number to call instead');
    await finish(page, { gemeente: 'leiden', leeftijd: 70, partner: false });
    assert.equal(await stored(page), null, 'nothing was written');
    assert.deepEqual(errors, []);
  }));

test('storage that fills up halfway: told at once, nothing typed is lost, and kept again once there is room', () =>
  withPage(async (page, errors) => {
    // Writes fail while window.pwVol is true, as when another site or app filled the device's storage.
    await page.addInitScript(() => {
      const echt = Storage.prototype.setItem;
      Storage.prototype.setItem = function (...args) {
        if (window.pwVol) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return echt.apply(this, args);
      };
    });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(page, { gemeente: 'groningen' });
    await answerCurrent(page, { leeftijd: 52 });
    assert.equal(await page.getByText(NIET_BEWAREN, { exact: false }).count(), 0, 'no notice while writing works');
    const before = JSON.parse(await stored(page));
    assert.deepEqual(before.antwoorden, { gemeente: { Keuze: 'groningen' }, leeftijd: { Getal: 52 } });

    await page.evaluate(() => { window.pwVol = true; });
    await answerCurrent(page, { partner: true });
    await assert.doesNotReject(page.getByText(NIET_BEWAREN, { exact: false }).waitFor());
    assert.equal(await currentQuestion(page), 'leeftijd_partner', 'the wizard goes on');
    await answerCurrent(page, { leeftijd_partner: 50 });
    assert.deepEqual(JSON.parse(await stored(page)), before, 'what was kept before stays as it was');
    assert.equal(await backAndRead(page, vraagTekst('leeftijd_partner')), '50', 'answers given meanwhile are in memory');

    // Room again: the next write keeps everything, including what was answered while the storage was full.
    await page.evaluate(() => { window.pwVol = false; });
    await answerCurrent(page, { leeftijd_partner: 50 });
    await page.getByText(NIET_BEWAREN, { exact: false }).waitFor({ state: 'detached' });
    const after = JSON.parse(await stored(page));
    assert.deepEqual(after.antwoorden, {
      gemeente: { Keuze: 'groningen' }, leeftijd: { Getal: 52 }, partner: { JaNee: true }, leeftijd_partner: { Getal: 50 },
    });
    assert.deepEqual(errors, []);
  }));

test('storage full, then the page is reloaded: the progress kept before it filled up comes back', () =>
  withPage(async (page, errors) => {
    await page.addInitScript(() => {
      const echt = Storage.prototype.setItem;
      Storage.prototype.setItem = function (...args) {
        if (window.pwVol) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return echt.apply(this, args);
      };
    });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(page, { gemeente: 'groningen' });
    await page.evaluate(() => { window.pwVol = true; });
    await answerCurrent(page, { leeftijd: 33 });
    await assert.doesNotReject(page.getByText(NIET_BEWAREN, { exact: false }).waitFor());
    // The page is reloaded (window.pwVol is gone, writing works again): the kept part comes back.
    await page.reload();
    await waitForApp(page);
    await assert.doesNotReject(page.getByRole('heading', { name: 'Welkom terug' }).waitFor());
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await currentQuestion(page), 'leeftijd');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.ok(await page.getByRole('radio', { name: 'Groningen' }).isChecked());
    assert.deepEqual(errors, []);
  }));

for (const [naam, waarde] of [
  ['null', 'null'],
  ['an array', '[]'],
  ['a number', '42'],
  ['a string', '"potjeswijzer"'],
  ['answers as a list', JSON.stringify({ versie: 1, modus: 'Zelf', stap: 'Start', antwoorden: [1, 2] })],
  ['a version written as text', JSON.stringify({ versie: '1', modus: 'Zelf', stap: 'Start', antwoorden: {} })],
]) {
  test(`stored progress that is ${naam}: a calm notice, the data removed, a fresh start`, () =>
    withPage(async (page, errors) => {
      await seed(page, waarde);
      await openApp(page, server.url);
      await assert.doesNotReject(page.getByText(NIET_GEBRUIKT, { exact: false }).waitFor());
      assert.equal(await stored(page), null, 'the unusable data is removed');
      await page.getByRole('button', { name: 'Zelf invullen' }).click();
      assert.equal(await currentQuestion(page), 'gemeente');
      assert.deepEqual(errors, []);
    }));
}

test('answers of the wrong type are dropped one by one; a damaged mode and step do not cost the valid answers', () =>
  withPage(async (page, errors) => {
    await seed(page, JSON.stringify({
      versie: 1,
      modus: 3,                                  // damaged: taken from the storage it is in (localStorage: zelf)
      stap: { Vraag: { id: 42 } },               // damaged: the wizard picks the step from the answers
      antwoorden: {
        gemeente: { Keuze: 'groningen' },
        leeftijd: { Getal: '52' },               // a number as text
        partner: { JaNee: false },
        kinderen: { Leeftijden: '9' },           // not a list
        inkomstenbron: { Meerkeuze: 'werk' },    // not a list
        student: null,
        inkomen: { Bedrag: true },
        schulden: 1,
      },
    }));
    await openApp(page, server.url);
    await assert.doesNotReject(page.getByText('Welkom terug. 6 antwoorden pasten niet meer bij de vragen. Die vragen stellen we opnieuw.').waitFor());
    // The damaged step falls back to the start screen, which offers to continue.
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await currentQuestion(page), 'leeftijd', 'the first answer that was dropped is asked again');
    await answerCurrent(page, { leeftijd: 52 });
    assert.equal(await currentQuestion(page), 'partner');
    assert.ok(await page.getByRole('radio', { name: 'Nee', exact: true }).isChecked(), 'partner "nee" was kept');
    const saved = JSON.parse(await stored(page));
    assert.equal(saved.modus, 'Zelf');
    assert.deepEqual(saved.antwoorden, {
      gemeente: { Keuze: 'groningen' }, leeftijd: { Getal: 52 }, partner: { JaNee: false },
    });
    assert.deepEqual(errors, []);
  }));

test('a kitchen-table session with a damaged mode stays a kitchen-table session', () =>
  withPage(async (page, errors) => {
    await seed(page, JSON.stringify({
      versie: 1, modus: 'Onbekend', stap: 'Controle', antwoorden: { gemeente: { Keuze: 'leiden' } },
    }), 'sessionStorage');
    await openApp(page, server.url);
    assert.equal(await currentQuestion(page), 'leeftijd');
    await answerCurrent(page, { leeftijd: 30 });
    assert.equal(await stored(page), null, 'nothing in localStorage');
    assert.equal(JSON.parse(await stored(page, 'sessionStorage')).modus, 'Samen');
    assert.deepEqual(errors, []);
  }));

test('progress that points at questions that no longer exist: those answers go, the rest and the place stay', () =>
  withPage(async (page, errors) => {
    // As after a policy officer removed or renamed questions in regulations.toml between two visits.
    await seed(page, JSON.stringify({
      versie: 1,
      modus: 'Zelf',
      stap: { Vraag: { id: 'ooit_bijstand_gehad', wijzigen: false } },
      antwoorden: {
        gemeente: { Keuze: 'westerkwartier' },
        leeftijd: { Getal: 67 },
        ooit_bijstand_gehad: { JaNee: true },
        huurtoeslag_2019: { Bedrag: '120' },
      },
    }));
    await openApp(page, server.url);
    await assert.doesNotReject(page.getByText(/^Welkom terug\. 2 antwoorden pasten niet meer bij de vragen/).waitFor());
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await currentQuestion(page), 'partner', 'the first open question instead of the removed one');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.equal(await page.getByRole('textbox', { name: vraagTekst('leeftijd') }).inputValue(), '67');
    const saved = JSON.parse(await stored(page));
    assert.deepEqual(Object.keys(saved.antwoorden).sort(), ['gemeente', 'leeftijd']);
    assert.deepEqual(errors, []);
  }));
