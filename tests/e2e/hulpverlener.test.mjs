// "Voor hulpverleners": all questions on one page with the outcome beside them. A worker fills it in by label as
// a person would; the statuses and reasons equal `regels evaluate` for the same answers; conditions show held /
// failed / unknown with their legal ground; one change updates the outcome; print; nothing kept after the tab
// closes; axe at 360 and 1280 px; a keyboard-only walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serverAndBrowser } from './browser.mjs';
import { openApp, evaluateCli, artikelVoor, STORAGE_KEY } from './flows.mjs';
import { vraagTekst } from './vragen.mjs';

const shared = await serverAndBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const INGANG = 'Voor hulpverleners: alle vragen op één pagina';
const KOP = 'Alle vragen en de uitslag';

/** A single parent in Groningen (children 6 and 13, bijstand, € 1.500 a month); kinderopvang left open. */
const HUISHOUDEN = {
  gemeente: 'groningen', leeftijd: 38, partner: false, kinderen: [6, 13], student: false,
  inkomstenbron: ['bijstand'], inkomen: '1500', vermogen: '800', jaren_laag_inkomen: 4, huur: '650',
  chronisch_ziek: 'weet_ik_niet', schulden: true, tekort_eten: false,
};

const { withPage } = shared;

async function openOnePage(page) {
  await openApp(page, shared.server.url);
  await page.getByRole('button', { name: INGANG }).click();
  await page.getByRole('heading', { level: 1, name: KOP }).waitFor();
}

/** The question's group (a fieldset, or the field's own group), found by its text. */
function vraag(page, id) {
  return page.getByRole('group', { name: vraagTekst(id), exact: true });
}

/** Answers one question on the one page as a person would; returns the answer for the answers file. */
async function answer(page, id, value) {
  if (id === 'gemeente') {
    await page.getByLabel(vraagTekst(id), { exact: true }).selectOption(value === 'weet_ik_niet' ? { label: 'Weet ik niet' } : value);
    return;
  }
  const groep = vraag(page, id);
  const isText = (await groep.getByRole('textbox').count()) > 0;
  if (value === 'weet_ik_niet') {
    await groep.getByRole(isText ? 'checkbox' : 'radio', { name: 'Weet ik niet', exact: true }).check();
  } else if (typeof value === 'boolean') {
    await groep.getByRole('radio', { name: value ? 'Ja' : 'Nee', exact: true }).check();
  } else if (Array.isArray(value) && !isText) {
    for (const waarde of value) {
      const label = await groep.locator(`input[value="${waarde}"]`).evaluate((i) => i.labels[0].textContent.trim());
      await groep.getByRole('checkbox', { name: label, exact: true }).check();
    }
  } else if (Array.isArray(value)) {
    await groep.getByRole('textbox').fill(value.length ? value.join(', ') : 'geen');
  } else {
    await groep.getByRole('textbox').fill(String(value));
  }
}

async function fillAll(page, answers) {
  for (const [id, value] of Object.entries(answers)) await answer(page, id, value);
  return Object.entries(answers).map(([id, value]) => ({ id, value }));
}

/** The outcome as the page shows it: per regulation its status, name, amount and condition rows. */
function readOutcome(page) {
  return page.evaluate(() => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    return [...document.querySelectorAll('.pw-alles-uitslag li[data-regeling]')].map((li) => ({
      id: li.dataset.regeling,
      status: li.dataset.status,
      naam: text(li.querySelector('h4')),
      bedrag: text(li.querySelector('.pw-geeft')),
      rijen: [...li.querySelectorAll('.pw-voorwaarden > li')].map((r) => ({
        status: r.dataset.voorwaarde,
        label: text(r.querySelector('.pw-voorwaarde-label')),
        tekst: text(r.querySelector('.pw-voorwaarde-tekst')),
        artikel: text(r.querySelector('.pw-artikel')),
      })),
    }));
  });
}

/** Waits until the page shows the command line's regulations (the municipality's own file arrives first). */
async function assertSameAsCli(page, given) {
  const cli = evaluateCli(given);
  const expected = cli.regelingen
    .map((r) => ({ id: r.id, status: r.status, naam: r.naam, bedrag: r.bedrag, redenen: r.redenen }))
    .sort((a, b) => a.id.localeCompare(b.id));
  let shown = [];
  for (let i = 0; i < 50; i++) {
    shown = (await readOutcome(page)).sort((a, b) => a.id.localeCompare(b.id));
    const same = shown.length === expected.length && shown.every((s, j) => s.id === expected[j].id && s.status === expected[j].status);
    if (same) break;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(
    shown.map((s) => ({ id: s.id, status: s.status, naam: s.naam, bedrag: s.bedrag, redenen: s.rijen.map((r) => r.tekst) })),
    expected,
    'the one page shows what regels evaluate says',
  );
  return shown;
}

const LABELS = { ja: 'Klopt:', nee: 'Klopt niet:', misschien: 'Nog onbekend:' };

test('a worker fills the one page and sees the statuses and reasons of regels evaluate; held / failed / unknown with artikel', () =>
  withPage(async (page) => {
    await openOnePage(page);
    const given = await fillAll(page, HUISHOUDEN);
    // The partner's age does not apply without a partner: no field, the reason instead.
    assert.equal(await vraag(page, 'leeftijd_partner').count(), 0);
    assert.ok(await page.getByText('Alleen nodig als dit klopt: U woont samen met een partner.').isVisible());
    const shown = await assertSameAsCli(page, given);

    const labels = new Set();
    let artikelen = 0;
    for (const r of shown) {
      for (const rij of r.rijen) {
        assert.equal(rij.label, LABELS[rij.status], `${r.id}: "${rij.tekst}" says its status in words`);
        labels.add(rij.status);
        const artikel = artikelVoor(r.id, rij.tekst);
        if (artikel === undefined) continue;
        assert.equal(rij.artikel, artikel && `(${artikel})`, `${r.id}: the legal ground after "${rij.tekst}"`);
        if (artikel) artikelen += 1;
      }
      if (r.status === 'nee') assert.ok(r.rijen.some((x) => x.status === 'nee'), `${r.id}: why it does not fit`);
    }
    assert.deepEqual([...labels].sort(), ['ja', 'misschien', 'nee'], 'held, failed and unknown conditions all show');
    assert.ok(artikelen > 0, 'legal grounds show where the file has them');

    // Beside the questions on a wide screen.
    const vragen = await page.locator('.pw-alles-vragen').boundingBox();
    const uitslag = await page.locator('.pw-alles-uitslag').boundingBox();
    assert.ok(uitslag.x > vragen.x + vragen.width - 1, 'the outcome is beside the questions at 1280 px');
  }, { viewport: { width: 1280, height: 900 } }));

test('changing one answer updates the outcome without moving focus; the summary is announced politely after a pause', () =>
  withPage(async (page) => {
    await openOnePage(page);
    const given = await fillAll(page, HUISHOUDEN);
    await assertSameAsCli(page, given);
    const voor = await readOutcome(page);
    const live = page.locator('.pw-alles-uitslag [role="status"]');
    assert.equal(await live.getAttribute('aria-live'), 'polite');

    const veld = vraag(page, 'inkomen').getByRole('textbox');
    await veld.fill('');
    await veld.pressSequentially('2600');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pw-alles-inkomen', 'focus stays while typing');
    assert.equal((await live.textContent()).trim(), '', 'nothing is announced on every keystroke');
    const nu = given.map((g) => (g.id === 'inkomen' ? { id: 'inkomen', value: '2600' } : g));
    const na = await assertSameAsCli(page, nu);
    assert.notDeepEqual(na.map((r) => r.status), voor.map((r) => r.status), 'a higher income changes some statuses');
    // The near misses of regels evaluate, under "Wat zou het veranderen?".
    const cli = evaluateCli(nu);
    const pas = cli.regelingen.find((r) => r.id === 'groningen_stadjerspas');
    assert.ok(pas.bijna.length > 0, 'the Stadjerspas has a near miss at € 2.600');
    await assert.doesNotReject(page.getByText(pas.bijna[0].tekst).first().waitFor());
    await page.waitForFunction(() => document.querySelector('.pw-alles-uitslag [role="status"]')?.textContent.startsWith('Uitslag:'), null, { timeout: 5000 });

    // A slip shows its message once the field is left; the answer no longer counts meanwhile.
    await veld.fill('veel');
    assert.equal(await page.locator('.pw-foutmelding').count(), 0, 'no message while typing');
    await page.keyboard.press('Tab');
    assert.equal(await veld.getAttribute('aria-invalid'), 'true');
    assert.ok(await page.locator('.pw-foutmelding').isVisible());
  }, { viewport: { width: 1280, height: 900 } }));

test('on a phone the outcome is below the questions; the printed summary shows the outcome without the fields', () =>
  withPage(async (page) => {
    await openOnePage(page);
    await fillAll(page, HUISHOUDEN);
    const vragen = await page.locator('.pw-alles-vragen').boundingBox();
    const uitslag = await page.locator('.pw-alles-uitslag').boundingBox();
    assert.ok(uitslag.y >= vragen.y + vragen.height - 1, 'the outcome is below the questions at 360 px');

    await page.evaluate(() => { window.print = () => { window.pwGedrukt = true; }; });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    assert.equal(await page.evaluate(() => window.pwGedrukt), true, 'Afdrukken opens the print dialogue');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.getByText('Gemaakt op 1 september 2025.').isVisible(), 'the paper has a date');
    assert.ok(!(await vraag(page, 'inkomen').isVisible()), 'the fields do not print');
    assert.ok(await page.getByRole('heading', { name: 'Uitslag' }).isVisible());
    const statussen = await page.locator('.pw-alles-uitslag li[data-regeling] h4').evaluateAll((h) => h.filter((x) => x.offsetParent).length);
    assert.ok(statussen > 5, `the regulations print (${statussen})`);
    assert.ok(await page.getByText('Klopt niet:').first().isVisible(), 'with their conditions');
    await page.emulateMedia({ media: 'screen' });
  }));

test('only this tab keeps the answers (sessionStorage); the wipe button clears them; a new session starts empty', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  await openOnePage(page);
  await answer(page, 'gemeente', 'leiden');
  await answer(page, 'leeftijd', 52);
  const opslag = await page.evaluate((k) => ({ sessie: sessionStorage.getItem(k), lokaal: localStorage.getItem(k) }), STORAGE_KEY);
  assert.equal(opslag.lokaal, null, 'nothing in localStorage');
  assert.equal(JSON.parse(opslag.sessie).modus, 'Hulpverlener');
  // A reload in the same tab keeps the page and the answers.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: KOP }).waitFor();
  assert.equal(await vraag(page, 'leeftijd').getByRole('textbox').inputValue(), '52');
  await page.getByRole('button', { name: 'Klaar? Wis alles van dit apparaat' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await page.getByText('Uw antwoorden zijn gewist van dit apparaat.').waitFor();
  assert.equal(await page.evaluate((k) => sessionStorage.getItem(k) ?? localStorage.getItem(k), STORAGE_KEY), null);
  await context.close();

  // A new tab after the old one closed: the start screen, no answers.
  await withPage(async (nieuw) => {
    await openApp(nieuw, shared.server.url);
    assert.ok(await nieuw.getByRole('button', { name: INGANG }).isVisible());
    assert.equal(await nieuw.evaluate((k) => sessionStorage.getItem(k) ?? localStorage.getItem(k), STORAGE_KEY), null);
  });
});

for (const width of [360, 1280]) {
  test(`axe finds nothing on the one page at ${width} px, with a message next to a field`, () =>
    withPage(async (page) => {
      await openOnePage(page);
      await fillAll(page, HUISHOUDEN);
      await vraag(page, 'huur').getByRole('textbox').fill('veel');
      await page.keyboard.press('Tab');
      await page.locator('.pw-foutmelding').waitFor();
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = result.violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
      assert.deepEqual(summary, [], `axe violations at ${width} px`);
    }, { viewport: { width, height: 800 } }));
}

test('keyboard only: the way in, every field in order by Tab, typing keeps focus, the outcome and the wipe button are reached', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === INGANG) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'), null, { timeout: 5000 });
    // "Naar de uitslag" first, then the fields in the order of the page.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Naar de uitslag');
    const volgorde = await page.locator('.pw-alles-vragen [data-vraag]').evaluateAll((els) => els.map((e) => e.dataset.vraag));
    const bezocht = [];
    let getypt = false;
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const nu = await page.evaluate(() => ({
        vraag: document.activeElement?.closest('[data-vraag]')?.dataset.vraag ?? null,
        tekst: document.activeElement?.textContent?.trim(),
        veld: document.activeElement?.matches('input[type=text]') ? document.activeElement.id : null,
      }));
      if (nu.vraag && bezocht.at(-1) !== nu.vraag) bezocht.push(nu.vraag);
      if (nu.veld === 'pw-alles-leeftijd' && !getypt) {
        await page.keyboard.type('67');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'pw-alles-leeftijd', 'focus stays while typing');
        getypt = true;
      }
      if (nu.tekst === 'Afdrukken') break;
    }
    const open = volgorde.filter((id) => bezocht.includes(id));
    assert.deepEqual(bezocht, open, 'fields are reached in the order of the page');
    assert.ok(open.length >= volgorde.length - 1, `every open question is reached by Tab (${bezocht.join(', ')})`);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Afdrukken', 'the outcome is reached');
    assert.ok(getypt, 'a number was typed with the keyboard');
    // The skip link goes straight to the outcome.
    await page.keyboard.press('Shift+Tab');
    await page.getByRole('link', { name: 'Naar de uitslag' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'pw-uitslag-kop', null, { timeout: 5000 });
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Klaar? Wis alles van dit apparaat') return;
    }
    assert.fail('the wipe button is reached after the outcome');
  }, { viewport: { width: 1280, height: 900 } }));

test('a page for WIJ workers (data-modus="hulpverlener") offers only the one page, with the municipality set by the page', () =>
  withPage(async (page) => {
    await openApp(page, shared.server.url, { attrs: { 'data-modus': 'hulpverlener', 'data-gemeente': 'leiden' } });
    assert.equal(await page.getByRole('button', { name: 'Zelf invullen' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Samen met een hulpverlener' }).count(), 0);
    await page.getByRole('button', { name: INGANG }).click();
    await page.getByRole('heading', { level: 1, name: KOP }).waitFor();
    // The municipality is the page's: shown, not asked.
    assert.equal(await page.getByLabel(vraagTekst('gemeente'), { exact: true }).count(), 0);
    assert.ok(await page.locator('[data-vraag="gemeente"]').getByText('Leiden').isVisible());
    await answer(page, 'leeftijd', 40);
    await page.locator('.pw-alles-uitslag li[data-regeling^="leiden"]').first().waitFor();
  }));
