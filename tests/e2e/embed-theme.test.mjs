// Theming: the shipped municipal themes (themes.css) restyle the wizard through NL Design System tokens, a host's
// own token value on the wrapper wins, and every shipped theme keeps WCAG AA contrast: axe on each example page,
// and a contrast measurement of text, buttons and borders against what is behind them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, serve } from './browser.mjs';
import { waitForApp, storedAnswers, KINDS, STORAGE_KEY } from './flows.mjs';
import { EXAMPLES, HOUSEHOLD, inWizard, openExample, themeTokens, resolveTokenInPage, contrastInPage } from './embed-support.mjs';
import { vraagTekst } from './vragen.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

async function withPage(fn, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  try {
    await fn(page, context);
  } finally {
    await context.close();
  }
}

/** Progress on the device before the page opens, so a test starts at a given screen (as flows.mjs does). */
async function seed(page, answers, stap) {
  const value = JSON.stringify({ versie: 1, modus: 'Zelf', stap, antwoorden: storedAnswers(answers, KINDS) });
  await page.addInitScript(([key, v]) => {
    if (!sessionStorage.getItem('pw-test-seeded')) {
      sessionStorage.setItem('pw-test-seeded', '1');
      localStorage.setItem(key, v);
    }
  }, [STORAGE_KEY, value]);
}

/** The screens every theme is checked on: start, a question with an error, the list with everything open. */
const SCREENS = {
  start: async () => {},
  'a question with an error': async (page) => {
    const w = inWizard(page);
    await w.getByRole('button', { name: 'Zelf invullen' }).click();
    await w.getByRole('textbox', { name: vraagTekst('leeftijd') }).fill('honderd');
    await w.getByRole('button', { name: 'Volgende' }).click();
    await w.locator('#pw-foutoverzicht').waitFor();
    await w.getByText('Waarom vragen we dit?').click();
  },
  'the list': async (page) => {
    const w = inWizard(page);
    // The resident's own progress: the start screen asks first whether to continue.
    await w.getByRole('button', { name: 'Verder gaan' }).click();
    await w.locator('.pw-lijst').waitFor();
    const folded = w.getByText(/^Past nu waarschijnlijk niet/);
    if (await folded.count()) await folded.click();
  },
};

/** Opens a screen on an example host page (or, with name null, on index.html with ?thema=). */
async function openScreen(page, example, screen, thema) {
  const gemeente = example?.gemeente ?? 'groningen';
  if (screen === 'the list') await seed(page, { gemeente, ...COMPLETE }, 'Lijst');
  if (example) {
    await openExample(page, server.url, example.name);
  } else {
    await page.goto(`${server.url}/index.html?gemeente=${gemeente}${thema ? `&thema=${thema}` : ''}`);
    await waitForApp(page);
  }
  await SCREENS[screen](page);
}

/** HOUSEHOLD with an answer to every question it reaches, so stored progress can open at the list. */
const COMPLETE = { ...HOUSEHOLD, jaren_laag_inkomen: 'weet_ik_niet', chronisch_ziek: 'weet_ik_niet', tekort_eten: 'weet_ik_niet' };

const TEXT = [
  ['body text', '.potjeswijzer p:not(.pw-hint):not(.pw-klein)'],
  ['list item', '.potjeswijzer li'],
  ['heading', '.potjeswijzer h1, .potjeswijzer h2, .potjeswijzer h3'],
  ['primary button', '.potjeswijzer .pw-knop--primair'],
  ['secondary button', '.potjeswijzer .pw-knop--secundair'],
  ['hint', '.potjeswijzer .pw-hint, .potjeswijzer .pw-klein, .potjeswijzer .pw-voortgang, .potjeswijzer .pw-aanbieder'],
  ['link', '.potjeswijzer a, .potjeswijzer .pw-terug, .potjeswijzer summary'],
  ['error', '.potjeswijzer .pw-foutmelding, .potjeswijzer .pw-foutoverzicht a'],
  ['label', '.potjeswijzer label, .potjeswijzer legend'],
  ['status', '.potjeswijzer .pw-status, .potjeswijzer .pw-geeft, .potjeswijzer .pw-besluit'],
  ['notice', '.potjeswijzer .pw-melding, .potjeswijzer .pw-stappen p, .potjeswijzer .pw-hulp p'],
];
const BORDERS = [
  ['secondary button border', '.potjeswijzer .pw-knop--secundair'],
  ['text field border', '.potjeswijzer input[type="text"]'],
  ['card status border', '.potjeswijzer .pw-regeling'],
];

async function measureContrast(page, where) {
  const results = await page.evaluate(contrastInPage, [
    ...TEXT.map(([label, sel]) => [label, sel, 'text']),
    ...BORDERS.map(([label, sel]) => [label, sel, 'border']),
  ]);
  // Hovering the primary button shows its hover colour: that must pass too.
  const primary = page.locator('.potjeswijzer .pw-knop--primair').first();
  if (await primary.count()) {
    await primary.hover();
    results.push(...(await page.evaluate(contrastInPage, [['primary button (hover)', '.potjeswijzer .pw-knop--primair:hover', 'text']])));
    await page.mouse.move(0, 0);
  }
  const measured = results.filter((r) => r.ratio !== null);
  assert.ok(measured.length >= 8, `${where}: enough elements measured (${measured.length})`);
  for (const r of measured) {
    const min = r.kind === 'border' ? 3 : 4.5;
    assert.ok(r.ratio >= min, `${where}: ${r.label} (${r.selector}) has contrast ${r.ratio}, below ${min}`);
  }
  return measured;
}

async function expectNoViolations(page, where) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${where}`);
  assert.ok(result.passes.some((p) => p.id === 'color-contrast'), `axe checked colour contrast on ${where}`);
}

for (const example of EXAMPLES) {
  test(`${example.name}: the theme restyles the wizard (computed styles equal the theme's token values)`, () =>
    withPage(async (page) => {
      await openExample(page, server.url, example.name);
      const tokens = themeTokens(example.theme);
      const token = (name, property) => page.evaluate(resolveTokenInPage, ['.potjeswijzer', name, property]);
      const style = (selector, property) =>
        page.evaluate(([s, p]) => getComputedStyle(document.querySelector(s)).getPropertyValue(p), [selector, property]);
      const asColour = (value) =>
        page.evaluate((v) => {
          const probe = document.createElement('div');
          probe.style.color = v;
          document.body.append(probe);
          const out = getComputedStyle(probe).color;
          probe.remove();
          return out;
        }, value);

      // The tokens the wizard sees are the theme's values (except what the host page sets itself) ...
      const own = example.name === 'leiden' ? ['--utrecht-button-border-radius'] : [];
      const seen = await page.evaluate((names) => {
        const root = getComputedStyle(document.querySelector('.potjeswijzer'));
        return Object.fromEntries(names.map((n) => [n, root.getPropertyValue(n).trim()]));
      }, Object.keys(tokens));
      for (const [name, value] of Object.entries(tokens)) {
        if (!own.includes(name)) assert.equal(seen[name], value, `${name} in the wizard`);
      }
      const primary = tokens['--utrecht-button-primary-action-background-color'];
      assert.equal(await token('--utrecht-button-primary-action-background-color', 'color'), await asColour(primary));
      // ... and the wizard's elements use them.
      assert.equal(await style('.potjeswijzer .pw-knop--primair', 'background-color'), await asColour(primary));
      assert.equal(await style('.potjeswijzer .pw-knop--primair', 'color'), await asColour(tokens['--utrecht-button-primary-action-color']));
      assert.equal(await style('.potjeswijzer .pw-knop--secundair', 'border-top-color'), await asColour(tokens['--utrecht-button-secondary-action-border-color']));
      assert.equal(await style('.potjeswijzer h1', 'color'), await asColour(tokens['--utrecht-heading-color']));
      assert.equal(await style('.potjeswijzer h1', 'font-family'), await token('--utrecht-heading-font-family', 'font-family'));
      assert.equal(await style('.potjeswijzer', 'font-family'), await token('--utrecht-document-font-family', 'font-family'));
      assert.equal(await style('.potjeswijzer .pw-start__keuzes', 'row-gap'), await token('--utrecht-space-block-md', 'row-gap'));
      const radius = await style('.potjeswijzer .pw-knop--primair', 'border-top-left-radius');
      assert.equal(radius, await token('--utrecht-button-border-radius', 'border-top-left-radius'));
      if (example.name === 'leiden') {
        // Leiden's page sets its own token value on the wrapper (gemeente.css): it wins over the theme class.
        assert.equal(radius, '24px');
      } else {
        assert.equal(radius, await page.evaluate(([v]) => {
          const probe = document.createElement('div');
          probe.style.borderTopLeftRadius = v;
          document.body.append(probe);
          const out = getComputedStyle(probe).borderTopLeftRadius;
          probe.remove();
          return out;
        }, [tokens['--utrecht-button-border-radius']]));
      }
      // The default look is not what we see: the theme really changed it.
      assert.notEqual(await style('.potjeswijzer .pw-knop--primair', 'background-color'), 'rgb(28, 79, 140)');

      // A text field and a link on the next screens use the theme's radius and link colour.
      const w = inWizard(page);
      await w.getByRole('button', { name: 'Zelf invullen' }).click();
      await w.getByRole('textbox', { name: vraagTekst('leeftijd') }).waitFor();
      assert.equal(await style('.potjeswijzer input[type="text"]', 'border-top-left-radius'), await token('--utrecht-form-control-border-radius', 'border-top-left-radius'));
      assert.equal(await style('.potjeswijzer .pw-terug', 'color'), await asColour(tokens['--utrecht-link-color']));
    }));

  for (const screen of Object.keys(SCREENS)) {
    test(`${example.name}: axe finds no violations and contrast is AA on ${screen} (phone and laptop)`, async () => {
      for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
        await withPage(async (page) => {
          await openScreen(page, example, screen);
          await expectNoViolations(page, `${example.name}, ${screen}, ${viewport.width}px`);
          if (viewport.width === 1280) await measureContrast(page, `${example.name}, ${screen}`);
        }, { viewport });
      }
    });
  }
}

for (const thema of [null, 'groningen', 'westerkwartier', 'leiden']) {
  test(`contrast is AA in the ${thema ?? 'default'} theme on every screen of the standalone (iframe) page`, async () => {
    for (const screen of Object.keys(SCREENS)) {
      await withPage(async (page) => {
        await openScreen(page, null, screen, thema);
        if (thema) assert.ok(await page.locator(`[data-potjeswijzer].${thema}-theme`).count(), 'the theme class from ?thema=');
        await measureContrast(page, `${thema ?? 'default'} theme, ${screen}`);
        await expectNoViolations(page, `${thema ?? 'default'} theme, ${screen}`);
      });
    }
  });
}

test('axe finds no violations on the iframe example and the overview of examples', async () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    await withPage(async (page) => {
      await page.goto(`${server.url}/voorbeelden/iframe.html`);
      const frame = page.frameLocator('iframe[data-potjeswijzer-iframe]');
      await frame.locator('.pw-start button:not([disabled])').first().waitFor();
      await expectNoViolations(page, `the iframe example at ${viewport.width}px`);
      await page.goto(`${server.url}/voorbeelden/index.html`);
      await expectNoViolations(page, `the overview of examples at ${viewport.width}px`);
    }, { viewport });
  }
});

test('the contrast measurement catches a theme that is too light (so a passing theme means something)', () =>
  withPage(async (page) => {
    await openExample(page, server.url, 'groningen');
    // A host that sets its brand colour as it is, too light for white text on a button.
    await page.evaluate(() => {
      const wrapper = document.querySelector('[data-potjeswijzer]');
      wrapper.style.setProperty('--utrecht-button-primary-action-background-color', '#f07d8f');
      wrapper.style.setProperty('--utrecht-link-color', '#f07d8f');
    });
    const [button] = await page.evaluate(contrastInPage, [['primary button', '.potjeswijzer .pw-knop--primair', 'text']]);
    assert.ok(button.ratio < 3, `measured ${button.ratio}`);
    await assert.rejects(measureContrast(page, 'a too light theme'), /primary button .* below 4\.5/);
  }));
