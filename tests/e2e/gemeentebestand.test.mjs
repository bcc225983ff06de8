// One national file and one file per municipality: a resident downloads only their own municipality's file, once
// the municipality is known (here: the first answer on the standalone page). When that file cannot be fetched the
// list says so, shows the national regulations, and can try again. The index of municipalities (gemeenten.toml) is
// fetched only where the municipality question is asked: never on a municipality's own page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './browser.mjs';
import { openApp, answerCurrent, answerAll, readList, evaluateCli, assertSameList } from './flows.mjs';
import { HOUSEHOLD, openExample } from './embed-support.mjs';

const shared = await serverAndBrowser();

async function withPage(fn) {
  const context = await shared.browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const municipal = [];
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/gemeenten/') || p === '/gemeenten.toml') municipal.push(p);
    });
    await fn(page, municipal);
  } finally {
    await context.close();
  }
}

test('on the standalone page only the index of municipalities comes before the answer, then only Leiden\'s file', () =>
  withPage(async (page, municipal) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    // the question shows every municipality of the index, which is all that was fetched for it
    await page.locator('input[value="westerkwartier"]').waitFor();
    assert.deepEqual(municipal, ['/gemeenten.toml'], 'only the index of municipalities before the answer');
    municipal.length = 0;
    const first = await answerCurrent(page, { gemeente: 'leiden' });
    assert.equal(first.id, 'gemeente');
    const given = [first, ...(await answerAll(page, HOUSEHOLD))];
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const shown = await readList(page);
    assertSameList(shown, evaluateCli(given));
    assert.ok([...shown.ja, ...shown.misschien].some((r) => r.id.startsWith('leiden_')), "Leiden's own regulations");
    assert.deepEqual([...new Set(municipal)], ['/gemeenten/leiden.toml']);
  }));

test('when the municipality\'s file cannot be fetched, the list says so and "Probeer het opnieuw" brings them', () =>
  withPage(async (page) => {
    let weigeren = true;
    await page.route('**/gemeenten/groningen.toml', (route) =>
      weigeren ? route.fulfill({ status: 503, body: '' }) : route.continue());
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(page, { gemeente: 'groningen' });
    await answerAll(page, HOUSEHOLD);
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    await page.getByRole('alert').filter({ hasText: 'Het lukte niet om de regelingen van uw gemeente op te halen.' }).waitFor();
    let shown = await readList(page);
    const alle = [...shown.ja, ...shown.misschien, ...shown.nee];
    assert.ok(alle.length > 0 && alle.every((r) => !r.id.startsWith('groningen_')), 'only national regulations');

    weigeren = false;
    await page.getByRole('button', { name: 'Probeer het opnieuw' }).click();
    // Groningen's regulations may need a question more; the wizard asks it, then the list is complete.
    await answerAll(page, HOUSEHOLD);
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    shown = await readList(page);
    assert.ok([...shown.ja, ...shown.misschien].some((r) => r.id.startsWith('groningen_')), "Groningen's regulations");
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Het lukte niet' }).count(), 0);
  }));

test('on the Leiden example page neither the index of municipalities nor another municipality\'s file is fetched', () =>
  withPage(async (page, municipal) => {
    await openExample(page, shared.server.url, 'leiden');
    const w = page.locator('.host-wijzer');
    await w.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerAll(w, HOUSEHOLD);
    await w.getByRole('button', { name: 'Bekijk mijn lijst' }).click();
    const shown = await readList(w);
    assert.ok([...shown.ja, ...shown.misschien].some((r) => r.id.startsWith('leiden_')), "Leiden's own regulations");
    assert.deepEqual([...new Set(municipal)], ['/gemeenten/leiden.toml']);
  }));

test('with stored answers only that municipality\'s file comes; the index only once the question is opened again', () =>
  withPage(async (page, municipal) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    await answerCurrent(page, { gemeente: 'westerkwartier' });
    await answerAll(page, HOUSEHOLD);
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).waitFor();
    municipal.length = 0;
    await page.reload();
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    await page.getByRole('button', { name: 'Bekijk mijn lijst' }).waitFor();
    assert.deepEqual([...new Set(municipal)], ['/gemeenten/westerkwartier.toml'], 'no index while the municipality is known');
    await page.getByRole('button', { name: /^Wijzigen.*gemeente/i }).click();
    await page.locator('input[value="leiden"]').waitFor();
    assert.ok(await page.locator('input[value="westerkwartier"]').isChecked(), 'the stored answer is kept');
    assert.deepEqual([...new Set(municipal)], ['/gemeenten/westerkwartier.toml', '/gemeenten.toml']);
  }));
