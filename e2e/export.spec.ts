import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';
import { openScenario, total } from './helpers.ts';

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile((await download.path())!, 'utf8');
}

/** A CSV row split into cells (quoted cells may hold commas). */
function cells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1);
}

test('the CSV download is what the screen shows, line by line', async ({ page }) => {
  await openScenario(page, { ...WORKED_EXAMPLES[1]!.scenario, discountPercent: '12.5' });
  const csv = await downloaded(page, 'Download CSV');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).split('\r\n').map(cells);
  for (const id of ['calls', 'traffic']) {
    const screen = page.locator(`tr[data-line="${id}"]`);
    const name = (await screen.locator('th').textContent())!;
    const row = rows.find((r) => r[0] === name)!;
    expect(row[5]).toBe(await screen.locator('.formula').textContent());
    expect(row[6]).toBe(await screen.locator('[data-amount]').getAttribute('data-amount'));
  }
  const totalRow = rows.find((r) => r[0] === 'Total for the month')!;
  expect(totalRow[6]).toBe(await total(page).getAttribute('data-value'));
  expect(rows.some((r) => r[0] === 'discountPercent' && r[1] === '12.5')).toBe(true);
  expect(rows.some((r) => r[0] === 'Scenario link' && r[1]!.includes('scenario='))).toBe(true);
});

test('the Chinese page exports Chinese labels', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES.find((e) => e.id === 'jdcloud-units')!.scenario, 'zh');
  const csv = await downloaded(page, '下载 CSV');
  expect(csv).toContain('本月合计,,,,,,15.11');
  expect(csv).toContain('调用次数费用');
});

test('JSON download and the chat summary carry the same estimate', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openScenario(page, WORKED_EXAMPLES[4]!.scenario);
  const json = JSON.parse(await downloaded(page, 'Download JSON'));
  expect(json.estimate.total).toBe('3680.00');
  expect(json.scenario).toEqual(WORKED_EXAMPLES[4]!.scenario);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByTestId('export')).toContainText('Summary copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Total for the month: ¥3,680.00');
  expect(text).toContain('scenario=');
});
