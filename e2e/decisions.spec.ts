import { expect, test, type Page } from '@playwright/test';
import { expectNoBrokenValues, openScenario, total } from './helpers.ts';

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
  const beijing = {
    version: 1,
    offering: 'tencent.shared',
    region: 'ap-beijing',
    callsPerMonth: '5000000',
    responseKB: '3',
    requestKB: '1',
    client: 'internet',
    backend: 'private',
    peakQps: '1000',
  };
  const table = (page: Page) => page.getByTestId('compare-table');

  test('ranks the workload in the same city, the cheapest first, exactly', async ({ page }) => {
    await openScenario(page, beijing);
    const first = table(page).locator('tr[data-rank="1"]');
    // JD Cloud: 400 units × 0.04 = 16.00 + 14.305 GB × 0.80 = 11.44.
    await expect(first).toHaveAttribute('data-offering', 'jdcloud.shared');
    await expect(first).toHaveAttribute('data-total', '27.44');
    await expect(first).toContainText('¥27.44');
    // Options without a published price come last, as "price on request", once every row is shown.
    await expect(table(page).locator('tr[data-complete="false"]')).toHaveCount(0);
    await page.getByRole('button', { name: /Show all \d+ options/ }).click();
    const unpriced = table(page).locator('tr[data-complete="false"]');
    await expect(unpriced.first()).toContainText('price on request');
    await expect(unpriced.first()).toContainText('price missing');
    const rows = table(page).locator('tbody tr[data-rank]');
    await expect(rows.last()).toHaveAttribute('data-complete', 'false');
    // The engine's order: priced rows, then the indicative ones, then those lacking a price.
    const standings = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-standing'))));
    expect(standings).toEqual(standings.toSorted((a, b) => a - b));
    expect(new Set(standings)).toEqual(new Set([0, 1, 2]));
  });

  test('one click loads a row into the calculator', async ({ page }) => {
    await openScenario(page, beijing);
    const row = table(page).locator('tr[data-offering="alibaba.dedicated"]').first();
    const rowTotal = await row.getAttribute('data-total');
    // api.s1.small for a month, 3,680.00, plus 14.305 GB of client egress × 0.80 = 11.44.
    expect(rowTotal).toBe('3691.44');
    await row.getByRole('button').click();
    await expect(page.locator('input[name="offering"][value="alibaba.dedicated"]')).toBeChecked();
    await expect(page.locator('select[name="region"]')).toHaveValue('cn-beijing');
    await expect(total(page)).toHaveAttribute('data-value', rowTotal!);
  });

  for (const [lang, width] of [
    ['en', 1280],
    ['zh', 1280],
    ['en', 390],
    ['zh', 390],
  ] as const) {
    test(`tags each row with what its total rests on (${lang}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await openScenario(page, beijing, lang);
      const words = {
        en: {
          example: 'vendor example price (indicative)',
          excludes: 'excludes costs we cannot price',
          unpublished: 'capacity not published',
          indicative: 'indicative',
          all: /Show all \d+ options/,
        },
        zh: {
          example: '厂商示例价（仅供参考）',
          excludes: '不含无法计价的费用',
          unpublished: '未公布承载能力',
          indicative: '仅供参考',
          all: /显示全部 \d+ 个方案/,
        },
      }[lang];
      // JD Cloud publishes no capacity: its row says so, beside its figure.
      const jd = table(page).locator('tr[data-offering="jdcloud.shared"]');
      await expect(jd.locator('[data-flag="capacity-unpublished"]')).toBeVisible();
      await expect(jd.locator('[data-flag="capacity-unpublished"]')).toHaveText(words.unpublished);
      await expect(jd).toHaveAttribute('data-standing', '0');
      // Huawei's pay-as-you-go professional rests on the example in Huawei's documentation, and its
      // bill has an EIP the calculator cannot price: indicative, ranked after every priced row, muted.
      await page.getByRole('button', { name: words.all }).click();
      const huawei = table(page).locator('tr[data-offering="huawei.dedicated"][data-flags~="example-price"]').first();
      await huawei.scrollIntoViewIfNeeded();
      await expect(huawei.locator('[data-flag="example-price"]')).toBeVisible();
      await expect(huawei.locator('[data-flag="example-price"]')).toHaveText(words.example);
      await expect(huawei.locator('[data-flag="excludes-costs"]')).toHaveText(words.excludes);
      await expect(huawei.locator('td.amount')).toContainText(words.indicative);
      await expect(huawei).toHaveAttribute('data-standing', '1');
      const lastPriced = Number(await table(page).locator('tr[data-standing="0"]').last().getAttribute('data-rank'));
      expect(Number(await huawei.getAttribute('data-rank'))).toBeGreaterThan(lastPriced);
      const colour = (loc: typeof jd) => loc.locator('th[scope="row"]').evaluate((el) => getComputedStyle(el).color);
      expect(await colour(huawei)).not.toBe(await colour(jd));
      // The legend says what each tag means.
      await expect(page.getByTestId('tag-legend')).toContainText(words.example);
      await expectNoBrokenValues(page);
    });
  }

  test('recommends the cheapest option whose published capacity carries the peak, the cheaper unpublished one apart', async ({ page }) => {
    await openScenario(page, beijing);
    const rec = page.getByTestId('recommendation');
    await expect(rec).toContainText('Recommended: Tencent Cloud pay per call, at ¥41.44 a month');
    await expect(rec).toContainText('published capacity (5,000 QPS) carries the peak of 1,000 QPS');
    await expect(rec).not.toContainText('JD Cloud');
    // JD Cloud is cheaper, but publishes no capacity: named apart, never as carrying the peak.
    const apart = page.getByTestId('cheaper-unpublished');
    await expect(apart).toHaveText(
      'Cheapest, capacity not published: JD Cloud pay per call, at ¥27.44 a month. Its vendor publishes no capacity, so it is not known to carry the peak.',
    );
    await expect(table(page).locator('tr[data-recommended="true"]')).toHaveAttribute('data-offering', 'tencent.shared');
    await expect(table(page).locator('tr[data-recommended="true"] .tag--recommended')).toHaveText('recommended');
    // Without a peak, capacity does not decide: the cheapest priced option is recommended.
    await openScenario(page, { ...beijing, peakQps: undefined });
    await expect(page.getByTestId('recommendation')).toContainText('Recommended: JD Cloud pay per call, at ¥27.44 a month — the cheapest priced option.');
    await expect(page.getByTestId('cheaper-unpublished')).toHaveCount(0);
  });

  test('the Chinese recommendation names the cheaper option without published capacity apart', async ({ page }) => {
    await openScenario(page, beijing, 'zh');
    await expect(page.getByTestId('recommendation')).toContainText(
      '推荐：腾讯云 按调用量计费，每月 ¥41.44，是已公布承载能力（5,000 QPS）可承载 1,000 QPS 峰值的已定价方案中最便宜的。',
    );
    await expect(page.getByTestId('cheaper-unpublished')).toHaveText(
      '最便宜、但未公布承载能力：京东云 按调用量计费，每月 ¥27.44。该厂商未公布承载能力，无法确认能否承载峰值。',
    );
  });

  test('a runner-up at the same cost is said to cost the same, never "¥0.00 more"', async ({ page }) => {
    await openScenario(page, beijing);
    await page.locator('select[name="minSla"]').selectOption('99.95');
    // Tencent basic on a monthly or a yearly subscription: 3,680.00 + 11.44 either way.
    const rec = page.getByTestId('recommendation');
    await expect(rec).toContainText('Recommended: Tencent Cloud dedicated · Basic · monthly, at ¥3,691.44 a month');
    await expect(rec).toContainText('Next: Tencent Cloud dedicated · Basic · yearly, at the same cost.');
    await expect(rec).not.toContainText('0.00');
    await page.locator('select[name="minSla"]').selectOption('99.9');
    await expect(rec).toContainText('Recommended: Tencent Cloud pay per call, at ¥41.44 a month');
    await expect(rec).toContainText('Next: Tencent Cloud dedicated · Basic · monthly, ¥3,650.00 more a month.');
    await openScenario(page, beijing, 'zh');
    await page.locator('select[name="minSla"]').selectOption('99.95');
    await expect(page.getByTestId('recommendation')).toContainText('其次：腾讯云 专享实例 · 基础版 · 包年，费用相同。');
    await expect(page.getByTestId('recommendation')).not.toContainText('0.00');
  });

  test('ranks over this month, the first 12 months or 36 months', async ({ page }) => {
    await openScenario(page, beijing);
    const first = table(page).locator('tr[data-rank="1"]');
    await expect(table(page)).toHaveAttribute('data-horizon', '1');
    await expect(first).toHaveAttribute('data-horizon-total', '27.44');
    await page.getByRole('radio', { name: 'First 12 months' }).check();
    // 12 × 27.44: JD's free calls come every month.
    await expect(table(page)).toHaveAttribute('data-horizon', '12');
    await expect(first).toHaveAttribute('data-horizon-total', '329.28');
    await expect(first.locator('td.amount')).toContainText('¥329.28');
    await expect(first.locator('td.amount')).toContainText('¥27.44 a month');
    await expect(table(page).locator('thead')).toContainText('First 12 months');
    await expect(page.getByTestId('recommendation')).toContainText('at ¥497.28 over the first 12 months');
    await page.getByRole('radio', { name: '36 months' }).check();
    await expect(first).toHaveAttribute('data-horizon-total', '987.84');
    await expect(first.locator('td.amount')).toContainText('¥987.84');
    await expect(page.getByTestId('recommendation')).toContainText('Recommended: Tencent Cloud pay per call, at ¥1,491.84 over 36 months');
    await expect(page.getByTestId('recommendation')).toContainText('¥131,400.00 more over 36 months');
    await page.getByRole('radio', { name: 'This month' }).check();
    await expect(first).toHaveAttribute('data-horizon-total', '27.44');
  });

  test('the Chinese horizon picker', async ({ page }) => {
    await openScenario(page, beijing, 'zh');
    for (const label of ['本月', '首 12 个月', '36 个月']) await expect(page.getByRole('radio', { name: label, exact: true })).toBeVisible();
    await page.getByRole('radio', { name: '首 12 个月' }).check();
    await expect(page.getByTestId('recommendation')).toContainText('推荐：腾讯云 按调用量计费，首 12 个月 ¥497.28');
  });

  test('shows where a dedicated instance beats paying per call', async ({ page }) => {
    await openScenario(page, {
      version: 1,
      offering: 'tencent.shared',
      region: 'ap-guangzhou',
      callsPerMonth: '5000000',
      client: 'private',
      backend: 'none',
      peakQps: '2000',
    });
    await expect(page.getByTestId('volume-crossovers').locator('li[data-calls="1186665000"]').first()).toBeVisible();
    // Every series is drawn on the logarithmic axes (points at ¥0, within free calls, are left out).
    const volume = page.locator('article[aria-labelledby="volume-heading"]');
    await expect(volume.locator('.recharts-line-curve')).toHaveCount(5);
    await expect(volume.locator('.chart-legend')).toContainText('JD Cloud pay per call (capacity not published)');
  });
});

test("the spike plan prices Alibaba's own spike example", async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'yearly', client: 'private' });
  await page.locator('input[name="spikeQps"]').fill('4000');
  await expect(page.locator('[data-testid="spike-table"] tr[data-plan="spike"] [data-amount]')).toHaveAttribute('data-amount', '4114.70');
  await expect(page.locator('[data-testid="spike-table"] tr[data-plan="upgrade"] [data-amount]')).toHaveAttribute('data-amount', '9980.00');
  await expect(page.getByTestId('spike-verdict')).toContainText('¥5,865.30');
});

test("the Chinese page names the charts' series and the spike plan in Chinese", async ({ page }) => {
  await openScenario(
    page,
    { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'yearly', client: 'private' },
    'zh',
  );
  await page.locator('input[name="spikeQps"]').fill('4000');
  await expect(page.locator('[data-testid="spike-table"] tr[data-plan="upgrade"]')).toContainText('本月改为 api.s1.medium 包月');
  await expect(page.locator('.chart-legend').first()).toContainText('按量计费');
  // No English label is left for screen readers on the Chinese page (recharts' default legend had one).
  await expect(page.locator('[aria-label*="legend"]')).toHaveCount(0);
});

test('the comparison says which offerings cannot carry the peak, and why none is recommended', async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: '5000000', peakQps: '60000001' });
  const note = page.getByTestId('not-compared');
  await expect(note.locator('[data-offering="alibaba.dedicated"]')).toHaveText(
    'Alibaba Cloud dedicated: would need 1,001 instances of api.s2.large.x6, more than the 1,000 a scenario may have (not compared)',
  );
  await expect(note.locator('[data-offering="tencent.shared"]')).toHaveText(
    'Tencent Cloud pay per call: one service carries at most 5,000 QPS (listed after the priced options, tagged)',
  );
  // Tencent's pay-per-call service over its cap is still a row: tagged, indicative, after the priced ones.
  const tencent = page.locator('[data-testid="compare-table"] tr[data-offering="tencent.shared"]');
  await expect(tencent).toHaveAttribute('data-standing', '1');
  await expect(tencent.locator('[data-flag="over-capacity"]')).toHaveText('cannot carry the peak');
  await expect(tencent).not.toContainText('0× the peak');
  await expect(page.locator('[data-testid="compare-table"] tr[data-offering="huawei.dedicated"]').first()).toBeVisible();
  // Only vendors that publish no capacity are left among the priced options: no recommendation, and why.
  await expect(page.getByTestId('recommendation')).toHaveText('No recommendation: no priced option publishes a capacity that carries the peak.');
  await expect(page.getByTestId('cheaper-unpublished')).toContainText('Cheapest, capacity not published: JD Cloud pay per call, at ¥16.00 a month.');
  await expect(page.locator('[data-testid="compare-table"] tr[data-recommended]')).toHaveCount(0);
});

test('a spike plan resting on an example price, or lacking one, says so', async ({ page }) => {
  await openScenario(
    page,
    { version: 1, offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'professional', billing: 'payg', client: 'private' },
    'zh',
  );
  await page.locator('input[name="spikeQps"]').fill('5000');
  const spike = page.getByTestId('spike-table');
  await expect(spike.locator('tr[data-plan="spike"] [data-flag="example-price"]')).toHaveText('厂商示例价（仅供参考）');
  await expect(spike.locator('tr[data-plan="spike"] [data-flag="incomplete"]')).toHaveText('缺少价格');
  await expect(spike.locator('tr[data-plan="upgrade"] [data-flag="incomplete"]')).toHaveText('缺少价格');
  await expect(page.getByTestId('spike-incomplete')).toContainText('缺少价格');
  await expect(page.getByTestId('spike-verdict')).toHaveCount(0);
  await expect(page.locator('article[aria-labelledby="spike-heading"]')).not.toContainText('0.00');
});
