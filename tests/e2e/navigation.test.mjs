// Moving through the questions: "weet ik niet", back, change from the check page, errors that say how to fix
// them, and the children's ages input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './browser.mjs';
import {
  openApp, openWithProgress, answerAll, answerCurrent, heading, currentQuestion, evaluateCli, readList,
  assertSameList,
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

async function withPage(fn, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  try {
    await fn(page, context);
  } finally {
    await context.close();
  }
}

test('"weet ik niet" for the income still gives a list, with misschien and what it depends on', () =>
  withPage(async (page) => {
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const answers = {
      gemeente: 'groningen', leeftijd: 30, partner: false, kinderen: [], inkomstenbron: ['werk'],
      student: false, inkomen: 'weet_ik_niet', vermogen: '100',
    };
    const given = await answerAll(page, answers);
    assert.ok(given.some((g) => g.id === 'inkomen' && g.value === 'weet_ik_niet'));
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const shown = await readList(page);
    assertSameList(shown, evaluateCli(given));
    const pas = shown.misschien.find((r) => r.id === 'groningen_stadjerspas');
    assert.ok(pas, 'the Stadjerspas is "misschien" when the income is not known');
    assert.ok(!shown.nee.some((r) => r.id === 'groningen_stadjerspas'));
    await assert.doesNotReject(page.getByRole('heading', { name: /^Misschien: dat hangt af van .*uw inkomen/ }).waitFor());
    const card = page.locator('li[data-regeling="groningen_stadjerspas"]');
    await assert.doesNotReject(card.getByText(/Dat hangt af van .*uw inkomen/).waitFor());
  }));

test('"Vorige vraag" goes back with the answer kept; changing it moves on from there', () =>
  withPage(async (page) => {
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(page, { gemeente: 'groningen' });
    await answerCurrent(page, { leeftijd: 35 });
    assert.equal(await currentQuestion(page), 'partner');
    assert.match(await page.locator('.pw-voortgang').innerText(), /^Vraag 3 · nog hooguit \d+ vragen$/);

    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.equal(await currentQuestion(page), 'leeftijd');
    assert.equal(await page.getByRole('textbox', { name: vraagTekst('leeftijd') }).inputValue(), '35');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.equal(await currentQuestion(page), 'gemeente');
    assert.ok(await page.getByRole('radio', { name: 'Groningen' }).isChecked());
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.equal(await heading(page), 'Welke regelingen passen bij u?');
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await currentQuestion(page), 'partner');
  }));

test('"Wijzigen" on the check page: a new question when needed, then back there, and the list follows', () =>
  withPage(async (page) => {
    const answers = {
      gemeente: 'groningen', leeftijd: 40, partner: false, kinderen: [], inkomstenbron: ['werk'], student: false,
      inkomen: '1800', vermogen: '1000',
    };
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    let given = await answerAll(page, answers);
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const before = await readList(page);
    assertSameList(before, evaluateCli(given));

    await page.getByRole('button', { name: 'Terug naar uw antwoorden' }).click();
    assert.equal(await heading(page), 'Kloppen uw antwoorden?');
    await page.getByRole('button', { name: `Wijzigen: ${vraagTekst('partner')}` }).click();
    assert.equal(await currentQuestion(page), 'partner');
    assert.ok(await page.getByRole('radio', { name: 'Nee' }).isChecked());
    await assert.doesNotReject(page.getByRole('button', { name: 'Terug naar uw antwoorden' }).waitFor());
    await answerCurrent(page, { partner: true });
    // A partner makes the partner's age relevant: asked now, then straight back to the check page.
    assert.equal(await currentQuestion(page), 'leeftijd_partner');
    await answerCurrent(page, { leeftijd_partner: 41 });
    // Anything else that a couple's situation makes relevant (e.g. savings) is asked once, then the check page.
    const extra = [];
    while (await currentQuestion(page)) {
      const id = await currentQuestion(page);
      assert.ok(!given.some((g) => g.id === id), `${id} was answered before and is not asked again`);
      extra.push(await answerCurrent(page, answers));
    }
    assert.equal(await heading(page), 'Kloppen uw antwoorden?');
    const rows = await page.locator('.pw-antwoord').allInnerTexts();
    assert.ok(rows.some((r) => /partner\?\s*Ja/.test(r)), 'the check page shows the new answer');
    assert.ok(rows.some((r) => /Hoe oud is uw partner\?\s*41/.test(r)));

    given = given.map((g) => (g.id === 'partner' ? { id: 'partner', value: true } : g));
    const ids = given.map((g) => g.id);
    given.splice(ids.indexOf('partner') + 1, 0, { id: 'leeftijd_partner', value: 41 });
    given.push(...extra);
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const after = await readList(page);
    assertSameList(after, evaluateCli(given));
    assert.notDeepEqual(after, before, 'a couple with 1800 gets another list than a single person');
  }));

test('errors say how to fix it, take focus, sit next to the field and keep what was typed', () =>
  withPage(async (page) => {
    await openWithProgress(
      page, server.url,
      { gemeente: 'groningen', leeftijd: 35, partner: false, kinderen: [], inkomstenbron: ['werk'], student: false },
      { Vraag: { id: 'inkomen', wijzigen: false } },
    );
    assert.equal(await currentQuestion(page), 'inkomen');
    const field = page.getByRole('textbox', { name: vraagTekst('inkomen') });
    await assert.doesNotReject(page.getByText('Uw antwoorden blijven op dit apparaat. Niemand anders ziet ze.').waitFor());
    assert.equal(await field.getAttribute('aria-required'), 'true');

    // Nothing typed.
    await page.getByRole('button', { name: 'Volgende' }).click();
    const summary = page.locator('#pw-foutoverzicht');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-foutoverzicht');
    // Empty: an estimate is fine, and "Weet ik niet" is a way on.
    assert.match(await summary.innerText(), /Vul een bedrag in, bijvoorbeeld 250\. Weet u het niet precies\? Een schatting is goed\./);
    assert.match(await page.title(), /^Fout: Vraag \d+ - Potjeswijzer$/);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const describedBy = (await field.getAttribute('aria-describedby')).split(' ');
    const messageId = describedBy.find((id) => id.startsWith('pw-fout-'));
    assert.ok(messageId, 'the field points at its error message');
    assert.match(await page.locator(`#${messageId}`).innerText(), /Vul een bedrag in, bijvoorbeeld 250\./);
    assert.equal(await page.locator('form').getAttribute('novalidate'), '');

    // Something that is not an amount stays in the field.
    await field.fill('ongeveer veel');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-foutoverzicht');
    assert.equal(await field.inputValue(), 'ongeveer veel');
    // The summary link takes you to the field.
    await summary.getByRole('link').first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-veld-inkomen');
    assert.ok(!page.url().includes('#'), 'the summary link does not change the address');

    // Dutch notation is fine.
    await field.fill('1.234,56');
    await page.getByRole('button', { name: 'Volgende' }).click();
    assert.equal(await currentQuestion(page), 'vermogen');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.equal(await page.getByRole('textbox', { name: vraagTekst('inkomen') }).inputValue(), '1.234,56');
  }));

test('numbers outside the range get a message with the range', () =>
  withPage(async (page) => {
    await openWithProgress(page, server.url, { gemeente: 'groningen' }, { Vraag: { id: 'leeftijd', wijzigen: false } });
    const field = page.getByRole('textbox', { name: vraagTekst('leeftijd') });
    await field.fill('300');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('#pw-foutoverzicht').waitFor();
    assert.match(await page.locator('#pw-foutoverzicht').innerText(), /Vul een getal in van 16 tot en met 120/);
    await field.fill('35 jaar');
    await page.getByRole('button', { name: 'Volgende' }).click();
    assert.equal(await currentQuestion(page), 'partner');
  }));

test('children: add, remove, renumber; "geen kinderen"; a wrong age says how to fix it', () =>
  withPage(async (page) => {
    await openWithProgress(
      page, server.url, { gemeente: 'groningen', leeftijd: 35, partner: false },
      { Vraag: { id: 'kinderen', wijzigen: false } },
    );
    await page.getByRole('textbox', { name: 'Leeftijd van kind 1' }).fill('4');
    await page.getByRole('button', { name: 'Kind toevoegen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-kind-1');
    await page.getByRole('textbox', { name: 'Leeftijd van kind 2' }).fill('veertien');
    await page.getByRole('button', { name: 'Kind toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Leeftijd van kind 3' }).fill('16');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('#pw-foutoverzicht').waitFor();
    assert.match(await page.locator('#pw-foutoverzicht').innerText(), /kind 2 .*met cijfers/);

    await page.getByRole('button', { name: 'Verwijder kind 1' }).click();
    // Renumbered: the old second child is now child 1.
    assert.equal(await page.getByRole('textbox', { name: 'Leeftijd van kind 1' }).inputValue(), 'veertien');
    await page.getByRole('textbox', { name: 'Leeftijd van kind 1' }).fill('14');
    await page.getByRole('button', { name: 'Volgende' }).click();
    assert.equal(await currentQuestion(page), 'inkomstenbron');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Leeftijd van kind 1' }).inputValue(), '14');
    assert.equal(await page.getByRole('textbox', { name: 'Leeftijd van kind 2' }).inputValue(), '16');

    await page.getByRole('button', { name: 'Er wonen geen kinderen bij mij' }).click();
    assert.equal(await currentQuestion(page), 'inkomstenbron');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Leeftijd van kind 1' }).inputValue(), '');
  }));

test('a preset municipality (data-gemeente) is not asked', () =>
  withPage(async (page) => {
    await openApp(page, server.url, { attrs: { 'data-gemeente': 'leiden' } });
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    assert.equal(await currentQuestion(page), 'leeftijd');
    assert.match(await page.locator('.pw-voortgang').innerText(), /^Vraag 1 /);
    const given = await answerAll(page, {
      leeftijd: 50, partner: false, kinderen: [], inkomstenbron: ['werk'], student: false, inkomen: '1400', vermogen: '500',
    });
    assert.ok(await page.getByText('Leiden', { exact: true }).first().isVisible());
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    assertSameList(await readList(page), evaluateCli([{ id: 'gemeente', value: 'leiden' }, ...given]));
  }));

test('data-modus="samen" offers only the kitchen-table start', () =>
  withPage(async (page) => {
    await openApp(page, server.url, { attrs: { 'data-modus': 'samen' } });
    assert.equal(await page.getByRole('button', { name: 'Zelf invullen' }).count(), 0);
    await page.getByRole('button', { name: 'Samen met een hulpverlener' }).click();
    assert.equal(await currentQuestion(page), 'gemeente');
  }));

test('embedding: a municipal theme that sets --utrecht-* tokens on a wrapper restyles the wizard', () =>
  withPage(async (page) => {
    await openApp(page, server.url);
    const before = await page.getByRole('button', { name: 'Zelf invullen' }).evaluate((b) => getComputedStyle(b).backgroundColor);
    await page.addStyleTag({
      content: '.gemeente-theme { --utrecht-color-primary: rgb(128, 0, 64); --utrecht-document-font-family: serif; }',
    });
    await page.evaluate(() => document.body.classList.add('gemeente-theme'));
    const button = page.getByRole('button', { name: 'Zelf invullen' });
    assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(128, 0, 64)');
    assert.notEqual(before, 'rgb(128, 0, 64)');
    assert.match(await page.locator('.potjeswijzer').evaluate((e) => getComputedStyle(e).fontFamily), /serif/);
    // The wizard's styles stay inside it: the host page's own elements are untouched.
    assert.equal(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily.includes('system-ui')), false);
  }, { bypassCSP: true }));
