// One national file and one file per municipality: a resident downloads only their own municipality's file, once
// the municipality is known (here: the first answer on the standalone page). When that file cannot be fetched the
// list says so, shows the national regulations, and can try again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './browser.mjs';
import { openApp, answerCurrent, answerAll, readList, evaluateCli, assertSameList } from './flows.mjs';
import { HOUSEHOLD } from './embed-support.mjs';

const shared = await serverAndBrowser();

async function withPage(fn) {
  const context = await shared.browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const municipal = [];
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/gemeenten/')) municipal.push(p);
    });
    await fn(page, municipal);
  } finally {
    await context.close();
  }
}

test('on the standalone page no municipal file is fetched before the answer, then only Leiden\'s', () =>
  withPage(async (page, municipal) => {
    await openApp(page, shared.server.url);
    await page.getByRole('button', { name: 'Zelf invullen' }).click();
    assert.deepEqual(municipal, [], 'nothing municipal before the municipality is known');
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
