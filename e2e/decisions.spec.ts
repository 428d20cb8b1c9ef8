import { expect, test } from '@playwright/test';
import { openScenario, total } from './helpers.ts';

test.describe('break-even', () => {
  test('Tencent basic: monthly is cheaper above 619.5 h, exactly', async ({ page }) => {
    await openScenario(page, { version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', hours: '500' });
    await expect(page.getByTestId('break-even-hours')).toHaveText('619.5');
    await expect(page.getByTestId('decisions')).toContainText('85% of a 730-hour month');
  });

  test('Alibaba api.s2.large in cn-hangzhou steps at whole hours: above 619 h, not 620', async ({ page }) => {
    await openScenario(page, { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large' });
    await expect(page.getByTestId('break-even-hours')).toHaveText('619.0');
    await expect(page.getByTestId('decisions')).toContainText('every started hour');
  });

  test('follows the form: another edition moves the crossover', async ({ page }) => {
    await openScenario(page, { version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic' });
    await expect(page.getByTestId('break-even-hours')).toHaveText('619.5'); // 3,680 ÷ 5.94 = 619.53… h
    await page.locator('select[name="edition"]').selectOption('enterprise');
    // 28,580 ÷ 46.12 = 619.69… h
    await expect(page.getByTestId('break-even-hours')).toHaveText('619.7');
    await page.locator('select[name="edition"]').selectOption('diamond');
    // 142,980 ÷ 230.75 = 619.63… h
    await expect(page.getByTestId('break-even-hours')).toHaveText('619.6');
  });
});

test.describe('comparison across vendors', () => {
  const beijing = { version: 1, offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: '5000000', responseKB: '3', requestKB: '1', client: 'internet', backend: 'private', peakQps: '1000' };

  test('ranks the workload in the same city, the cheapest first, exactly', async ({ page }) => {
    await openScenario(page, beijing);
    const first = page.locator('[data-testid="compare-table"] tr[data-rank="1"]');
    // JD Cloud: 400 units × 0.04 = 16.00 + 14.305 GB × 0.80 = 11.44.
    await expect(first).toHaveAttribute('data-offering', 'jdcloud.shared');
    await expect(first).toHaveAttribute('data-total', '27.44');
    await expect(first).toContainText('¥27.44');
    // Options without a published price come last, as "price on request", once every row is shown.
    await expect(page.locator('[data-testid="compare-table"] tr[data-complete="false"]')).toHaveCount(0);
    await page.getByRole('button', { name: /Show all \d+ options/ }).click();
    const unpriced = page.locator('[data-testid="compare-table"] tr[data-complete="false"]');
    await expect(unpriced.first()).toContainText('price on request');
    const rows = page.locator('[data-testid="compare-table"] tbody tr');
    await expect(rows.last()).toHaveAttribute('data-complete', 'false');
  });

  test('one click loads a row into the calculator', async ({ page }) => {
    await openScenario(page, beijing);
    const row = page.locator('[data-testid="compare-table"] tr[data-offering="alibaba.dedicated"]').first();
    const rowTotal = await row.getAttribute('data-total');
    // api.s1.small for a month, 3,680.00, plus 14.305 GB of client egress × 0.80 = 11.44.
    expect(rowTotal).toBe('3691.44');
    await row.getByRole('button').click();
    await expect(page.locator('input[name="offering"][value="alibaba.dedicated"]')).toBeChecked();
    await expect(page.locator('select[name="region"]')).toHaveValue('cn-beijing');
    await expect(total(page)).toHaveAttribute('data-value', rowTotal!);
  });

  test('recommends the cheapest option meeting the minimum SLA', async ({ page }) => {
    await openScenario(page, beijing);
    await expect(page.getByTestId('recommendation')).toContainText('JD Cloud');
    await page.locator('select[name="minSla"]').selectOption('99.9');
    await expect(page.getByTestId('recommendation')).toContainText('Tencent Cloud pay per call, at ¥41.44');
  });

  test('shows where a dedicated instance beats paying per call', async ({ page }) => {
    await openScenario(page, { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: '5000000', client: 'private', backend: 'none', peakQps: '2000' });
    await expect(page.getByTestId('volume-crossovers').locator('li[data-calls="1186665000"]').first()).toBeVisible();
  });
});

test('the spike plan prices Alibaba\'s own spike example', async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'yearly', client: 'private' });
  await page.locator('input[name="spikeQps"]').fill('4000');
  await expect(page.locator('[data-testid="spike-table"] tr[data-plan="spike"] [data-amount]')).toHaveAttribute('data-amount', '4114.70');
  await expect(page.locator('[data-testid="spike-table"] tr[data-plan="upgrade"] [data-amount]')).toHaveAttribute('data-amount', '9980.00');
  await expect(page.getByTestId('spike-verdict')).toContainText('¥5,865.30');
});

test('the Chinese page names the charts\' series and the spike plan in Chinese', async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'yearly', client: 'private' }, 'zh');
  await page.locator('input[name="spikeQps"]').fill('4000');
  await expect(page.locator('[data-testid="spike-table"] tr[data-plan="upgrade"]')).toContainText('本月改为 api.s1.medium 包月');
  await expect(page.locator('.chart-legend').first()).toContainText('按量计费');
  // No English label is left for screen readers on the Chinese page (recharts' default legend had one).
  await expect(page.locator('[aria-label*="legend"]')).toHaveCount(0);
});

test('the comparison says which offerings cannot carry the peak', async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: '5000000', peakQps: '60000001' });
  const note = page.getByTestId('not-compared');
  await expect(note.locator('[data-offering="alibaba.dedicated"]')).toHaveText('Alibaba Cloud dedicated: would need 1,001 instances of api.s2.large.x6, more than the 1,000 a scenario may have');
  await expect(note.locator('[data-offering="tencent.shared"]')).toHaveText('Tencent Cloud pay per call: one service carries at most 5,000 QPS');
  await expect(page.locator('[data-testid="compare-table"] tr[data-offering="huawei.dedicated"]').first()).toBeVisible();
});
