// The resident's own language (issue 12): the whole walk in English and in Arabic (right to left), switching
// mid-flow without losing answers, the host page's own lang and dir untouched, a stale translation shown as Dutch
// with a note, only the chosen language downloaded and nothing sent anywhere, and "Lees voor" only with a voice on
// the device itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serverAndBrowser } from './browser.mjs';
import { openApp, waitForApp, answerCurrent, answerAll, readList, evaluateCli, heading } from './flows.mjs';
import { vertaler } from './talen.mjs';

const shared = await serverAndBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DAG = '2026-11-30';

/** The single parent of the review: Groningen, children of 6 and 13, bijstand. */
const OUDER = {
  gemeente: 'groningen', leeftijd: 34, partner: false, kinderen: [6, 13], inkomstenbron: ['bijstand'], student: false,
  inkomen: '1300', vermogen: '300', jaren_laag_inkomen: 6, huur: '650', kinderopvang: false, schulden: false,
};

const { withPage } = shared;

/** The wizard's own root: its language and direction. */
const root = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('.potjeswijzer');
    return { lang: el.getAttribute('lang'), dir: el.getAttribute('dir') };
  });

/** The host page's own language and direction. */
const host = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.getAttribute('lang'), dir: document.documentElement.getAttribute('dir') }));

async function kiesTaal(page, naam, tr) {
  await page.getByRole('button', { name: naam, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: tr('Welke regelingen passen bij u?') }).waitFor();
}

async function axe(page, waar) {
  const { violations } = await new AxeBuilder({ page }).include('.potjeswijzer').withTags(TAGS).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], waar);
}

/** Every request went to this site's own files, as GET without a body and without an answer in its address. */
function alleenEigenBestanden(requests, answers) {
  const origin = new URL(shared.server.url).origin;
  assert.ok(requests.length >= 5, 'the page loaded its files');
  for (const r of requests) {
    const url = new URL(r.url());
    assert.equal(url.origin, origin, `request to another origin: ${r.url()}`);
    assert.equal(r.method(), 'GET', r.url());
    assert.equal(r.postData(), null, `a request body was sent to ${r.url()}`);
    // The municipality's own file is fetched by name from this same site, by design (issue 16); no other answer.
    const { gemeente, ...andere } = answers;
    for (const v of Object.values(andere).filter((v) => typeof v === 'string' && v.length > 2)) {
      assert.ok(!r.url().includes(v), `answer ${v} in ${r.url()}`);
    }
  }
}

/** The ids per group, which must be those of `regels evaluate` whatever the language. */
function groepen(shown, cli) {
  const ids = (status) => cli.regelingen.filter((r) => r.status === status).map((r) => r.id).sort();
  assert.deepEqual(shown.ja.map((r) => r.id).sort(), ids('ja'), 'the "ja" group differs from regels evaluate');
  assert.deepEqual(shown.misschien.map((r) => r.id).sort(), ids('misschien'), 'the "misschien" group differs');
}

for (const [naam, code, dir] of [['English', 'en', 'ltr'], ['العربية', 'ar', 'rtl']]) {
  test(`${naam}: the whole walk to the plan, in ${dir}, axe clean at 360 and 1280 px, the list as regels evaluate`, () =>
    withPage(async (page) => {
      const tr = vertaler(code);
      const requests = [];
      page.on('request', (r) => requests.push(r));
      await openApp(page, shared.server.url, { datum: DAG });
      await kiesTaal(page, naam, tr);
      assert.deepEqual(await root(page), { lang: code, dir });
      assert.deepEqual(await host(page), { lang: 'nl', dir: null }, 'the host page keeps its own lang and dir');
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await axe(page, `start screen at ${width} px`);
      }
      await page.setViewportSize({ width: 360, height: 740 });
      await page.getByRole('button', { name: tr('Zelf invullen') }).click();
      const eerste = await answerCurrent(page, OUDER, {}, tr);
      await axe(page, 'a question');
      const given = [eerste, ...(await answerAll(page, OUDER, {}, tr))];
      assert.equal(await heading(page), tr('Kloppen uw antwoorden?'));
      await axe(page, 'the check page');
      await page.getByRole('button', { name: tr('Bekijk mijn lijst') }).click();
      const plan = page.getByRole('region', { name: tr('Uw plan') });
      await plan.waitFor();
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await axe(page, `the list at ${width} px`);
      }
      // The list holds no Dutch of the app itself: its heading and the plan are in this language.
      assert.equal(await heading(page), tr('Uw lijst met regelingen'));
      assert.ok(!(await page.getByText('Meer over deze regeling', { exact: true }).count()), 'a Dutch button on the list');
      groepen(await readList(page), evaluateCli(given, DAG));
      assert.deepEqual(await host(page), { lang: 'nl', dir: null });
      alleenEigenBestanden(requests, OUDER);
    }));
}

test('switching language mid-flow keeps the answers and the question on screen', () =>
  withPage(async (page) => {
    const pl = vertaler('pl');
    await openApp(page, shared.server.url, { datum: DAG });
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(page, OUDER); // gemeente
    await answerCurrent(page, OUDER); // leeftijd
    const vraag = await page.locator('form[data-vraag]').getAttribute('data-vraag');
    await page.getByRole('button', { name: 'Polski', exact: true }).click();
    await page.getByRole('button', { name: pl('Volgende'), exact: true }).waitFor();
    assert.equal(await page.locator('form[data-vraag]').getAttribute('data-vraag'), vraag, 'the same question');
    assert.deepEqual(await root(page), { lang: 'pl', dir: 'ltr' });
    // Back: the earlier answer is still there, in Polish.
    await page.getByRole('button', { name: pl('Vorige vraag') }).click();
    await page.locator('form[data-vraag="leeftijd"]').waitFor();
    assert.equal(await page.getByRole('textbox').inputValue(), String(OUDER.leeftijd));
    await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
    await page.getByRole('button', { name: 'Volgende', exact: true }).waitFor();
    assert.equal(await page.getByRole('textbox').inputValue(), String(OUDER.leeftijd));
    assert.deepEqual(await root(page), { lang: 'nl', dir: 'ltr' });
  }));

test('a translation made from an older Dutch text is not shown: the Dutch text with a note instead', () =>
  withPage(async (page) => {
    const en = vertaler('en');
    // As if the Dutch question changed after it was translated: the translation names another Dutch text.
    await page.route('**/talen/en.toml', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        'plek = "vraag.leeftijd.tekst"\nnl = "Hoe oud bent u?"',
        'plek = "vraag.leeftijd.tekst"\nnl = "Hoe oud ben je?"',
      );
      await route.fulfill({ response, body });
    });
    await openApp(page, shared.server.url, { datum: DAG });
    await kiesTaal(page, 'English', en);
    await page.getByRole('button', { name: en('Zelf invullen') }).click();
    await answerCurrent(page, OUDER, {}, en); // gemeente
    await page.locator('form[data-vraag="leeftijd"]').waitFor();
    assert.equal(await heading(page), 'Hoe oud bent u?');
    await assert.doesNotReject(page.getByText(en('Deze tekst is nog niet vertaald. U leest hier de Nederlandse tekst.')).waitFor());
    // The rest of the screen is English.
    await page.getByRole('button', { name: en('Volgende'), exact: true }).waitFor();
  }));

test('only the chosen language is downloaded, after the choice; nothing leaves the site', () =>
  withPage(async (page) => {
    const tr = vertaler('uk');
    const requests = [];
    page.on('request', (r) => requests.push(r));
    await openApp(page, shared.server.url, { datum: DAG });
    const talen = () => requests.map((r) => new URL(r.url()).pathname).filter((p) => /\/talen\/|\.[a-z]{2}\.toml$/.test(p));
    assert.deepEqual(talen(), [], 'no translation before a choice');
    await kiesTaal(page, 'Українська', tr);
    await page.getByRole('button', { name: tr('Zelf invullen') }).click();
    await answerCurrent(page, OUDER, {}, tr); // gemeente: Groningen's own file, and its translation
    await page.locator('form[data-vraag="leeftijd"]').waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(talen().sort(), ['/gemeenten/groningen.uk.toml', '/talen/uk.toml']);
    alleenEigenBestanden(requests, OUDER);
  }));

test('the choice is kept with the answers, and wiping removes it', () =>
  withPage(async (page) => {
    const tr = vertaler('tr');
    await openApp(page, shared.server.url, { datum: DAG });
    await kiesTaal(page, 'Türkçe', tr);
    await page.getByRole('button', { name: tr('Zelf invullen') }).click();
    await answerCurrent(page, OUDER, {}, tr);
    await page.reload();
    await waitForApp(page);
    assert.deepEqual(await root(page), { lang: 'tr', dir: 'ltr' });
    await page.getByRole('button', { name: tr('Opnieuw beginnen (wis alles)') }).click();
    await page.reload();
    await waitForApp(page);
    assert.deepEqual(await root(page), { lang: 'nl', dir: 'ltr' });
  }));

test('embedded on a municipal page: Arabic sets lang and dir on the wizard only', () =>
  withPage(async (page) => {
    const ar = vertaler('ar');
    await page.goto(`${shared.server.url}/voorbeelden/leiden.html`);
    await waitForApp(page);
    const voor = await host(page);
    await kiesTaal(page, 'العربية', ar);
    assert.deepEqual(await root(page), { lang: 'ar', dir: 'rtl' });
    assert.deepEqual(await host(page), voor);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'ltr', 'the host page stays ltr');
  }));

/** A speech engine with one voice on the device and one in the cloud for English, only a cloud voice for Polish. */
function spraakStub() {
  const stem = (name, lang, localService) =>
    Object.create(SpeechSynthesisVoice.prototype, {
      name: { value: name }, lang: { value: lang }, localService: { value: localService },
      voiceURI: { value: name }, default: { value: false },
    });
  const voices = [stem('Wolk Engels', 'en-US', false), stem('Lokaal Engels', 'en-GB', true), stem('Wolk Pools', 'pl-PL', false)];
  const gesproken = [];
  window.__gesproken = gesproken;
  class Uiting {
    constructor(text) { this.text = text; this.voice = null; this.lang = ''; }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Uiting, configurable: true, writable: true });
  const synth = {
    speaking: false, onvoiceschanged: null,
    getVoices: () => voices,
    speak(u) { gesproken.push({ text: u.text, voice: u.voice ? u.voice.name : null, local: u.voice ? u.voice.localService : null }); },
    cancel() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { get: () => synth, configurable: true });
}

test('"Lees voor" reads what the question screen says, with the voice on the device, never a remote one', () =>
  withPage(async (page, context) => {
    await context.addInitScript(spraakStub);
    const en = vertaler('en');
    await openApp(page, shared.server.url, { datum: DAG });
    assert.equal(await page.getByRole('button', { name: 'Lees voor' }).count(), 0, 'no Dutch voice on this device');
    await kiesTaal(page, 'English', en);
    await page.getByRole('button', { name: en('Zelf invullen') }).click();
    await page.getByRole('button', { name: en('Lees voor') }).click();
    const gesproken = await page.evaluate(() => window.__gesproken);
    assert.equal(gesproken.length, 1);
    assert.equal(gesproken[0].voice, 'Lokaal Engels');
    assert.equal(gesproken[0].local, true);
    const scherm = await page.locator('.pw-vraag').innerText();
    const regels = gesproken[0].text.split('\n');
    assert.equal(regels[0], await heading(page), 'it starts with the question');
    for (const r of regels) assert.ok(scherm.includes(r), `read aloud but not on the screen: ${r}`);
    for (const optie of await page.locator('.pw-vraag label').allInnerTexts()) {
      assert.ok(regels.includes(optie.trim()), `on the screen but not read: ${optie}`);
    }
    // Polish has only a voice in the cloud here: no button.
    await page.getByRole('button', { name: 'Polski', exact: true }).click();
    await page.getByRole('button', { name: vertaler('pl')('Volgende'), exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: vertaler('pl')('Lees voor') }).count(), 0);
  }));

test('"Lees voor" on the plan reads the plan', () =>
  withPage(async (page, context) => {
    await context.addInitScript(spraakStub);
    const en = vertaler('en');
    await openApp(page, shared.server.url, { datum: DAG });
    await kiesTaal(page, 'English', en);
    await page.getByRole('button', { name: en('Zelf invullen') }).click();
    await answerCurrent(page, OUDER, {}, en);
    await answerAll(page, OUDER, {}, en);
    await page.getByRole('button', { name: en('Bekijk mijn lijst') }).click();
    const plan = page.getByRole('region', { name: en('Uw plan') });
    await plan.getByRole('button', { name: en('Lees voor') }).click();
    const [{ text, voice }] = await page.evaluate(() => window.__gesproken);
    assert.equal(voice, 'Lokaal Engels');
    const opScherm = await plan.innerText();
    for (const r of text.split('\n')) assert.ok(opScherm.includes(r), `read aloud but not in the plan: ${r}`);
    assert.ok(text.startsWith(en('Uw plan')));
  }));
