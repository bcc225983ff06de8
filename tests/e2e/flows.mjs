// Driving the wizard the way a person does (by role and label), and reading the list back, so the tests can
// compare what the browser shows with `regels evaluate` for the same answers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { ROOT, DIST } from './browser.mjs';

/** The date the tests compute with, in the browser (data-datum) and on the command line (--datum). */
export const DATUM = '2025-09-01';

/**
 * Opens the app. `attrs` are extra data-* attributes for the host element (data-datum is always set), given
 * by rewriting index.html on its way to the browser: the test-only date never ships in dist/.
 */
export async function openApp(page, baseUrl, { attrs = {}, hash = '', datum = DATUM } = {}) {
  const all = { 'data-datum': datum, ...attrs };
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      let body = await response.text();
      const extra = Object.entries(all)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('');
      body = body.replace('<div data-potjeswijzer', `<div data-potjeswijzer${extra}`);
      await route.fulfill({ response, body });
    },
  );
  await page.goto(`${baseUrl}/${hash}`);
  await waitForApp(page);
}

/** Waits until the wasm app has taken over the static start screen (its buttons are enabled). */
export async function waitForApp(page) {
  await page.waitForFunction(
    () => {
      const host = document.querySelector('[data-potjeswijzer]');
      if (!host) return false;
      if (host.querySelector('.pw-fout, .pw-gedeeld, .pw-vraag, .pw-controle, .pw-lijst')) return true;
      const knop = host.querySelector('.pw-start button');
      return knop && !knop.disabled;
    },
    null,
    { timeout: 20000 },
  );
}

export async function heading(page) {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/** The id of the question on screen (the form carries it), or null when no question is shown. */
export async function currentQuestion(page) {
  const form = page.locator('form[data-vraag]');
  // The municipality question's place says so while the list of municipalities (fetched only for that question)
  // is still on its way; the question follows.
  if (await page.getByRole('status').filter({ hasText: 'We halen de lijst van gemeenten op.' }).count()) await form.waitFor();
  return (await form.count()) ? form.getAttribute('data-vraag') : null;
}

/** The label text of the radio or checkbox whose value is `waarde`, to click it by role and name. */
async function optionLabel(page, waarde) {
  const id = await page.locator(`input[value="${waarde}"]`).first().getAttribute('id');
  return (await page.locator(`label[for="${id}"]`).innerText()).trim();
}

const UNKNOWN_BUTTONS = ['Weet ik niet', 'Zeg ik liever niet'];

/** The Dutch text itself: the default for `tr`, which gives a label in the language on screen (see talen.mjs). */
const nl = (tekst, waarden = {}) => Object.entries(waarden).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), tekst);

/**
 * Answers the question on screen from `answers` (ids as in answers files; 'weet_ik_niet' for unknown).
 * `typed` may give the exact text to type for money or number questions (e.g. '€ 1.300,00').
 * A question without an answer in `answers` is answered with its "weet ik niet" button.
 * Returns the answer as it goes into the answers file for the command line.
 */
export async function answerCurrent(page, answers, typed = {}, tr = nl) {
  const id = await currentQuestion(page);
  assert.ok(id, `expected a question, got "${await heading(page)}"`);
  const value = Object.hasOwn(answers, id) ? answers[id] : 'weet_ik_niet';
  if (value === 'weet_ik_niet') {
    for (const name of tr === nl ? UNKNOWN_BUTTONS : [tr('Weet ik niet')]) {
      const button = page.getByRole('button', { name, exact: true });
      if (await button.count()) {
        await button.click();
        return { id, value };
      }
    }
    assert.fail(`question ${id} offers no "weet ik niet" and the household has no answer for it`);
  }
  const form = page.locator('form[data-vraag]');
  if (typeof value === 'boolean') {
    await page.getByRole('radio', { name: tr(value ? 'Ja' : 'Nee'), exact: true }).check();
  } else if (Array.isArray(value) && (await form.locator('input[type=checkbox]').count())) {
    for (const waarde of value) {
      await page.getByRole('checkbox', { name: await optionLabel(page, waarde), exact: true }).check();
    }
  } else if (Array.isArray(value)) {
    // children's ages
    if (value.length === 0) {
      await page.getByRole('button', { name: tr('Er wonen geen kinderen bij mij') }).click();
      return { id, value };
    }
    for (let i = 0; i < value.length; i++) {
      const name = tr('Leeftijd van kind {nummer}', { nummer: i + 1 });
      if (i > 0 && (await page.getByRole('textbox', { name }).count()) === 0) {
        await page.getByRole('button', { name: tr('Kind toevoegen') }).click();
      }
      await page.getByRole('textbox', { name }).fill(String(value[i]));
    }
  } else if (typeof value === 'string' && (await form.locator('input[type=radio]').count())) {
    await page.getByRole('radio', { name: await optionLabel(page, value), exact: true }).check();
  } else {
    const label = await heading(page);
    await page.getByRole('textbox', { name: label }).fill(typed[id] ?? String(value));
  }
  await page.getByRole('button', { name: tr('Volgende'), exact: true }).click();
  if (id === 'inkomen') {
    // An income above the bijstand on bijstand alone (review P2), or above € 10.000 (P17), is checked once: the
    // household's figure stands.
    await page.waitForFunction(
      () => document.querySelector('#pw-inkomen-controle') || document.querySelector('form[data-vraag]')?.dataset.vraag !== 'inkomen',
      null, { timeout: 5000 },
    ).catch(() => {});
    if (await page.locator('#pw-inkomen-controle').count()) {
      // The second answer keeps the amount: "Nee, het bedrag klopt" (toeslagen) or "Ja, het bedrag klopt" (very high).
      const controle = page.locator('#pw-inkomen-controle');
      const houden = (tekst) => controle.getByRole('button', { name: tr(tekst), exact: true });
      await houden('Nee, het bedrag klopt').or(houden('Ja, het bedrag klopt')).click();
    }
  }
  return { id, value };
}

/** Answers questions until the check-your-answers page; returns every answer given, in order. */
export async function answerAll(page, answers, typed = {}, tr = nl) {
  const given = [];
  for (let i = 0; i < 40; i++) {
    await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'), null, { timeout: 5000 }).catch(() => {});
    if ((await heading(page)) === tr('Kloppen uw antwoorden?')) return given;
    given.push(await answerCurrent(page, answers, typed, tr));
  }
  assert.fail('the questions did not end');
}

/** An answers file (TOML) for the command line. */
export function toToml(given) {
  const value = (v) => {
    if (Array.isArray(v)) return `[${v.map(value).join(', ')}]`;
    if (typeof v === 'string') return JSON.stringify(v);
    // the threshold question's answer: { hoogstens = "15540" } or { meer_dan = "15540" }
    if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k} = ${value(x)}`).join(', ')} }`;
    return String(v);
  };
  return given.map(({ id, value: v }) => `${id} = ${value(v)}`).join('\n') + '\n';
}

/** Runs `regels evaluate` on the same regulations file the browser got. */
export function evaluateCli(given, datum = DATUM) {
  const bin = process.env.PW_REGELS_BIN || path.join(ROOT, 'target', 'release', 'regels');
  assert.ok(existsSync(bin), `${bin} is missing: run scripts/e2e.sh (it builds the command line)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-answers-'));
  try {
    const file = path.join(dir, 'antwoorden.toml');
    writeFileSync(file, toToml(given));
    const out = execFileSync(
      bin,
      ['evaluate', '--regels', path.join(DIST, 'regulations.toml'), '--antwoorden', file, '--datum', datum],
      { encoding: 'utf8' },
    );
    return JSON.parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The list as the page shows it: per status, each regulation's id, name, amount and reasons. */
export async function readList(page) {
  return page.evaluate(() => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    const cards = (listId) =>
      [...document.querySelectorAll(`ul[aria-labelledby="${listId}"] > li[data-regeling]`)].map((li) => ({
        id: li.dataset.regeling,
        naam: text(li.querySelector('h3')),
        bedrag: text(li.querySelector('.pw-geeft')),
        // The reason's own text; the legal ground after it (.pw-artikel, for professionals) apart.
        redenen: [...li.querySelectorAll('.pw-redenen li')].map((r) => {
          const kopie = r.cloneNode(true);
          kopie.querySelectorAll('.pw-artikel').forEach((a) => a.remove());
          return text(kopie);
        }),
        artikelen: [...li.querySelectorAll('.pw-redenen li')].map((r) => text(r.querySelector('.pw-artikel'))),
      }));
    const nee = [...document.querySelectorAll('.pw-niet-passend li[data-regeling]')].map((li) => ({
      id: li.dataset.regeling,
      naam: text(li.querySelector('strong')),
      // The reason only: the near miss after it (.pw-bijna) apart.
      reden: (() => {
        const kopie = li.cloneNode(true);
        kopie.querySelectorAll('.pw-bijna').forEach((b) => b.remove());
        return text(kopie).slice(text(li.querySelector('strong')).length).trim();
      })(),
      bijna: [...li.querySelectorAll('.pw-bijna')].map(text),
    }));
    // Children's regulations folded into one line for a household without children under 18 (review P8).
    const gevouwen = [...document.querySelectorAll('.pw-niet-passend li[data-gevouwen]')]
      .flatMap((li) => li.dataset.gevouwen.split(' '));
    return { ja: cards('pw-ja-kop'), misschien: cards('pw-misschien-kop'), nee, gevouwen };
  });
}

/**
 * The legal ground (`artikel`) that regulation `regeling` in the regulations file gives the condition whose
 * `tekst` or `tekst_nee` is exactly `reden`. A condition is an inline table on one line or a
 * `[[regeling.voorwaarden...]]` table up to the next header. `undefined` when no condition without placeholders
 * has that text or they disagree; `null` when it has no `artikel`.
 */
/** The built regulations as one text: the national file and every municipality's own file (dist/gemeenten/). */
export function alleRegels() {
  const gemeenten = path.join(DIST, 'gemeenten');
  const eigen = readdirSync(gemeenten)
    .filter((f) => f.endsWith('.toml'))
    .sort()
    .map((f) => readFileSync(path.join(gemeenten, f), 'utf8'));
  return [readFileSync(path.join(DIST, 'regulations.toml'), 'utf8'), ...eigen].join('\n');
}

export function artikelVoor(regeling, reden) {
  // The regulation's lines: from its `[[regeling]]` header to the next header outside `regeling.`.
  const eigen = [];
  let binnen = false;
  let gevonden = false;
  for (const l of alleRegels().split('\n')) {
    if (/^\[\[regeling\]\]/.test(l)) binnen = !gevonden;
    else if (/^\[/.test(l) && !/^\[\[?regeling\./.test(l)) binnen = false;
    if (!binnen) continue;
    if (eigen.length && /^\[\[regeling\]\]/.test(l)) break;
    eigen.push(l);
    if (/^id = /.test(l)) {
      if (l.trim() === `id = ${JSON.stringify(regeling)}`) gevonden = true;
      else { eigen.length = 0; binnen = false; }
    }
  }
  const units = [];
  for (const section of eigen.join('\n').split(/\n(?=\[)/)) {
    const lines = section.split('\n');
    const inline = (l) => /^\s*\{/.test(l) || /=\s*\[\s*\{/.test(l);
    units.push(...lines.filter(inline), lines.filter((l) => !inline(l)).join('\n'));
  }
  const quoted = JSON.stringify(reden).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heeft = new RegExp(`(^|[\\s{,])(tekst|tekst_nee) = ${quoted}`, 'm');
  const found = new Set(
    units
      .filter((u) => heeft.test(u))
      .map((u) => u.match(/(?:^|[\s{,])artikel = ("(?:[^"\\]|\\.)*")/m)?.[1] ?? null)
      .map((a) => (a === null ? null : JSON.parse(a))),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Every reason on the cards whose condition names a legal ground shows it after the text, in brackets; a
 * reason whose condition names none shows none. Returns how many legal grounds were checked.
 */
export function assertArtikelen(shown) {
  let checked = 0;
  for (const card of [...shown.ja, ...shown.misschien]) {
    card.redenen.forEach((reden, i) => {
      const artikel = artikelVoor(card.id, reden);
      if (artikel === undefined) return;
      assert.equal(card.artikelen[i], artikel && `(${artikel})`, `${card.id}: the legal ground after "${reden}"`);
      if (artikel) checked += 1;
    });
  }
  return checked;
}

/** Asserts that the list on the page equals the command line's outcome. */
export function assertSameList(shown, cli) {
  // The cards follow the plan: what comes first, what has a deadline, then the rest.
  const order = cli.plan.map((p) => p.id);
  for (const status of ['ja', 'misschien']) {
    const expected = cli.regelingen
      .filter((r) => r.status === status)
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
      .map((r) => ({ id: r.id, naam: r.naam, bedrag: r.bedrag, redenen: r.redenen }));
    const zonderArtikelen = shown[status].map(({ artikelen, ...r }) => r);
    assert.deepEqual(zonderArtikelen, expected, `the "${status}" group differs from regels evaluate`);
  }
  const gevouwen = shown.gevouwen ?? [];
  for (const id of gevouwen) {
    assert.equal(cli.regelingen.find((r) => r.id === id)?.status, 'nee', `folded "${id}" is not nee in regels evaluate`);
  }
  const nee = cli.regelingen
    .filter((r) => r.status === 'nee' && !gevouwen.includes(r.id))
    .map((r) => ({
      id: r.id,
      naam: r.naam,
      reden: r.redenen[0] ?? 'Dit past nu waarschijnlijk niet bij uw situatie.',
      bijna: r.bijna.map((b) => b.tekst),
    }));
  assert.deepEqual(shown.nee, nee, 'the "past niet" group differs from regels evaluate');
}

/** "1 juli 2025" for "2025-07-01". */
export function nlDate(iso) {
  const maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${maanden[m - 1]} ${y}`;
}

export const STORAGE_KEY = 'potjeswijzer:voortgang:v1';

/** Stored answers in the app's format: { gemeente: {Keuze: 'groningen'}, ... } from answers-file values. */
export function storedAnswers(answers, kinds) {
  const out = {};
  for (const [id, v] of Object.entries(answers)) {
    if (v === 'weet_ik_niet') out[id] = 'WeetIkNiet';
    else out[id] = { [kinds[id]]: v };
  }
  return out;
}

/** The kind of each core question in regulations.toml, for storedAnswers. */
export const KINDS = {
  gemeente: 'Keuze', leeftijd: 'Getal', partner: 'JaNee', leeftijd_partner: 'Getal', kinderen: 'Leeftijden',
  inkomstenbron: 'Meerkeuze', student: 'JaNee', inkomen: 'Bedrag', vermogen: 'Bedrag', jaren_laag_inkomen: 'Getal',
  huur: 'Bedrag', kinderopvang: 'JaNee', chronisch_ziek: 'JaNee', schulden: 'JaNee', tekort_eten: 'JaNee',
};

/**
 * Opens the app with progress already on the device (as if the resident had answered before), at `stap`:
 * 'Start', 'Controle', 'Lijst' or { Vraag: { id, wijzigen: false } }. The resident's own progress opens on the
 * start screen with "Verder gaan" / "Opnieuw beginnen": this presses "Verder gaan" to reach `stap`.
 */
export async function openWithProgress(page, baseUrl, answers, stap, { modus = 'Zelf', attrs } = {}) {
  const value = JSON.stringify({ versie: 1, modus, stap, antwoorden: storedAnswers(answers, KINDS) });
  await page.addInitScript(
    ([key, v, m]) => {
      if (!sessionStorage.getItem('pw-test-seeded')) {
        sessionStorage.setItem('pw-test-seeded', '1');
        (m === 'Samen' ? sessionStorage : localStorage).setItem(key, v);
      }
    },
    [STORAGE_KEY, value, modus],
  );
  await openApp(page, baseUrl, { attrs });
  if (modus === 'Zelf' && stap !== 'Start') {
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    await page.waitForFunction(() => !document.querySelector('.pw-start'), null, { timeout: 5000 });
  }
}
