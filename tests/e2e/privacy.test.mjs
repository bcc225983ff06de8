// Privacy: the page only fetches its own static files; no answer ever appears in a URL, a request body, a
// cookie or the page title; the hand-over link carries regulation ids only. (The Content-Security-Policy and
// texts rendered as text are in security.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { launch, serve, DIST } from './browser.mjs';
import { openApp, answerAll, answerCurrent, heading, readList } from './flows.mjs';
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

const ANSWERS = {
  gemeente: 'groningen', leeftijd: 47, partner: true, leeftijd_partner: 45, kinderen: [9, 15],
  inkomstenbron: ['werk'], student: false, inkomen: '2187.45', vermogen: '3456', huur: '712.34',
};
// Strings that would betray the answers if they showed up anywhere.
const SECRETS = ['2187', '2.187', '3456', '3.456', '712', 'inkomen', 'vermogen', 'leeftijd', 'partner'];

test('a whole flow and the hand-over: only own static files, nothing about the answers leaves the page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r));
  const titles = new Set();
  const urls = new Set();
  const watch = async () => {
    titles.add(await page.title());
    urls.add(page.url());
  };
  try {
    await openApp(page, server.url);
    await watch();
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    for (let i = 0; i < 30 && (await heading(page)) !== 'Kloppen uw antwoorden?'; i++) {
      await watch();
      await answerCurrent(page, ANSWERS);
      await page.waitForFunction(() => document.activeElement?.matches('[data-pw-kop]'));
    }
    await watch();
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    await watch();
    await page.getByRole('checkbox', { name: 'Mijn antwoorden ook afdrukken' }).check();
    await page.evaluate(() => { window.print = () => {}; });
    await page.getByRole('button', { name: 'Lijst afdrukken' }).click();
    await page.getByText(/^Past nu waarschijnlijk niet/).click();
    await watch();

    const origin = new URL(server.url).origin;
    const files = new Set(readdirSync(DIST, { recursive: true }));
    assert.ok(requests.length >= 5, 'the page loaded its files');
    for (const r of requests) {
      const url = new URL(r.url());
      if (url.protocol === 'data:') continue;
      assert.equal(url.origin, origin, `request to another origin: ${r.url()}`);
      assert.equal(r.method(), 'GET', `${r.method()} ${r.url()}`);
      assert.equal(r.postData(), null, `a request body was sent to ${r.url()}`);
      assert.equal(url.search, '', `a query string: ${r.url()}`);
      const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
      assert.ok(files.has(file), `not a static file of dist/: ${url.pathname}`);
      // Not the origin: a free port such as 37129 may hold "712" by chance.
      const rest = url.pathname + url.search + url.hash;
      for (const secret of SECRETS) assert.ok(!rest.includes(secret), `an answer in ${r.url()}`);
    }
    for (const t of titles) {
      assert.match(t, /^(Vraag \d+|Fout: Vraag \d+|Welke regelingen passen bij u\?|Kloppen uw antwoorden\?|Uw lijst met regelingen) - Potjeswijzer$/);
    }
    for (const u of urls) assert.equal(u, `${server.url}/`, `the address changed: ${u}`);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), '');

    // The hand-over link and QR code carry a neutral code per listed regulation and nothing else: no name such
    // as "schuldhulpmaatje" or "voedselbank", and the page says honestly what the link shows.
    const shown = await readList(page);
    const ids = [...shown.ja, ...shown.misschien].map((r) => r.id);
    // Yourself on a phone: no QR code to scan with this same phone, but a link to keep or share.
    assert.ok(!(await page.getByRole('img', { name: /QR-code/ }).isVisible()), 'no QR code on the own phone');
    await assert.doesNotReject(page.getByRole('heading', { name: 'Bewaar of deel deze lijst' }).waitFor());
    const link = await page.getByRole('link', { name: 'Link naar deze lijst' }).getAttribute('href');
    const hash = new URL(link).hash;
    // The municipality goes with it when its own regulations are listed, so the phone fetches only that file.
    assert.match(hash, /^#lijst=[a-z0-9]{1,6}(,[a-z0-9]{1,6})*&gemeente=groningen$/);
    const lijst = hash.slice('#lijst='.length).split('&')[0];
    const codes = lijst.split(',');
    assert.equal(codes.length, ids.length);
    for (const id of ids) {
      for (const woord of id.split('_').filter((w) => w.length >= 4)) assert.ok(!lijst.includes(woord), `"${woord}" in the link ${hash}`);
    }
    await assert.doesNotReject(
      page.getByText('Wie de link ziet, ziet welke regelingen bij u passen. Uw antwoorden staan er niet in.').first().waitFor(),
    );
    const qr = await page.locator('img.pw-qr').getAttribute('src');
    assert.match(qr, /^data:image\/svg\+xml/);
    const linkRest = new URL(link).pathname + new URL(link).search + new URL(link).hash;
    for (const secret of SECRETS) assert.ok(!linkRest.includes(secret), `an answer in the link ${link}`);

    // On the resident's own phone: a read-only list of the same regulations, no answers.
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const own = await phone.newPage();
    const phoneRequests = [];
    own.on('request', (r) => phoneRequests.push(new URL(r.url()).pathname));
    await openApp(own, server.url, { hash: hash.replace('&', ',bestaat_niet&') });
    assert.equal(await heading(own), 'Uw lijst met regelingen');
    const names = await own.locator('li[data-regeling] h3').allInnerTexts();
    assert.deepEqual(names, [...shown.ja, ...shown.misschien].map((r) => r.naam));
    assert.deepEqual(phoneRequests.filter((p) => p.startsWith('/gemeenten/')), ['/gemeenten/groningen.toml']);
    const text = await own.locator('.potjeswijzer').innerText();
    assert.doesNotMatch(text, /2\.187|3\.456|712/);
    assert.equal(await own.getByRole('button', { name: /^Wijzigen/ }).count(), 0);
    assert.equal(await own.evaluate((k) => localStorage.getItem(k), 'potjeswijzer:voortgang:v1'), null);
    await own.getByRole('button', { name: 'Zelf de vragen beantwoorden' }).click();
    assert.equal(await heading(own), vraagTekst('gemeente'));
    await phone.close();
  } finally {
    await context.close();
  }
});

test('the printed list: next steps and contacts; answers only when ticked', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await openApp(page, server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerAll(page, ANSWERS);
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector) => page.locator(selector).first().isVisible();
    assert.ok(await visible('.pw-regeling'), 'the list prints');
    assert.ok(await visible('.pw-hulp'), 'the contacts print');
    assert.ok(!(await visible('.pw-overdracht')), 'the hand-over controls do not print');
    assert.ok(!(await visible('.pw-print-antwoorden')), 'answers do not print unless ticked');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('checkbox', { name: 'Mijn antwoorden ook afdrukken' }).check();
    assert.ok(!(await visible('.pw-print-antwoorden')), 'answers are not shown twice on screen');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await visible('.pw-print-antwoorden'), 'ticked: the answers print too');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 1000);
  } finally {
    await context.close();
  }
});
