// Accessibility: axe-core on every kind of screen (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA), focus and announcements,
// a keyboard-only walk through a whole flow, touch targets, reflow at 320 px and text at 200 %.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, serve } from './browser.mjs';
import { openApp, openWithProgress, answerCurrent, heading, currentQuestion } from './flows.mjs';
import { vraagTekst } from './vragen.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const VOLLEDIG = {
  gemeente: 'groningen', leeftijd: 38, partner: false, kinderen: [7, 13], inkomstenbron: ['werk', 'andere_uitkering'],
  student: false, inkomen: '1400', vermogen: '800', jaren_laag_inkomen: 'weet_ik_niet', huur: '600',
  kinderopvang: false, chronisch_ziek: 'weet_ik_niet', schulden: true, tekort_eten: 'weet_ik_niet',
};

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
    await fn(page);
  } finally {
    await context.close();
  }
}

async function expectNoViolations(page, screen) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${screen}`);
  assert.ok(result.passes.length > 0, `axe ran on ${screen}`);
}

/** Every kind of screen, each reached as a resident would or from stored progress. */
const SCREENS = [
  ['the start screen', async (page) => openApp(page, server.url)],
  ['the start screen with progress', async (page) => openWithProgress(page, server.url, { gemeente: 'groningen' }, 'Start')],
  ['a choice question', async (page) => {
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await page.getByText('Waarom vragen we dit?').click();
  }],
  ['a number question', async (page) => openWithProgress(page, server.url, { gemeente: 'groningen' }, { Vraag: { id: 'leeftijd', wijzigen: false } })],
  ['a yes/no question', async (page) => openWithProgress(page, server.url, { gemeente: 'groningen', leeftijd: 30 }, { Vraag: { id: 'partner', wijzigen: false } })],
  ['the children question with two rows and an error', async (page) => {
    await openWithProgress(page, server.url, { gemeente: 'groningen', leeftijd: 30, partner: false }, { Vraag: { id: 'kinderen', wijzigen: false } });
    await page.getByRole('textbox', { name: 'Leeftijd van kind 1' }).fill('5');
    await page.getByRole('button', { name: 'Kind toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Leeftijd van kind 2' }).fill('99');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('#pw-foutoverzicht').waitFor();
  }],
  ['a multiple-choice question with an error', async (page) => {
    await openWithProgress(page, server.url, { gemeente: 'groningen', leeftijd: 30, partner: false, kinderen: [] }, { Vraag: { id: 'inkomstenbron', wijzigen: false } });
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('#pw-foutoverzicht').waitFor();
  }],
  ['a money question with an error', async (page) => {
    await openWithProgress(page, server.url, { gemeente: 'groningen', leeftijd: 30, partner: false, kinderen: [], inkomstenbron: ['werk'], student: false }, { Vraag: { id: 'inkomen', wijzigen: false } });
    await page.getByRole('textbox', { name: vraagTekst('inkomen') }).fill('veel');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('#pw-foutoverzicht').waitFor();
  }],
  ['the check-your-answers page', async (page) => openWithProgress(page, server.url, VOLLEDIG, 'Controle')],
  ['the wipe confirmation', async (page) => {
    await openWithProgress(page, server.url, VOLLEDIG, 'Controle');
    await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
    await page.getByText('Weet u het zeker?').waitFor();
  }],
  ['the list, everything open', async (page) => {
    await openWithProgress(page, server.url, VOLLEDIG, 'Lijst');
    await page.getByText(/^Past nu waarschijnlijk niet/).click();
    await page.getByRole('checkbox', { name: 'Mijn antwoorden ook afdrukken' }).check();
  }],
  ['the kitchen-table list with hand-over', async (page) => openWithProgress(page, server.url, VOLLEDIG, 'Lijst', { modus: 'Samen' })],
  ['a shared list opened from a QR code', async (page) => openApp(page, server.url, { hash: '#lijst=groningen_stadjerspas,zorgtoeslag,onbekend&gemeente=groningen' })],
  ['the failure screen', async (page) => {
    await page.route('**/regulations.toml', (route) => route.fulfill({ status: 404, body: '' }));
    await openApp(page, server.url);
  }],
  ['the notice that nothing can be stored', async (page) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('no', 'SecurityError'); } });
    });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await page.getByText('Dit apparaat kan uw antwoorden nu niet bewaren.', { exact: false }).waitFor();
  }],
];

for (const [screen, open] of SCREENS) {
  test(`axe: no violations on ${screen} (phone and laptop)`, async () => {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      await withPage(async (page) => {
        await open(page);
        await expectNoViolations(page, `${screen} at ${viewport.width}px`);
      }, { viewport });
    }
  });

  test(`reflow: ${screen} fits 320 px without sideways scrolling`, () =>
    withPage(async (page) => {
      await open(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
    }, { viewport: { width: 320, height: 640 } }));
}

test('text at 200 %: nothing is cut off or needs sideways scrolling', () =>
  withPage(async (page) => {
    await openWithProgress(page, server.url, VOLLEDIG, 'Lijst');
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const m = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      h1: parseFloat(getComputedStyle(document.querySelector('h1')).fontSize),
      body: parseFloat(getComputedStyle(document.querySelector('.potjeswijzer')).fontSize),
    }));
    assert.ok(m.overflow <= 0, `scrolls sideways by ${m.overflow}px`);
    assert.ok(m.body >= 32, `text grew with the setting (${m.body}px)`);
  }, { viewport: { width: 1280, height: 800 } }));

test('lang="nl" on the page and on the wizard', () =>
  withPage(async (page) => {
    await openApp(page, server.url);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await page.locator('.potjeswijzer').getAttribute('lang'), 'nl');
  }));

test('each new step moves focus to its heading and is announced', () =>
  withPage(async (page) => {
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await page.waitForFunction(() => document.activeElement?.matches('h1[data-pw-kop]'));
    assert.equal(await page.evaluate(() => document.activeElement.textContent), vraagTekst('gemeente'));
    const status = page.getByRole('status');
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent.includes('Vraag 1'));
    assert.match(await status.innerText(), /^Vraag 1 · nog hooguit \d+ vragen\. In welke gemeente woont u\?$/);
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    await answerCurrent(page, { gemeente: 'groningen' });
    await page.waitForFunction((t) => document.activeElement?.textContent === t, vraagTekst('leeftijd'));
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent.includes('Vraag 2'));
    assert.match(await page.title(), /^Vraag 2 - Potjeswijzer$/);
  }));

test('focus stays on the heading when the list of municipalities arrives after the question is shown', () =>
  withPage(async (page) => {
    // A slow list: its placeholder has taken focus before the question replaces it.
    let laat;
    const later = new Promise((r) => { laat = r; });
    await page.route((url) => url.pathname.endsWith('/gemeenten.toml'), async (route) => {
      await later;
      await route.continue();
    });
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await page.getByRole('status').filter({ hasText: 'We halen de lijst van gemeenten op.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'pw-lijst-laden-kop');
    laat();
    await page.locator('form[data-vraag="gemeente"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('h1[data-pw-kop]'));
    assert.equal(await page.evaluate(() => document.activeElement.textContent), vraagTekst('gemeente'));
  }));

test('touch targets are at least 44 by 44 px', () =>
  withPage(async (page) => {
    const check = async (where) => {
      const small = await page.evaluate(() => {
        const out = [];
        const targets = document.querySelectorAll(
          '.potjeswijzer button, .potjeswijzer summary, .potjeswijzer .pw-keuze, .potjeswijzer .pw-vinkje, .potjeswijzer input[type=text]',
        );
        for (const el of targets) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.height < 44 || r.width < 44) out.push(`${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
        return out;
      });
      assert.deepEqual(small, [], `small targets on ${where}`);
    };
    await openApp(page, server.url);
    await check('the start screen');
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await check('a choice question');
    await page.close();
  }));

test('touch targets on the list, the check page and the children question', async () => {
  for (const [stap, answers] of [
    ['Lijst', VOLLEDIG],
    ['Controle', VOLLEDIG],
    [{ Vraag: { id: 'kinderen', wijzigen: false } }, { gemeente: 'groningen', leeftijd: 30, partner: false, kinderen: [3, 9] }],
    [{ Vraag: { id: 'inkomstenbron', wijzigen: false } }, { gemeente: 'groningen', leeftijd: 30, partner: false, kinderen: [] }],
  ]) {
    await withPage(async (page) => {
      await openWithProgress(page, server.url, answers, stap);
      const small = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('.potjeswijzer button, .potjeswijzer summary, .potjeswijzer .pw-keuze, .potjeswijzer .pw-vinkje')) {
          const r = el.getBoundingClientRect();
          if (r.height < 44 || r.width < 44) out.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
        return out;
      });
      assert.deepEqual(small, [], `small targets on ${JSON.stringify(stap)}`);
    });
  }
});

/** Presses Tab until `predicate(document.activeElement)` holds (at most 200 times). */
async function tabTo(page, description, predicate, arg) {
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate(predicate, arg)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${description} with Tab`);
}

const isButton = (name) => [
  `the button "${name}"`,
  (n) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === n,
  name,
];

test('keyboard only: a whole flow from start to list, and the folded-away part', () =>
  withPage(async (page) => {
    await openApp(page, server.url);
    await page.locator('body').focus();
    await tabTo(page, ...isButton('Zelf invullen'));
    await page.keyboard.press('Enter');
    const answers = {
      gemeente: 'westerkwartier', leeftijd: '33', partner: false, kinderen: ['10'], inkomstenbron: ['werk'],
      student: false, inkomen: '1.950,25', vermogen: '400',
    };
    for (let steps = 0; steps < 30; steps++) {
      await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'));
      if ((await heading(page)) === 'Kloppen uw antwoorden?') break;
      const id = await currentQuestion(page);
      const value = answers[id];
      if (value === undefined) {
        const label = (await page.getByRole('button', { name: 'Weet ik niet', exact: true }).count()) ? 'Weet ik niet' : 'Zeg ik liever niet';
        await tabTo(page, ...isButton(label));
        await page.keyboard.press('Enter');
        continue;
      }
      if (typeof value === 'boolean' || (typeof value === 'string' && (await page.locator('form input[type=radio]').count()))) {
        const wanted = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : value;
        const values = await page.locator('form input[type=radio]').evaluateAll((els) => els.map((e) => e.value));
        await tabTo(page, 'the first choice', () => document.activeElement?.type === 'radio');
        const index = values.indexOf(wanted);
        assert.ok(index >= 0, `${wanted} is a choice of ${id}`);
        if (index === 0) await page.keyboard.press('Space');
        for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
        assert.equal(await page.evaluate(() => document.activeElement.value), wanted);
        assert.ok(await page.evaluate(() => document.activeElement.checked));
      } else if (Array.isArray(value) && id === 'kinderen') {
        await tabTo(page, 'the age of child 1', () => document.activeElement?.id?.startsWith('pw-kind-'));
        await page.keyboard.type(value[0]);
      } else if (Array.isArray(value)) {
        for (const v of value) {
          await tabTo(page, `the checkbox ${v}`, (w) => document.activeElement?.type === 'checkbox' && document.activeElement.value === w, v);
          await page.keyboard.press('Space');
        }
      } else {
        await tabTo(page, 'the text field', () => document.activeElement?.matches('input[type=text]'));
        await page.keyboard.type(value);
      }
      await tabTo(page, ...isButton('Volgende'));
      await page.keyboard.press('Enter');
    }
    assert.equal(await heading(page), 'Kloppen uw antwoorden?');
    await tabTo(page, ...isButton('Bekijk mijn lijst'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Uw lijst met regelingen');
    await tabTo(page, 'the "past niet" summary', () => document.activeElement?.tagName === 'SUMMARY' && document.activeElement.textContent.startsWith('Past nu'));
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('.pw-niet-passend').evaluate((d) => d.open));
    // Focus is always visible.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    // Back to the answers by keyboard, change one, and return to the check page.
    await tabTo(page, ...isButton('Terug naar uw antwoorden'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Kloppen uw antwoorden?');
    await tabTo(page, 'Wijzigen for the age', (label) => document.activeElement?.getAttribute('aria-label') === label, `Wijzigen: ${vraagTekst('leeftijd')}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.activeElement?.textContent === t, vraagTekst('leeftijd'));
    await tabTo(page, 'the text field', () => document.activeElement?.matches('input[type=text]'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('34');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Kloppen uw antwoorden?');
    assert.ok((await page.locator('.pw-antwoord').allInnerTexts()).some((r) => /Hoe oud bent u\?\s*34/.test(r)));
  }));
