// The rest of the resident's walk (issue 15, review of 30 November 2026): a kind check before a bijstand income
// leads to "nee" (P2), the threshold question on savings (P3), hints and "nee" lines that follow earlier answers (P8), a card's next step as a button that
// says where it goes (P12), the children question (P13), "Een andere gemeente" (P14), an error colour that is not
// the colour of "Volgende" (P15) and a start screen that promises what the walk gives (P16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serverAndBrowser } from './browser.mjs';
import {
  openApp, answerAll, answerCurrent, heading, currentQuestion, readList, evaluateCli, assertSameList,
} from './flows.mjs';
import { inWizard, openExample } from './embed-support.mjs';
import { vraagTekst } from './vragen.mjs';

const shared = await serverAndBrowser();
const { withPage } = shared;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page, screen) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(summary, [], `axe violations on ${screen}`);
}

const onQuestion = (page, id) =>
  page.waitForFunction((v) => document.querySelector('form[data-vraag]')?.dataset.vraag === v, id, { timeout: 5000 });

/** Answers from the start until the question `id` is on screen. */
async function answerUntil(page, answers, id) {
  const given = [];
  for (let i = 0; i < 20 && (await currentQuestion(page)) !== id; i++) {
    given.push(await answerCurrent(page, answers));
    await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'), null, { timeout: 5000 });
  }
  assert.equal(await currentQuestion(page), id);
  return given;
}

const FATIMA = {
  gemeente: 'groningen', leeftijd: 34, partner: false, kinderen: [4, 9], inkomstenbron: ['bijstand'],
  student: false, vermogen: '200', jaren_laag_inkomen: 4, huur: '650', schulden: true, tekort_eten: true,
};

test('P2: on bijstand alone, an income above the bijstand asks once about toeslagen; correcting it moves on without asking again', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerUntil(page, FATIMA, 'inkomen');
    const veld = page.getByRole('textbox', { name: vraagTekst('inkomen') });
    await veld.fill('1450');
    await page.getByRole('button', { name: 'Volgende' }).click();

    const vraag = page.getByRole('heading', { name: 'Heeft u toeslagen of kinderbijslag meegeteld?' });
    await vraag.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-inkomen-controle');
    const box = page.locator('#pw-inkomen-controle');
    assert.match(await box.innerText(), /U vulde € 1\.450 per maand in\. Dat is meer dan de bijstand voor uw huishouden\./);
    // Not an error: no error summary, the question stays, the amount typed stays.
    assert.equal(await page.getByRole('heading', { name: 'Dit hebben we nog nodig' }).count(), 0);
    assert.equal(await currentQuestion(page), 'inkomen');
    assert.equal(await veld.inputValue(), '1450');
    await expectNoViolations(page, 'the income check');

    await page.getByRole('button', { name: 'Ja, ik pas het bedrag aan' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    assert.equal(await box.count(), 0);
    await veld.fill('1300');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.querySelector('form[data-vraag]')?.dataset.vraag !== 'inkomen');
    assert.notEqual(await currentQuestion(page), 'inkomen');
  }));

test('P2: "Nee, het bedrag klopt" keeps the amount; with work next to bijstand nothing is asked', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerUntil(page, FATIMA, 'inkomen');
    await page.getByRole('textbox', { name: vraagTekst('inkomen') }).fill('1450');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Nee, het bedrag klopt' }).click();
    await page.waitForFunction(() => document.querySelector('form[data-vraag]')?.dataset.vraag !== 'inkomen');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    await onQuestion(page, 'inkomen');
    assert.equal(await page.getByRole('textbox', { name: vraagTekst('inkomen') }).inputValue(), '1.450');

    // Bijstand and work: more than the bijstand is possible, so the amount simply counts.
    for (let i = 0; i < 4 && (await currentQuestion(page)) !== 'inkomstenbron'; i++) {
      await page.getByRole('button', { name: 'Vorige vraag' }).click();
      await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'));
    }
    await page.getByRole('checkbox', { name: 'Werk' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await answerUntil(page, FATIMA, 'inkomen');
    await page.getByRole('textbox', { name: vraagTekst('inkomen') }).fill('1450');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.querySelector('form[data-vraag]')?.dataset.vraag !== 'inkomen');
    assert.equal(await page.locator('#pw-inkomen-controle').count(), 0);
  }));

test('P8: after "geen partner" and AOW the income hint says nothing of a partner, a payslip or kinderbijslag', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url, { datum: '2026-09-01' });
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const henk = {
      gemeente: 'westerkwartier', leeftijd: 68, partner: false, kinderen: [], inkomstenbron: ['aow_pensioen'],
      inkomen: '1400', vermogen: '3000', huur: '550', chronisch_ziek: true, schulden: false, tekort_eten: false,
    };
    await answerUntil(page, henk, 'inkomen');
    const hint = await page.locator('#pw-vraag-hint').innerText();
    assert.doesNotMatch(hint, /partner|loonstrook|kinderbijslag/, hint);
    assert.match(hint, /bankafschrift/);
  }));

test('P8: where the source of money is asked, its hint is said once and without a partner', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerUntil(page, { gemeente: 'groningen', leeftijd: 40, partner: false, kinderen: [] }, 'inkomstenbron');
    assert.equal(await page.getByText('U mag meer dan één antwoord kiezen.').count(), 1);
    assert.doesNotMatch(await page.locator('form[data-vraag]').innerText(), /partner/);
  }));

test('P8: a childless 68-year-old reads the children\'s regulations as one "nee" line, the rest as regels evaluate says', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url, { datum: '2026-09-01' });
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const given = await answerAll(page, {
      gemeente: 'westerkwartier', leeftijd: 68, partner: false, kinderen: [], inkomstenbron: ['aow_pensioen'],
      inkomen: '1400', vermogen: '3000', huur: '550', chronisch_ziek: true, schulden: false, tekort_eten: false,
    });
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const shown = await readList(page);
    const cli = evaluateCli(given, '2026-09-01');
    assertSameList(shown, cli);
    assert.ok(shown.gevouwen.length >= 2, `folded: ${shown.gevouwen}`);
    await page.getByText(/^Past nu waarschijnlijk niet/).click();
    const regel = page.locator('.pw-niet-passend li[data-gevouwen]');
    assert.match(
      await regel.innerText(),
      new RegExp(`^${shown.gevouwen.length} regelingen voor kinderen\\s+Er wonen geen kinderen onder de 18 bij u\\.\\s+Het gaat om: `),
    );
    for (const id of shown.gevouwen) {
      assert.equal(await page.locator(`.pw-niet-passend li[data-regeling="${id}"]`).count(), 0, `${id} is not listed again`);
    }
  }, { viewport: { width: 1280, height: 800 } }));

test('P12: each card\'s next step is a button-sized link that says where it goes', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url, { datum: '2026-09-01' });
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerAll(page, { ...FATIMA, inkomen: '1300' });
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    await page.locator('.pw-lijst').waitFor();
    const acties = page.locator('.pw-regelingen .pw-actie a');
    const n = await acties.count();
    assert.ok(n >= 5, `${n} actions`);
    for (let i = 0; i < n; i++) {
      const a = acties.nth(i);
      const naam = (await a.innerText()).trim();
      const href = await a.getAttribute('href');
      const box = await a.boundingBox();
      assert.ok(box.height >= 44, `"${naam}" is ${box.height} px high`);
      assert.ok(box.width >= 250, `"${naam}" is ${box.width} px wide on a phone`);
      assert.doesNotMatch(naam, /^Vraag .* aan$/);
      if (href.startsWith('tel:')) {
        assert.match(naam, /^Bel [\d ]+$/);
      } else if (/^https?:\/\/[^/]+\/?$/.test(href)) {
        assert.match(naam, /^Naar de website van /, `${naam} -> ${href}`);
      } else {
        assert.match(naam, /^Aanvragen bij /, `${naam} -> ${href}`);
      }
    }
    assert.ok(await page.getByRole('link', { name: 'Naar de website van Humanitas' }).count() >= 1);
    assert.equal(await page.getByRole('link', { name: /\(bron\)$/ }).count(), 0);
  }));

test('P13: the children question does not presuppose children, and "3 en 9" in one field are two children', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerUntil(page, FATIMA, 'kinderen');
    assert.equal(await heading(page), 'Wonen er kinderen bij u? Hoe oud zijn ze?');
    const hint = await page.locator('#pw-vraag-hint').innerText();
    assert.doesNotMatch(hint, /[Ll]aat dit (dan )?leeg/);
    assert.match(hint, /Er wonen geen kinderen bij mij/);
    assert.equal(await page.getByRole('button', { name: 'Er wonen geen kinderen bij mij' }).count(), 1);
    await page.getByRole('textbox', { name: 'Leeftijd van kind 1' }).fill('3 en 9');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.querySelector('form[data-vraag]')?.dataset.vraag !== 'kinderen');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    await onQuestion(page, 'kinderen');
    assert.equal(await page.getByRole('textbox', { name: 'Leeftijd van kind 1' }).inputValue(), '3');
    assert.equal(await page.getByRole('textbox', { name: 'Leeftijd van kind 2' }).inputValue(), '9');
  }));

test('P14: "Een andere gemeente" says honestly what this wizard knows and where to go, and still shows the national regulations', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await onQuestion(page, 'gemeente');
    await page.getByRole('radio', { name: 'Een andere gemeente' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: 'Uw gemeente staat er niet bij' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-andere-gemeente-melding');
    const melding = await page.locator('#pw-andere-gemeente-melding').innerText();
    assert.match(melding, /kent alleen de regelingen van Groningen, Westerkwartier en Leiden\./);
    assert.match(melding, /Juridisch Loket\. Bel 0800 8020\./);
    assert.equal(await page.getByRole('heading', { name: 'Dit hebben we nog nodig' }).count(), 0);
    const loket = page.getByRole('link', { name: 'Naar de website van het Juridisch Loket' });
    assert.equal(await loket.getAttribute('href'), 'https://www.juridischloket.nl');
    await expectNoViolations(page, 'the message after "Een andere gemeente"');
    await page.getByRole('button', { name: 'Bekijk de regelingen voor heel Nederland' }).click();
    await onQuestion(page, 'leeftijd');
    // Nothing of "andere" was stored as the municipality.
    const opgeslagen = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    assert.doesNotMatch(opgeslagen, /pw-andere-gemeente/);
  }));

test('P15: in the Groningen theme an error is not the red of "Volgende", and is marked by more than colour', () =>
  withPage(async (page) => {
    await openExample(page, shared.server.url, 'groningen', { attrs: { 'data-datum': '2026-09-01' } });
    const w = inWizard(page);
    await w.getByRole('button', { name: 'Zelf invullen' }).click();
    await onQuestion(w, 'leeftijd');
    await w.getByRole('button', { name: 'Volgende' }).click();
    await w.getByRole('heading', { name: 'Dit hebben we nog nodig' }).waitFor();
    const kleuren = await page.evaluate(() => {
      const knop = [...document.querySelectorAll('.pw-knop--primair')].find((b) => b.textContent.trim() === 'Volgende');
      const melding = document.querySelector('.pw-foutmelding');
      return {
        knop: getComputedStyle(knop).backgroundColor,
        rand: getComputedStyle(document.querySelector('.pw-foutoverzicht')).borderTopColor,
        tekst: getComputedStyle(melding).color,
        teken: getComputedStyle(melding, '::before').content,
      };
    });
    assert.notEqual(kleuren.rand, kleuren.knop, 'the error box is not the colour of "Volgende"');
    assert.notEqual(kleuren.tekst, kleuren.knop, 'the error text is not the colour of "Volgende"');
    assert.match(kleuren.teken, /!/, 'a mark before the message, not colour alone');
  }, { viewport: { width: 360, height: 740 } }));

test('P16: the start screen promises what the walk gives: at most 15 short questions, "Weet ik niet" on every one', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    const start = await page.locator('[data-potjeswijzer]').innerText();
    assert.match(start, /Het zijn hooguit 15 korte vragen\. Dat duurt ongeveer 5 minuten\./);
    assert.match(start, /Bij elke vraag kunt u kiezen voor 'Weet ik niet'\./);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    let vragen = 0;
    for (; vragen < 20; vragen++) {
      await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'), null, { timeout: 5000 });
      if ((await heading(page)) === 'Kloppen uw antwoorden?') break;
      assert.match(await page.locator('.pw-voortgang').innerText(), /^Vraag \d+ · (nog hooguit \d+ (vraag|vragen)|de laatste vraag)$/);
      await page.getByRole('button', { name: 'Weet ik niet', exact: true }).click();
    }
    assert.ok(vragen >= 1 && vragen <= 15, `${vragen} questions`);
  }));

test('P3: who does not know their savings answers "Heeft u samen meer dan € …?" against their own limit, and gets ja instead of misschien', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const answers = { ...FATIMA, inkomen: '1300' };
    const given = await answerUntil(page, answers, 'vermogen');
    const groep = page.getByRole('group', { name: /^Heeft u samen meer dan € [\d.]+\?$/ });
    await groep.waitFor();
    const vraag = (await page.locator('#pw-drempel-vraag').innerText()).trim();
    const grens = vraag.match(/€ ([\d.]+)\?$/)[1];
    assert.equal(await groep.getByRole('button').count(), 2);
    await expectNoViolations(page, 'the savings question with its threshold question');
    await groep.getByRole('button', { name: `Nee, € ${grens} of minder` }).click();
    await page.waitForFunction(() => document.querySelector('form[data-vraag]')?.dataset.vraag !== 'vermogen');
    const drempel = { hoogstens: grens.replaceAll('.', '') };
    given.push({ id: 'vermogen', value: drempel });
    given.push(...(await answerAll(page, answers)));
    // Said back as the resident said it, never as an amount they did not type.
    await assert.doesNotReject(page.getByText(`€ ${grens} of minder`, { exact: true }).waitFor());
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const shown = await readList(page);
    assertSameList(shown, evaluateCli(given));
    const bb = shown.ja.find((r) => r.id === 'groningen_bijzondere_bijstand');
    assert.ok(bb, 'bijzondere bijstand is "ja" with savings at most the limit');
    assert.ok(bb.redenen.includes(`U zei dat u niet meer dan € ${grens} spaargeld heeft. Dat past binnen de grens.`), bb.redenen.join('\n'));
    assert.ok(!shown.misschien.some((r) => r.id === 'groningen_bijzondere_bijstand'));
  }));

test('P17: a monthly income above € 10.000 is asked about softly, and the list heading is plain B1', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const answers = { ...FATIMA, inkomstenbron: ['werk'], inkomen: '145000' };
    await answerUntil(page, answers, 'inkomen');
    await page.getByRole('textbox', { name: vraagTekst('inkomen') }).fill('145000');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: 'Klopt dit bedrag?' }).waitFor();
    assert.match(await page.locator('#pw-inkomen-controle').innerText(), /U vulde € 145\.000 per maand in\./);
    await page.getByRole('button', { name: 'Nee, ik pas het bedrag aan' }).click();
    await page.getByRole('textbox', { name: vraagTekst('inkomen') }).fill('1450');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.querySelector('form[data-vraag]')?.dataset.vraag !== 'inkomen');
    await answerAll(page, { ...answers, inkomen: '1450' });
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    await page.getByRole('heading', { name: 'Dit past waarschijnlijk bij u' }).waitFor();
    assert.equal(await page.getByText('U komt waarschijnlijk in aanmerking voor').count(), 0);
    await assert.doesNotReject(page.getByText('Dit is nog geen besluit.', { exact: false }).first().waitFor());
  }));
