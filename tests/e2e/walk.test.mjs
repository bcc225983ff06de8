// The resident's walk without stumbling (issue 15, review of 30 November 2026): the browser's Back button,
// "Weet ik niet" and estimates, sentences about the resident's own figures, no other municipality's words, a
// short dated print of the wizard only, and a keyboard walk at 200 % zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './browser.mjs';
import {
  openApp, openWithProgress, answerAll, answerCurrent, heading, currentQuestion, readList, evaluateCli,
  assertSameList,
} from './flows.mjs';
import { inWizard, openExample } from './embed-support.mjs';
import { vraagTekst } from './vragen.mjs';

const shared = await serverAndBrowser();
const { withPage } = shared;

const onQuestion = (page, id) =>
  page.waitForFunction((v) => document.querySelector('form[data-vraag]')?.dataset.vraag === v, id, { timeout: 5000 });

test('P4: the browser\'s Back goes to the previous question, Forward again, and Back from the first question leaves', () =>
  withPage(async (page) => {
    // The page the resident came from.
    await page.goto(`${shared.server.url}/voorbeelden/index.html`);
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(page, { gemeente: 'groningen' });
    await answerCurrent(page, { leeftijd: 35 });
    assert.equal(await currentQuestion(page), 'partner');

    await page.goBack();
    await onQuestion(page, 'leeftijd');
    assert.equal(await page.getByRole('textbox', { name: vraagTekst('leeftijd') }).inputValue(), '35');
    await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'));
    await page.goBack();
    await onQuestion(page, 'gemeente');
    assert.ok(await page.getByRole('radio', { name: 'Groningen' }).isChecked());
    await page.goForward();
    await onQuestion(page, 'leeftijd');
    // The address stays the page's own: no router, no fragment of ours.
    assert.equal(page.url(), `${shared.server.url}/`);
    await page.goBack();
    await onQuestion(page, 'gemeente');
    // Back from the first question leaves the wizard for the page before it.
    await page.goBack();
    await page.waitForURL(`${shared.server.url}/voorbeelden/index.html`);
  }));

test('P4: Back from the list goes to the check page, and Back again to the last question', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const answers = {
      gemeente: 'leiden', leeftijd: 40, partner: false, kinderen: [], inkomstenbron: ['werk'], student: false,
      inkomen: '1500', vermogen: '500',
    };
    const given = await answerAll(page, answers);
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    assert.equal(await heading(page), 'Uw lijst met regelingen');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.pw-controle'));
    assert.equal(await heading(page), 'Kloppen uw antwoorden?');
    await page.goBack();
    await onQuestion(page, given.at(-1).id);
  }));

test('P3: savings offer "Weet ik niet", an empty field shows the way out, "ongeveer 300" is fine; unknown savings give misschien', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const answers = {
      gemeente: 'groningen', leeftijd: 34, partner: false, kinderen: [4, 9], inkomstenbron: ['bijstand'],
      student: false, inkomen: '1300', jaren_laag_inkomen: 4, schulden: true, tekort_eten: true,
    };
    const given = [];
    for (let i = 0; i < 20 && (await currentQuestion(page)) !== 'vermogen'; i++) {
      given.push(await answerCurrent(page, answers));
      await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'), null, { timeout: 5000 });
    }
    assert.equal(await currentQuestion(page), 'vermogen');
    await assert.doesNotReject(page.getByRole('button', { name: 'Weet ik niet', exact: true }).waitFor());
    await assert.doesNotReject(page.getByRole('button', { name: 'Zeg ik liever niet', exact: true }).waitFor());

    await page.getByRole('button', { name: 'Volgende' }).click();
    await assert.doesNotReject(page.getByRole('heading', { name: 'Dit hebben we nog nodig' }).waitFor());
    assert.match(
      await page.locator('.pw-foutmelding').innerText(),
      /^Vul een bedrag in, bijvoorbeeld 250\. Weet u het niet precies\? Een schatting is goed\. Of kies 'Weet ik niet'\.$/,
    );
    await page.getByRole('textbox', { name: vraagTekst('vermogen') }).fill('ongeveer 300');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.querySelector('form[data-vraag]')?.dataset.vraag !== 'vermogen');
    await page.getByRole('button', { name: 'Vorige vraag' }).click();
    await onQuestion(page, 'vermogen');
    assert.equal(await page.getByRole('textbox', { name: vraagTekst('vermogen') }).inputValue(), '300');

    // Not knowing is an answer, not an error.
    await page.getByRole('button', { name: 'Weet ik niet', exact: true }).click();
    given.push({ id: 'vermogen', value: 'weet_ik_niet' });
    given.push(...(await answerAll(page, answers)));
    await assert.doesNotReject(page.getByText('Weet ik niet of zeg ik liever niet').first().waitFor());
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const shown = await readList(page);
    assertSameList(shown, evaluateCli(given));
    const bb = shown.misschien.find((r) => r.id === 'groningen_bijzondere_bijstand');
    assert.ok(bb, 'bijzondere bijstand is "misschien" when the savings are not known');
    assert.ok(
      bb.redenen.includes('We weten niet hoeveel spaargeld u heeft. Is het € 15.540 of minder? Dan past dit waarschijnlijk.')
        || bb.redenen.some((r) => /^We weten niet hoeveel spaargeld u heeft\. Is het € [\d.]+ of minder\?/.test(r)),
      bb.redenen.join('\n'),
    );
  }));

test('P7: result sentences say the resident\'s own income against the limit, in whole euros, never the limit as theirs', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    const answers = {
      gemeente: 'groningen', leeftijd: 34, partner: false, kinderen: [4, 9], inkomstenbron: ['bijstand'],
      student: false, inkomen: '1450', vermogen: '200', jaren_laag_inkomen: 4, huur: '650', schulden: true,
      tekort_eten: true,
    };
    const given = await answerAll(page, answers);
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const shown = await readList(page);
    assertSameList(shown, evaluateCli(given));
    const zinnen = [
      ...shown.ja.flatMap((r) => r.redenen), ...shown.misschien.flatMap((r) => r.redenen), ...shown.nee.map((r) => r.reden),
    ];
    const overInkomen = zinnen.filter((z) => z.startsWith('Uw inkomen is €'));
    assert.ok(overInkomen.length > 0, 'some reasons compare the income');
    for (const z of overInkomen) {
      assert.match(z, /^Uw inkomen is € 1\.450 per maand\. Dat is (onder|meer dan) de grens van (ongeveer )?€ [\d.]+\./, z);
    }
    for (const z of zinnen) {
      assert.doesNotMatch(z, /of minder\.$/, `a limit said as the resident's figure: ${z}`);
      assert.doesNotMatch(z, /ongeveer € [\d.]+,\d\d/, `an estimate with cents: ${z}`);
      assert.doesNotMatch(z, /% van de bijstandsnorm/, z);
    }
    const text = await page.locator('.pw-lijst').innerText();
    assert.doesNotMatch(text, /Uw (inkomen|spaargeld) is (ongeveer )?€ [\d.,]+ (per maand )?of minder/);
  }));

for (const gemeente of ['leiden', 'westerkwartier']) {
  test(`P6: the ${gemeente} page never says "WIJ", from the start screen to the list`, () =>
    withPage(async (page) => {
      await openExample(page, shared.server.url, gemeente, { attrs: { 'data-datum': '2026-09-01' } });
      const w = inWizard(page);
      const wizard = page.locator('[data-potjeswijzer]');
      assert.doesNotMatch(await wizard.innerText(), /\bWIJ\b/);
      await w.getByRole('button', { name: 'Zelf invullen' }).click();
      await answerAll(w, {
        leeftijd: 38, partner: false, kinderen: [7, 13], inkomstenbron: ['werk'], student: false, inkomen: '1400',
        vermogen: '800', huur: '600', kinderopvang: false, schulden: true, tekort_eten: true,
      });
      await w.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
      await w.locator('.pw-lijst').waitFor();
      await w.getByText(/^Past nu waarschijnlijk niet/).click();
      assert.doesNotMatch(await wizard.innerText(), /\bWIJ\b|WIJ-team/);
    }, { viewport: { width: 1280, height: 800 } }));
}

/** Pages in a PDF made by Chromium. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

test('P5: at the kitchen table in Leiden the print is at most 2 A4 pages, dated, without the host page, "nee" reasons when ticked', () =>
  withPage(async (page) => {
    await openExample(page, shared.server.url, 'leiden', { attrs: { 'data-datum': '2026-09-01' } });
    const w = inWizard(page);
    await w.getByRole('button', { name: 'Samen met een hulpverlener' }).click();
    await answerAll(w, {
      leeftijd: 45, partner: true, leeftijd_partner: 47, kinderen: [15], inkomstenbron: ['andere_uitkering'],
      student: false, inkomen: '2100', vermogen: '1000', huur: '750', schulden: true, tekort_eten: false,
      chronisch_ziek: false,
    });
    await w.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    await w.locator('.pw-lijst').waitFor();
    // The hand-over sits at the top with the helper: printing is the main end action.
    const knop = w.getByRole('button', { name: 'Lijst afdrukken' });
    assert.equal(await knop.count(), 1);
    assert.match(await knop.getAttribute('class'), /pw-knop--primair/);
    await w.getByRole('checkbox', { name: 'Ook afdrukken wat niet past, met de reden' }).check();

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.ok(!(await page.locator('header.host-kop').isVisible()), 'the host header does not print');
    assert.ok(!(await page.locator('.host-nuttig').isVisible()), 'nor the host\'s "Was deze pagina nuttig?"');
    assert.ok(!(await page.locator('footer.host-voet').isVisible()), 'nor its footer');
    assert.ok(await w.getByText('Gemaakt op 1 september 2026.').isVisible(), 'the paper has a date');
    assert.ok(await w.locator('.pw-print-nee').isVisible(), 'what does not fit prints, with the reason');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPages(pdf);
    assert.ok(pages >= 1 && pages <= 2, `the print is ${pages} A4 pages`);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await page.locator('header.host-kop').isVisible(), 'the host page is whole again after printing');
  }, { viewport: { width: 1280, height: 800 } }));

/** Presses Tab until the focused element's text is `name` (at most 40 times). */
async function tabTo(page, name) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const t = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (t === name) return;
  }
  assert.fail(`no "${name}" within 40 Tabs`);
}

test('P10: keyboard only at 200 % zoom on a host page: the heading has no field-like box, the first Tab lands in the answer, in view; the walk reaches the list', () =>
  withPage(async (page) => {
    await openExample(page, shared.server.url, 'westerkwartier', { attrs: { 'data-datum': '2026-09-01' } });
    const w = inWizard(page);
    await w.getByRole('button', { name: 'Zelf invullen' }).focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 25; i++) {
      await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'), null, { timeout: 5000 });
      if ((await heading(w)) === 'Kloppen uw antwoorden?') break;
      const kop = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { outline: s.outlineStyle, top: document.activeElement.getBoundingClientRect().top };
      });
      assert.equal(kop.outline, 'none', 'the focused heading is not boxed like a field');
      assert.ok(kop.top >= 0 && kop.top < 200, `the question is at the top of the screen (${kop.top})`);
      await page.keyboard.press('Tab');
      const veld = await page.evaluate(() => {
        const el = document.activeElement;
        const r = el.getBoundingClientRect();
        return { tag: el.tagName, type: el.type, top: r.top, bottom: r.bottom, h: innerHeight };
      });
      assert.equal(veld.tag, 'INPUT', `the first Tab lands in the answer, not on ${veld.tag}`);
      assert.ok(veld.top >= 0 && veld.bottom <= veld.h + 1, `the answer field is in view (${veld.top}-${veld.bottom} of ${veld.h})`);
      if (i === 0) {
        await page.keyboard.type('68');
        await page.keyboard.press('Enter');
      } else {
        await tabTo(page, 'Weet ik niet');
        await page.keyboard.press('Enter');
      }
    }
    assert.equal(await heading(w), 'Kloppen uw antwoorden?');
    await tabTo(page, 'Bekijk mijn lijst');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]') && document.querySelector('.pw-lijst'));
    assert.equal(await heading(w), 'Uw lijst met regelingen');
  }, { viewport: { width: 640, height: 400 } }));

test('P9: resume on the start screen with both choices; the stored step comes back with "Verder gaan"', () =>
  withPage(async (page) => {
    await openWithProgress(page, shared.server.url, { gemeente: 'groningen', leeftijd: 30, partner: false }, 'Start');
    await assert.doesNotReject(page.getByRole('heading', { name: 'Welkom terug' }).waitFor());
    assert.equal(await page.getByRole('button', { name: 'Verder gaan' }).count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Opnieuw beginnen (wis alles)' }).count(), 1);
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    assert.equal(await currentQuestion(page), 'kinderen');
  }));
