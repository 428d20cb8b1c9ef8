import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { loadCatalogs } from '../src/cli/catalogs.ts';
import type { EstimateDoc } from '../src/engine/estimates/document.ts';
import { quoteEstimate } from '../src/engine/estimates/pricing.ts';
import { encodeEstimateParam, encodePlainEstimateParam, encodeScenarioParam } from '../src/engine/share-link.ts';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';

const catalogs = loadCatalogs();
const example = (id: string) => WORKED_EXAMPLES.find((e) => e.id === id)!;

/** Three items of three vendors, one of them grouped, with an account setting and growth. */
const THREE: EstimateDoc = {
  version: 1,
  kind: 'estimate',
  name: 'Three vendors',
  items: [
    { label: 'Gateway', group: 'Production', scenario: example('tencent-shared-tiers').scenario },
    { label: 'Private API', group: 'Production', scenario: example('alibaba-monthly-vpc').scenario },
    { label: 'Partner API', scenario: example('jdcloud-units').scenario },
  ],
  accounts: { alibaba: { discountPercent: '10' } },
  growthPercent: '2',
};

/** What the engine says the page must show for an estimate. */
function expected(doc: EstimateDoc) {
  const q = quoteEstimate(doc, catalogs, { explain: false });
  if (!q.ok) throw new Error(q.message);
  return q.output;
}

async function expectShows(page: Page, doc: EstimateDoc) {
  const out = expected(doc);
  await expect(page.getByTestId('total')).toHaveAttribute('data-value', out.monthly);
  await expect(page.getByTestId('total-36m')).toHaveAttribute('data-value', out.first36);
  await expect(page.getByTestId('estimate-item')).toHaveCount(doc.items.length);
  for (const [i, item] of doc.items.entries()) {
    await expect(page.getByTestId('estimate-item').nth(i)).toHaveAttribute('data-label', item.label);
  }
  await expect(page.getByTestId('error')).toHaveCount(0);
}

/** The estimate in the page's address, once it is the compressed link (decoded with zlib, not the page's code). */
function estimateInUrl(page: Page): unknown {
  const param = new URL(page.url()).searchParams.get('e');
  if (!param?.startsWith('1.')) return undefined;
  return JSON.parse(inflateRawSync(Buffer.from(param.slice(2), 'base64url')).toString('utf8'));
}

test('an e= link opens every item of the estimate, and the page keeps it through a reload', async ({ page }) => {
  await page.goto(`./?lang=en&e=${await encodeEstimateParam(THREE)}`);
  await expectShows(page, THREE);
  await page.reload();
  await expectShows(page, THREE);
});

test('the page writes its estimate as an e= link that round-trips: edited, reloaded, opened afresh', async ({ page, context }) => {
  // Opened from an uncompressed link, the page writes the compressed one once it is idle.
  await page.goto(`./?lang=en&estimate=${encodePlainEstimateParam(THREE)}`);
  await expectShows(page, THREE);
  await expect.poll(() => estimateInUrl(page)).toEqual(THREE);
  expect(new URL(page.url()).searchParams.has('estimate')).toBe(false);

  // An edit of the item in focus (the first) reaches the link.
  await page.locator('input[name="callsPerMonth"]').fill('150M');
  const edited: EstimateDoc = {
    ...THREE,
    items: [{ ...THREE.items[0]!, scenario: { ...THREE.items[0]!.scenario, callsPerMonth: '150000000' } }, ...THREE.items.slice(1)],
  };
  await expect(page.getByTestId('total')).toHaveAttribute('data-value', expected(edited).monthly);
  await expect.poll(() => estimateInUrl(page)).toEqual(edited);

  // A reload straight after an edit opens the edit.
  await page.locator('input[name="callsPerMonth"]').fill('7000000');
  const again: EstimateDoc = {
    ...THREE,
    items: [{ ...THREE.items[0]!, scenario: { ...THREE.items[0]!.scenario, callsPerMonth: '7000000' } }, ...THREE.items.slice(1)],
  };
  await expect(page.getByTestId('total')).toHaveAttribute('data-value', expected(again).monthly);
  await page.reload();
  await expectShows(page, again);

  // The link opened in another tab.
  await expect.poll(() => estimateInUrl(page)).toEqual(again);
  const other = await context.newPage();
  await other.goto(page.url());
  await expectShows(other, again);
});

test('the copied link is the whole estimate', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?lang=en&estimate=${encodePlainEstimateParam(THREE)}`);
  await expectShows(page, THREE);
  await page.getByTestId('copy-link').click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('lang')).toBe('en');
  const param = copied.searchParams.get('e')!;
  expect(JSON.parse(inflateRawSync(Buffer.from(param.slice(2), 'base64url')).toString('utf8'))).toEqual(THREE);
});

test('back and forward open the estimate of each history entry', async ({ page }) => {
  const one: EstimateDoc = { version: 1, kind: 'estimate', items: [{ label: 'Only', scenario: example('jdcloud-units').scenario }] };
  await page.goto(`./?lang=en&e=${await encodeEstimateParam(THREE)}`);
  await expectShows(page, THREE);
  // A same-document history entry (as an embedding page or the user's own script might make).
  await page.evaluate(
    async (param) => {
      history.pushState(null, '', `?lang=en&e=${param}`);
    },
    await encodeEstimateParam(one),
  );
  await page.goBack();
  await expectShows(page, THREE);
  await page.goForward();
  await expectShows(page, one);
});

test('an old ?scenario= link opens as a one-item estimate with exactly its old total', async ({ page }) => {
  const old = example('jdcloud-units');
  await page.goto(`./?scenario=${encodeScenarioParam(old.scenario)}`);
  await expect(page.getByTestId('total')).toHaveAttribute('data-value', old.total);
  await expect(page.getByTestId('total')).toHaveText(/15\.11/);
  await expect(page.getByTestId('estimate-item')).toHaveCount(1);
  await expect(page.getByTestId('error')).toHaveCount(0);
  // The page now writes it as an estimate link, which opens the same.
  await expect.poll(() => estimateInUrl(page)).toEqual({ version: 1, kind: 'estimate', items: [{ label: 'Item 1', scenario: old.scenario }] });
  await page.reload();
  await expect(page.getByTestId('total')).toHaveAttribute('data-value', old.total);
});

test.describe('bad links open the defaults with a specific message, and a working page', () => {
  const deflated = (text: string) => deflateRawSync(Buffer.from(text)).toString('base64url');
  const badItem: EstimateDoc = {
    ...THREE,
    items: [...THREE.items.slice(0, 2), { label: 'Partner API', scenario: { ...THREE.items[2]!.scenario, region: 'mars-1' } }],
  };
  const cases: [string, () => Promise<string> | string, RegExp][] = [
    ['an e= link that is not base64url', () => 'e=1.%25%25%25', /not base64url/],
    ['an e= link without its format', () => `e=${deflated('{}')}`, /does not start with its format/],
    ['an e= link of another format', () => `e=9.${deflated('{}')}`, /format 9, which this calculator does not read/],
    ['an e= link that is not compressed', () => `e=1.${Buffer.from(JSON.stringify(THREE)).toString('base64url')}`, /not valid compressed data/],
    ['an e= link cut short', async () => `e=${(await encodeEstimateParam(THREE)).slice(0, 40)}`, /not valid compressed data/],
    ['an e= link that is not JSON', () => `e=1.${deflated('{"version": 1,')}`, /not valid JSON/],
    ['an estimate= link that is not JSON', () => `estimate=${Buffer.from('nope').toString('base64url')}`, /not valid JSON/],
    ['a scenario= link that is not base64url', () => 'scenario=not*base64', /not base64url/],
  ];
  for (const [what, param, message] of cases) {
    test(what, async ({ page }) => {
      await page.goto(`./?lang=en&${await param()}`);
      await expect(page.getByTestId('error')).toContainText('could not be opened');
      await page.getByTestId('error').getByText('Details').click();
      await expect(page.getByTestId('error')).toContainText(message);
      await expect(page.getByTestId('total')).toHaveAttribute('data-value', '45.26');
    });
  }

  test('an estimate with an invalid item names its path, and the link stays until the user edits', async ({ page }) => {
    const link = `./?lang=en&e=${await encodeEstimateParam(badItem)}`;
    await page.goto(link);
    await expect(page.getByTestId('error')).toContainText('items[2].scenario.region');
    await page.getByTestId('error').getByText('Details').click();
    await expect(page.getByTestId('error')).toContainText('items[2].scenario.region: ');
    await expect(page.getByTestId('total')).toHaveAttribute('data-value', '45.26');
    const broken = page.url();
    await page.reload();
    await expect(page.getByTestId('error')).toContainText('items[2].scenario.region');
    expect(page.url()).toBe(broken);
    // The page works: an edit prices, and the address follows it.
    await page.locator('input[name="callsPerMonth"]').fill('7000000');
    await expect(page.getByTestId('total')).toHaveAttribute('data-value', '63.36');
    await expect.poll(() => (estimateInUrl(page) as EstimateDoc | undefined)?.items[0]?.scenario.callsPerMonth).toBe('7000000');
  });

  test('a link too long to be an estimate', async ({ page }) => {
    // No server takes an address this long, so the page is served for it from the short one.
    const index = await (await page.request.get('./')).text();
    await page.route(/[?&]e=/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: index }));
    await page.goto(`./?lang=en&e=1.${'A'.repeat(400_000)}`);
    await page.getByTestId('error').getByText('Details').click();
    await expect(page.getByTestId('error')).toContainText(/estimate is too long \(400002 characters; at most \d+\)/);
    await expect(page.getByTestId('total')).toHaveAttribute('data-value', '45.26');
  });
});
