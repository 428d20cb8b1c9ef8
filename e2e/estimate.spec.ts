/**
 * The estimate builder: items added, duplicated, renamed, grouped, moved and removed; the estimate's
 * totals (month, 12 and 36 months, upfront) as RULES.md computes them; pooled usage shown as each
 * item's share; the vendor accounts' settings; the first screen at a projector's 1280×720; the totals
 * in view on a phone while typing.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadCatalogs } from '../src/cli/catalogs.ts';
import { quoteEstimate } from '../src/engine/estimates/pricing.ts';
import { dec } from '../src/engine/money.ts';
import { encodePlainEstimateParam } from '../src/engine/share-link.ts';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';
import { total } from './helpers.ts';

/** JD Cloud, 800,000 calls a month in cn-north-1, no traffic: free alone (1,000,000 free calls a month). */
const JD = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: '800000' };
const TENCENT = WORKED_EXAMPLES[0]!.scenario; // 5,000,000 calls in Guangzhou: 45.26 a month

function estimateOf(scenarios: unknown[], extra: Record<string, unknown> = {}) {
  return { version: 1, kind: 'estimate', items: scenarios.map((scenario, i) => ({ label: `Item ${i + 1}`, scenario })), ...extra };
}

async function openEstimate(page: Page, estimate: unknown, lang: 'en' | 'zh' = 'en') {
  await page.goto(`./?lang=${lang}&estimate=${encodePlainEstimateParam(estimate)}`);
  await expect(total(page)).toBeVisible();
}

const items = (page: Page) => page.getByTestId('estimate-item');
const item = (page: Page, i: number) => items(page).nth(i);

async function expectItems(page: Page, expected: [label: string, monthly: string][]) {
  await expect(items(page)).toHaveCount(expected.length);
  for (const [i, [label, monthly]] of expected.entries()) {
    await expect(item(page, i)).toHaveAttribute('data-label', label);
    await expect(item(page, i)).toHaveAttribute('data-value', monthly);
  }
}

test('the builder: add, rename, duplicate, group with subtotals, reorder by keyboard, remove', async ({ page }) => {
  await openEstimate(page, estimateOf([JD]));
  await expectItems(page, [['Item 1', '0.00']]);
  await expect(item(page, 0).locator('[data-action="remove"]')).toBeDisabled();

  // The current configuration as a second item: the account's 1,000,000 free calls are taken once.
  await page.getByTestId('add-item').click();
  await expectItems(page, [
    ['Item 1', '0.00'],
    ['Item 2', '2.40'],
  ]);
  await expect(item(page, 1).locator('[data-action="select"]')).toHaveAttribute('aria-current', 'true');
  await expect(total(page)).toHaveAttribute('data-value', '2.40');

  // The item in focus is renamed, then duplicated: the copy comes right after it, in focus.
  await page.locator('input[name="itemLabel"]').fill('Staging');
  await expect(item(page, 1)).toHaveAttribute('data-label', 'Staging');
  await expect(page.locator('#form-heading')).toHaveText('Staging · configuration');
  await page.getByRole('button', { name: 'Duplicate Staging' }).click();
  await expectItems(page, [
    ['Item 1', '0.00'],
    ['Staging', '2.40'],
    ['Staging (copy)', '3.20'],
  ]);
  // Three JD items of 800,000 calls: 2,400,000 − 1,000,000 free = 140 units × 0.04 (RULES.md).
  await expect(total(page)).toHaveAttribute('data-value', '5.60');
  await expect(page.getByTestId('total-12m')).toHaveAttribute('data-value', '67.20');

  // Groups: the copy (in focus) and Staging in "Test", Item 1 in "Prod".
  await page.locator('input[name="itemGroup"]').fill('Test');
  await item(page, 1).locator('[data-action="select"]').click();
  await page.locator('input[name="itemGroup"]').fill('Test');
  await item(page, 0).locator('[data-action="select"]').click();
  await page.locator('input[name="itemGroup"]').fill('Prod');
  const testGroup = page.locator('[data-testid="group-subtotal"][data-group="Test"]');
  await expect(testGroup).toHaveAttribute('data-value', '5.60');
  await expect(testGroup).toHaveAttribute('data-value-12m', '67.20');
  await expect(testGroup).toHaveAttribute('data-value-36m', '201.60');
  await expect(page.locator('[data-testid="group-subtotal"][data-group="Prod"]')).toHaveAttribute('data-value', '0.00');
  await expect(page.getByTestId('ungrouped-subtotal')).toHaveCount(0);

  // Moved up from the keyboard: the keyboard focus follows the item; its share follows its new place.
  await item(page, 2).locator('[data-action="up"]').focus();
  await page.keyboard.press('Enter');
  await expectItems(page, [
    ['Item 1', '0.00'],
    ['Staging (copy)', '2.40'],
    ['Staging', '3.20'],
  ]);
  await expect(item(page, 1).locator('[data-action="up"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectItems(page, [
    ['Staging (copy)', '0.00'],
    ['Item 1', '2.40'],
    ['Staging', '3.20'],
  ]);
  // At the top, "up" is disabled: the focus moves to "down", still on the same item.
  await expect(item(page, 0).locator('[data-action="down"]')).toBeFocused();
  await expect(page.getByText('Staging (copy) moved to position 1 of 3.')).toBeAttached();
  await expect(total(page)).toHaveAttribute('data-value', '5.60');

  await page.getByRole('button', { name: 'Remove Staging (copy)' }).click();
  // Item 1 takes the free calls again now that it comes first.
  await expectItems(page, [
    ['Item 1', '0.00'],
    ['Staging', '2.40'],
  ]);
  await expect(total(page)).toHaveAttribute('data-value', '2.40');
  await expect(item(page, 0).locator('[data-action="select"]')).toBeFocused();
});

test('totals: three JD items pool their calls; a yearly Alibaba term is paid upfront in months 1, 13 and 25', async ({ page }) => {
  await openEstimate(page, estimateOf([JD, JD, JD]));
  await expect(total(page)).toHaveAttribute('data-value', '5.60');
  await expect(total(page)).toHaveText('¥5.60');
  await expect(page.getByTestId('total-12m')).toHaveAttribute('data-value', '67.20');
  await expect(page.getByTestId('total-36m')).toHaveAttribute('data-value', '201.60');
  await expect(page.getByTestId('upfront')).toHaveCount(0);

  const yearly = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'yearly', client: 'private' };
  await openEstimate(page, estimateOf([yearly]));
  await expect(total(page)).toHaveAttribute('data-value', '3680.00');
  await expect(total(page)).toHaveText('¥3,680.00');
  await expect(page.getByTestId('upfront')).toHaveAttribute('data-value', '44160.00');
  await expect(page.getByTestId('upfront')).toHaveText('¥44,160.00');
  await expect(page.getByTestId('total-12m')).toHaveAttribute('data-value', '44160.00');
  await expect(page.getByTestId('total-36m')).toHaveAttribute('data-value', '132480.00');
  await expect(page.getByTestId('total-36m')).toHaveText('¥132,480.00');
});

test('a pooled line names the items it covers and shows this item’s share', async ({ page }) => {
  await openEstimate(page, { ...estimateOf([JD, JD, JD]), items: ['Production', 'Staging', 'Test'].map((label) => ({ label, scenario: JD })) });
  const calls = page.locator('tr[data-line="calls"]');
  // Production comes first: the account's free calls are its, so its share is 0.00 of the 5.60.
  await expect(calls.locator('[data-amount]')).toHaveAttribute('data-amount', '0.00');
  const note = page.locator('[data-testid="pooled-note"][data-pool="calls:jdcloud.shared"]');
  await expect(note).toHaveText(
    'Billed together with Staging and Test on the one JD Cloud account (one free quota, tiers on the total): ¥0.00 is this item’s share of ¥5.60.',
  );
  await item(page, 2).locator('[data-action="select"]').click();
  await expect(page.getByTestId('item-total')).toHaveAttribute('data-value', '3.20');
  await expect(note).toContainText('with Production and Staging');
  await expect(note).toContainText('¥3.20 is this item’s share of ¥5.60');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(note).toHaveText('与“Production”、“Staging”在同一个京东云账号下合并计费（免费额度只扣一次，阶梯按合计用量计算）：此项目分摊 ¥5.60 中的 ¥3.20。');
});

test("the vendor accounts' settings change the totals: Tencent's first-year months, a negotiated discount", async ({ page }) => {
  await openEstimate(page, estimateOf([TENCENT]));
  await expect(total(page)).toHaveAttribute('data-value', '45.26');
  await expect(page.getByTestId('total-12m')).toHaveAttribute('data-value', '543.12');
  const months = page.locator('input[name="accounts.tencent.firstYearMonths"]');
  await expect(months).toHaveAttribute('placeholder', '0');
  // The whole first year: 38.46 a month (Tencent's first-year example), 12 such months.
  await months.fill('12');
  await expect(total(page)).toHaveAttribute('data-value', '38.46');
  await expect(page.getByTestId('total-12m')).toHaveAttribute('data-value', '461.52');
  // Three months left: 3 × 38.46 + 9 × 45.26.
  await months.fill('3');
  await expect(total(page)).toHaveAttribute('data-value', '38.46');
  await expect(page.getByTestId('total-12m')).toHaveAttribute('data-value', '522.72');
  await expect(page.getByTestId('total-36m')).toHaveAttribute('data-value', '1608.96');
  await months.fill('13');
  await expect(months).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field', { has: months })).toContainText('Enter whole months from 0 to 12.');
  await expect(page.getByTestId('stale')).toBeVisible();
  await expect(page.getByTestId('total-12m')).toHaveAttribute('data-value', '522.72');
  await months.fill('');
  await expect(total(page)).toHaveAttribute('data-value', '45.26');

  // The account's discount: list → discount → net on the first screen.
  await page.getByRole('button', { name: 'Add a negotiated discount' }).click();
  await expect(page.locator('input[name="accounts.tencent.discountPercent"]')).toBeFocused();
  await page.keyboard.type('10');
  await expect(total(page)).toHaveAttribute('data-value', '40.73');
  await expect(page.getByTestId('list-total')).toHaveAttribute('data-value', '45.26');
  await expect(page.getByTestId('discount-total')).toHaveAttribute('data-value', '4.53');
  await expect(page.getByTestId('net-total')).toHaveAttribute('data-value', '40.73');
  await expect(page.getByTestId('list-to-net')).toContainText('Discount 10%');
  // The item's own discount field shows the account's.
  await expect(page.locator('input[name="discountPercent"]')).toHaveAttribute('placeholder', 'account: 10%');
});

test('with growth, the 12- and 36-month totals follow typing: each month grown, as the command line prices it', async ({ page }) => {
  const alibaba = WORKED_EXAMPLES.find((e) => e.id === 'alibaba-serverless-tiers')!.scenario;
  const start = estimateOf([TENCENT, alibaba, JD], { growthPercent: '4', accounts: { tencent: { firstYearMonths: 3 } } });
  await openEstimate(page, start);
  const calls = page.locator('input[name="callsPerMonth"]');
  await calls.fill('');
  await calls.pressSequentially('23456789');
  const typed = estimateOf([{ ...TENCENT, callsPerMonth: '23456789' }, alibaba, JD], { growthPercent: '4', accounts: { tencent: { firstYearMonths: 3 } } });
  const r = quoteEstimate(typed, loadCatalogs());
  if (!r.ok) throw new Error(r.message);
  await expect(total(page)).toHaveAttribute('data-value', r.output.monthly);
  await expect(page.getByTestId('total-12m')).toHaveAttribute('data-value', r.output.first12);
  await expect(page.getByTestId('total-36m')).toHaveAttribute('data-value', r.output.first36);
  // Growth makes the term more than 36 × month 1 here.
  expect(dec(r.output.first36).gt(dec(r.output.monthly).times(36))).toBe(true);
  await expect(page.locator('.totals__figure--pending')).toHaveCount(0);
});

test("an estimate's own errors name the items, and the last valid figures stay", async ({ page }) => {
  await openEstimate(page, {
    ...estimateOf([]),
    items: [
      { label: 'Production', scenario: TENCENT },
      { label: 'Staging', scenario: TENCENT },
    ],
  });
  await expect(total(page)).toHaveAttribute('data-value', '90.52');
  // Staging alone gets a discount: the account's pooled calls cannot have two prices.
  await item(page, 1).locator('[data-action="select"]').click();
  await page.locator('input[name="discountPercent"]').fill('10');
  const errors = page.getByTestId('estimate-errors');
  await expect(errors).toContainText('Staging and Production are on one Tencent Cloud account, which bills their combined usage at one price');
  await expect(errors.locator('li')).toHaveCount(1);
  await expect(page.getByTestId('stale')).toHaveText('Showing the last valid figures: see what to correct under “Items of the estimate”.');
  await expect(total(page)).toHaveAttribute('data-value', '90.52');
  await page.locator('input[name="discountPercent"]').fill('');
  await expect(errors).toHaveCount(0);

  // A name is required; the problem names the item by its place.
  await page.locator('input[name="itemLabel"]').fill('');
  await expect(errors).toHaveText('Item 2 needs a name.');
  await expect(page.locator('input[name="itemLabel"]')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('input[name="itemLabel"]').fill('Staging');
  await expect(errors).toHaveCount(0);
  await expect(page.getByTestId('stale')).toHaveCount(0);
});

test('the first screen at 1280×720: totals, list → net and the cheapest honest alternative, without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEstimate(page, estimateOf([TENCENT]));
  for (const id of ['total', 'total-12m', 'list-to-net', 'alternative']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.y + box.height, id).toBeLessThanOrEqual(720);
    await expect(page.getByTestId(id)).toBeInViewport();
  }
  // The recommendation of the comparison (never an indicative option), its saving and what it rests on.
  const alternative = page.getByTestId('alternative');
  await expect(alternative).toHaveAttribute('data-kind', 'cheaper');
  await expect(alternative).toHaveAttribute('data-offering', 'jdcloud.shared');
  await expect(alternative).toHaveAttribute('data-saving', '14.00');
  await expect(alternative).toContainText('Save ¥14.00 a month (31%)');
  await expect(alternative).toContainText('Rests on: capacity not published · capacity not checked (no peak QPS given)');
  await page.getByTestId('use-alternative').click();
  await expect(total(page)).toHaveAttribute('data-value', '31.26');
  await expect(page.locator('input[name="offering"][value="jdcloud.shared"]')).toBeChecked();
  await expect(alternative).toHaveAttribute('data-kind', 'best');

  // Formulas and sources one click away; the choice is remembered.
  const formula = page.locator('tr[data-line="calls"] .formula');
  await expect(formula).toBeHidden();
  await page.getByTestId('show-calculations').click();
  await expect(page.getByTestId('show-calculations')).toHaveAttribute('aria-pressed', 'true');
  await expect(formula).toBeVisible();
  await page.reload();
  await expect(page.locator('tr[data-line="calls"] .formula')).toBeVisible();
  await page.getByTestId('show-calculations').click();
  await page.reload();
  await expect(page.locator('tr[data-line="calls"] .formula')).toBeHidden();
});

test('the first screen in Chinese reads as Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openEstimate(page, estimateOf([TENCENT], { accounts: { tencent: { discountPercent: '10' } } }), 'zh');
  await expect(page.getByTestId('list-to-net')).toContainText('刊例价');
  await expect(page.getByTestId('list-to-net')).toContainText('折后价');
  await expect(page.getByTestId('list-to-net')).toContainText('折扣在首 12 个月共节省');
  await expect(page.getByTestId('alternative')).toContainText('每月节省');
  await expect(page.locator('.estimate-head__meta')).toContainText('价格更新于');
  await expect(page.locator('body')).not.toContainText('目录价');
});

test('on a phone the total stays in view while typing', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openEstimate(page, estimateOf([TENCENT]));
  const calls = page.locator('input[name="callsPerMonth"]');
  await calls.scrollIntoViewIfNeeded();
  await calls.fill('150M');
  await expect(total(page)).toHaveAttribute('data-value', '1027.76');
  await expect(calls).toBeInViewport();
  await expect(total(page)).toBeInViewport();
  const bar = (await page.getByTestId('totals').boundingBox())!;
  const field = (await calls.boundingBox())!;
  expect(bar.y).toBeGreaterThanOrEqual(0);
  // The bar does not cover the field being typed in.
  expect(bar.y + bar.height).toBeLessThanOrEqual(field.y);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
});
