import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';
import { openEstimateLink, total } from './helpers.ts';

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile((await download.path())!, 'utf8');
}

/** A CSV row split into cells (quoted cells may hold commas). */
function cells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1);
}

const example = (id: string) => WORKED_EXAMPLES.find((e) => e.id === id)!.scenario;

/** Two shared Tencent items whose calls and egress the account bills together, and a JD Cloud one. */
const ESTIMATE = {
  version: 1,
  kind: 'estimate',
  customer: 'ACME Ltd',
  items: [
    { label: 'Production', group: 'Live', scenario: { ...example('tencent-shared-tiers'), discountPercent: '12.5' } },
    { label: 'Staging', group: 'Test', scenario: { ...example('tencent-shared-tiers'), discountPercent: '12.5', callsPerMonth: '2000000' } },
    { label: '=cmd', scenario: example('jdcloud-units') },
  ],
};

test('the CSV download is the whole estimate on screen: every item, the pooled lines, subtotals and totals', async ({ page }) => {
  await openEstimateLink(page, ESTIMATE);
  const csv = await downloaded(page, 'Download CSV');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).split('\r\n').map(cells);
  expect(rows[0]![0]).toBe('Item');
  // The item in focus: each line as the screen shows it (its share of the pooled items).
  for (const id of ['calls', 'traffic']) {
    const screen = page.locator(`tr[data-line="${id}"]`);
    const name = (await screen.locator('th').textContent())!;
    const row = rows.find((r) => r[0] === 'Production' && r[2] === name)!;
    expect(row[7]).toBe(await screen.locator('.formula').textContent());
    expect(row[8]).toBe(await screen.locator('[data-amount]').getAttribute('data-amount'));
  }
  // Every item's lines, the formula-looking label defused.
  expect(rows.some((r) => r[0] === 'Staging' && r[1] === 'Test')).toBe(true);
  expect(rows.some((r) => r[0] === "'=cmd")).toBe(true);
  // The pooled lines of the Tencent account, naming both items.
  expect(rows.some((r) => r[0] === 'Tencent Cloud' && r[1]!.startsWith('Calls (calls:tencent.shared)') && r[5] === 'Production · Staging')).toBe(true);
  // Group subtotals and the term's totals, the screen's figures.
  expect(rows.some((r) => r[0] === 'Live' && r.length === 4)).toBe(true);
  expect(rows.find((r) => r[0]?.startsWith('Month 1 ('))![1]).toBe(await total(page).getAttribute('data-value'));
  expect(rows.find((r) => r[0] === 'First 12 months')![1]).toBe(await page.getByTestId('total-12m').getAttribute('data-value'));
  expect(rows.find((r) => r[0] === '36 months')![1]).toBe(await page.getByTestId('total-36m').getAttribute('data-value'));
  expect(rows.find((r) => r[0] === 'Customer')![1]).toBe('ACME Ltd');
  expect(rows.find((r) => r[0] === 'Prices')![1]).toBe(
    'Prices: the vendors’ published list prices, less negotiated discounts (Production 12.5%, Staging 12.5%).',
  );
  expect(rows.find((r) => r[0] === 'Estimate link')![1]).toMatch(/[?&](e|estimate)=/);
});

test('the Chinese page exports Chinese labels', async ({ page }) => {
  await openEstimateLink(page, ESTIMATE, 'zh');
  const csv = await downloaded(page, '下载 CSV');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('估算项,分组,计费项');
  expect(csv).toContain('按厂商账号合并计费');
  expect(csv).toContain('调用次数费用');
});

test('JSON download and the chat summary carry the same estimate', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEstimateLink(page, ESTIMATE);
  const json = JSON.parse(await downloaded(page, 'Download JSON'));
  expect(json.document).toEqual(ESTIMATE);
  expect(json.output.kind).toBe('estimate');
  expect(json.output.monthly).toBe(await total(page).getAttribute('data-value'));
  expect(json.output.items).toHaveLength(3);
  expect(json.output.pooled.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByTestId('export')).toContainText('Summary copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('· Staging (Test): ¥');
  expect(text).toContain('Month 1: ¥');
  expect(text).toContain('less negotiated discounts');
  expect(text).toMatch(/[?&](e|estimate)=/);
});
