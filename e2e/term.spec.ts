import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodePlainEstimateParam } from '../src/engine/share-link.ts';
import { expectNoBrokenValues, openScenario } from './helpers.ts';

/** The calculator opened on an estimate link (`?estimate=`, SCENARIO.md "Estimate links"). */
async function openEstimate(page: Page, estimate: unknown, lang: 'zh' | 'en' = 'en'): Promise<void> {
  await page.goto(`./?lang=${lang}&estimate=${encodePlainEstimateParam(estimate)}`);
  await expect(page.getByTestId('total')).toBeVisible();
}

const term = (page: Page) => page.getByTestId('term');
const sideBySide = (page: Page) => page.getByTestId('side-by-side');
const compareTable = (page: Page) => page.getByTestId('compare-table');

/** A chart's y-axis tick labels, bottom to top. */
const yTicks = (chart: Locator) => chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');

/** Shows a panel's figures month by month (its table's rows are written only when shown). */
const showFigures = (panel: Locator) => panel.locator('details.chart-data > summary').click();

/** A figure of a side-by-side column (by its letter): the exact amount it shows. */
const figure = (page: Page, row: string, letter: string) => sideBySide(page).locator(`tr[data-row="${row}"] td[data-letter="${letter}"] [data-amount]`);

/** Nothing is wider than the window, and no chart's tick label reaches past its chart's edges. */
async function expectNothingClipped(page: Page): Promise<void> {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  const outside = await page.evaluate(() => {
    const bad: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('[data-testid="decisions"] svg.recharts-surface')) {
      const box = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) bad.push(text.textContent ?? '');
      }
    }
    for (const label of document.querySelectorAll('.chart-now__label')) {
      const r = label.getBoundingClientRect();
      const plot = label.closest('.chart__plot')!.getBoundingClientRect();
      if (r.left < plot.left - 1 || r.right > plot.right + 1) bad.push(label.textContent ?? '');
    }
    for (const cell of document.querySelectorAll('[data-testid="side-by-side"] th, [data-testid="side-by-side"] td')) {
      const r = cell.getBoundingClientRect();
      if (r.width > 0 && (r.left < 0 || r.right > window.innerWidth)) bad.push(cell.textContent ?? '');
    }
    return bad;
  });
  expect(outside).toEqual([]);
}

const ALIBABA_YEARLY = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'yearly', client: 'private' };

test.describe('the estimate over 36 months', () => {
  test('an Alibaba api.s1.small yearly in cn-hangzhou pays ¥44,160 in months 1, 13 and 25', async ({ page }) => {
    await openScenario(page, ALIBABA_YEARLY);
    const facts = term(page).getByTestId('term-facts');
    await expect(facts).toHaveAttribute('data-upfront', '44160.00');
    await expect(facts).toHaveAttribute('data-first12', '44160.00');
    await expect(facts).toHaveAttribute('data-first36', '132480.00');
    await expect(facts).toContainText('Month 1 (a yearly term at its monthly equivalent): ¥3,680.00');
    // The chart says what it shows, for screen readers; its figures are a table, month by month.
    await expect(term(page).locator('[role="img"]')).toHaveAttribute(
      'aria-label',
      'Cash paid so far over 36 months: ¥44,160.00 by month 12, ¥88,320.00 by month 24, ¥132,480.00 by month 36.',
    );
    await showFigures(term(page));
    const table = term(page).getByTestId('term-table');
    for (const month of [1, 13, 25]) await expect(table.locator(`tr[data-month="${month}"] td[data-cash]`)).toHaveAttribute('data-cash', '44160.00');
    for (const month of [2, 12, 14, 24, 26, 36]) await expect(table.locator(`tr[data-month="${month}"] td[data-cash]`)).toHaveAttribute('data-cash', '0.00');
    await expect(table.locator('tr[data-month="12"] td[data-cumulative]')).toHaveAttribute('data-cumulative', '44160.00');
    await expect(table.locator('tr[data-month="13"] td[data-cumulative]')).toHaveAttribute('data-cumulative', '88320.00');
    await expect(table.locator('tr[data-month="36"] td[data-cumulative]')).toHaveAttribute('data-cumulative', '132480.00');
    await expect(term(page).getByText('Figures month by month')).toBeVisible();
    await expect(table.locator('tr[data-month="25"]')).toContainText('¥44,160.00');
    // One line, drawn in steps; the money axis in one unit.
    await expect(term(page).locator('.recharts-line-curve')).toHaveCount(1);
    await expect(yTicks(term(page))).toHaveText(['¥0', '¥50K', '¥100K', '¥150K']);
    await expectNoBrokenValues(page);
  });

  test('in Chinese: 万 on the axis, the figures in Chinese', async ({ page }) => {
    await openScenario(page, ALIBABA_YEARLY, 'zh');
    await expect(term(page).getByRole('heading', { name: '36 个月的估算' })).toBeVisible();
    await expect(yTicks(term(page))).toHaveText(['¥0', '¥5万', '¥10万', '¥15万']);
    await expect(term(page).locator('[role="img"]')).toHaveAttribute(
      'aria-label',
      '36 个月累计付款：截至第 12 个月 ¥44,160.00，第 24 个月 ¥88,320.00，第 36 个月 ¥132,480.00。',
    );
    await expect(term(page).getByTestId('term-facts')).toContainText('首 12 个月：¥44,160.00');
  });

  test("marks where an account's first-year quotas end (390 px)", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Tencent pay per call, 5,000,000 calls: ¥24.00 a month while the first-year free calls last, then ¥30.00.
    const scenario = {
      version: 1,
      offering: 'tencent.shared',
      region: 'ap-guangzhou',
      callsPerMonth: '5000000',
      client: 'private',
      backend: 'none',
      firstYear: true,
    };
    await openEstimate(page, { version: 1, kind: 'estimate', accounts: { tencent: { firstYearMonths: 7 } }, items: [{ label: 'Production', scenario }] });
    const ends = term(page).getByTestId('first-year-ends');
    await expect(ends.locator('li[data-month="7"]')).toHaveText(
      'Tencent Cloud: first-year free quotas apply in months 1–7; from month 8 that usage is billed (the dashed line).',
    );
    await expect(term(page).locator('.chart-mark')).toHaveText('Tencent Cloud: first year ends');
    await showFigures(term(page));
    const table = term(page).getByTestId('term-table');
    await expect(table.locator('tr[data-month="7"] td[data-cash]')).toHaveAttribute('data-cash', '24.00');
    await expect(table.locator('tr[data-month="8"] td[data-cash]')).toHaveAttribute('data-cash', '30.00');
    // 7 × 24.00 + 5 × 30.00; 36 months: 168.00 + 29 × 30.00.
    await expect(term(page).getByTestId('term-facts')).toHaveAttribute('data-first12', '318.00');
    await expect(term(page).getByTestId('term-facts')).toHaveAttribute('data-first36', '1038.00');
    await term(page).locator('.recharts-surface').scrollIntoViewIfNeeded();
    await expectNothingClipped(page);
  });
});

test.describe('side by side', () => {
  test('an estimate item priced alone beside a comparison option: two columns, the right figures and tags', async ({ page }) => {
    await openScenario(page, ALIBABA_YEARLY);
    await expect(sideBySide(page)).toContainText('Tick “side by side” on 2 to 4 items');
    await page.getByRole('checkbox', { name: 'Compare Item 1 side by side' }).check();
    await compareTable(page).locator('tr[data-option="alibaba.dedicated|cn-hangzhou|api.s1.small|monthly"]').getByRole('checkbox').check();
    await expect(sideBySide(page)).toHaveAttribute('data-count', '2');
    // A: the item (yearly): ¥44,160 upfront, again in months 13 and 25. B: the monthly subscription.
    await expect(figure(page, 'monthly', 'A')).toHaveAttribute('data-amount', '3680.00');
    await expect(figure(page, 'upfront', 'A')).toHaveAttribute('data-amount', '44160.00');
    await expect(figure(page, 'first12', 'A')).toHaveAttribute('data-amount', '44160.00');
    await expect(figure(page, 'first36', 'A')).toHaveAttribute('data-amount', '132480.00');
    await expect(figure(page, 'in-estimate', 'A')).toHaveAttribute('data-amount', '3680.00');
    await expect(figure(page, 'monthly', 'B')).toHaveAttribute('data-amount', '3680.00');
    await expect(figure(page, 'upfront', 'B')).toHaveAttribute('data-amount', '0.00');
    await expect(figure(page, 'first12', 'B')).toHaveAttribute('data-amount', '44160.00');
    await expect(figure(page, 'first36', 'B')).toHaveAttribute('data-amount', '132480.00');
    await expect(sideBySide(page).locator('tr[data-row="in-estimate"] td[data-letter="B"]')).toHaveText('not an item');
    await expect(sideBySide(page).locator('tr[data-row="sla"] td[data-letter="B"]')).toHaveText('99.95%');
    await expect(sideBySide(page).locator('tr[data-row="capacity"] td[data-letter="A"]')).toHaveText('2,500 QPS');
    // The item says it is priced alone; what each figure is, is said under the table.
    await expect(sideBySide(page).locator('tr[data-row="tags"] td[data-letter="A"] [data-tag="priced-alone"]')).toHaveText('priced alone');
    await expect(sideBySide(page).locator('tr[data-row="tags"] td[data-letter="B"] .tag')).toHaveCount(0);
    await expect(sideBySide(page).getByTestId('side-by-side-defs')).toContainText('a yearly term at its monthly equivalent (yearly ÷ 12)');
    // The term of both: the yearly one pays in steps, the monthly one every month.
    await expect(sideBySide(page).locator('.recharts-line-curve')).toHaveCount(2);
    await showFigures(sideBySide(page));
    const table = sideBySide(page).getByTestId('side-by-side-term-table');
    await expect(table.locator('tr[data-month="1"] td[data-cumulative]')).toHaveText(['¥44,160.00', '¥3,680.00']);
    await expect(table.locator('tr[data-month="12"] td[data-cumulative]')).toHaveText(['¥44,160.00', '¥44,160.00']);
    await expect(sideBySide(page).locator('.chart-legend')).toContainText('A · Item 1');
    // Removing one leaves one: no chart.
    await sideBySide(page).getByRole('button', { name: 'Remove Item 1 from side by side' }).click();
    await expect(sideBySide(page)).toHaveAttribute('data-count', '1');
    await expect(sideBySide(page).locator('.recharts-line-curve')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Compare Item 1 side by side' })).not.toBeChecked();
  });

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

  async function pickFour(page: Page, lang: 'en' | 'zh') {
    const words = { en: { item: 'Compare Item 1 side by side', all: /Show all \d+ options/ }, zh: { item: '并排比较项目 1', all: /显示全部 \d+ 个方案/ } }[
      lang
    ];
    await page.getByRole('checkbox', { name: words.item }).check();
    await compareTable(page).locator('tr[data-offering="jdcloud.shared"] input[type="checkbox"]').check();
    await compareTable(page).locator('tr[data-option="alibaba.dedicated|cn-beijing|api.s1.small|yearly"] input[type="checkbox"]').check();
    await page.getByRole('button', { name: words.all }).click();
    await compareTable(page).locator('tr[data-offering="huawei.dedicated"][data-flags~="example-price"]').first().locator('input[type="checkbox"]').check();
    await expect(sideBySide(page)).toHaveAttribute('data-count', '4');
  }

  for (const [lang, width] of [
    ['en', 1280],
    ['zh', 1280],
    ['en', 390],
    ['zh', 390],
  ] as const) {
    test(`four picks: figures, tags, no fifth (${lang}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await openScenario(page, beijing, lang);
      await pickFour(page, lang);
      // No fifth pick.
      await expect(compareTable(page).locator('input[name="sideBySideOption"]:not(:checked)').first()).toBeDisabled();
      await expect(page.getByTestId('picked-count')).toContainText(lang === 'en' ? '4 of 4 picked' : '已选 4 / 4 个');
      // A: Tencent pay per call (the item, alone). B: JD Cloud. C: Alibaba api.s1.small yearly. D: Huawei (an example price).
      await expect(figure(page, 'monthly', 'A')).toHaveAttribute('data-amount', '41.44');
      await expect(figure(page, 'first12', 'A')).toHaveAttribute('data-amount', '497.28');
      await expect(figure(page, 'first36', 'A')).toHaveAttribute('data-amount', '1491.84');
      await expect(figure(page, 'monthly', 'B')).toHaveAttribute('data-amount', '27.44');
      await expect(figure(page, 'first12', 'B')).toHaveAttribute('data-amount', '329.28');
      await expect(figure(page, 'first36', 'B')).toHaveAttribute('data-amount', '987.84');
      await expect(figure(page, 'monthly', 'C')).toHaveAttribute('data-amount', '3691.44');
      await expect(figure(page, 'upfront', 'C')).toHaveAttribute('data-amount', '44160.00');
      await expect(figure(page, 'first12', 'C')).toHaveAttribute('data-amount', '44297.28');
      await expect(figure(page, 'first36', 'C')).toHaveAttribute('data-amount', '132891.84');
      const tags = (letter: string) => sideBySide(page).locator(`tr[data-row="tags"] td[data-letter="${letter}"]`);
      const words = {
        en: { alone: 'priced alone', unpublished: 'capacity not published', example: 'vendor example price (indicative)', indicative: 'indicative' },
        zh: { alone: '单独计价', unpublished: '未公布承载能力', example: '厂商示例价（仅供参考）', indicative: '仅供参考' },
      }[lang];
      await expect(tags('A').locator('[data-tag="priced-alone"]')).toHaveText(words.alone);
      await expect(tags('B').locator('[data-flag="capacity-unpublished"]')).toHaveText(words.unpublished);
      await expect(tags('C').locator('.tag')).toHaveCount(0);
      await expect(tags('D').locator('[data-flag="example-price"]')).toHaveText(words.example);
      await expect(tags('D').locator('[data-flag="excludes-costs"]')).toBeVisible();
      await expect(sideBySide(page).locator('tr[data-row="first36"] td[data-letter="D"]')).toContainText(words.indicative);
      await expect(sideBySide(page).locator('.recharts-line-curve')).toHaveCount(4);
      await sideBySide(page).locator('.recharts-surface').scrollIntoViewIfNeeded();
      await expectNothingClipped(page);
      await expectNoBrokenValues(page);
    });
  }

  test('items of one account, alone and pooled: the view says how they differ', async ({ page }) => {
    // Two Tencent pay-per-call items of 60,000,000 calls each: ¥260.00 apart, ¥480.00 pooled (RULES.md).
    const scenario = { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: '60000000', client: 'private', backend: 'none' };
    await openEstimate(page, {
      version: 1,
      kind: 'estimate',
      items: [
        { label: 'Production', scenario },
        { label: 'Staging', scenario },
      ],
    });
    await expect(term(page).getByTestId('term-facts')).toHaveAttribute('data-first12', '5760.00');
    await page.getByRole('checkbox', { name: 'Compare Production side by side' }).check();
    await page.getByRole('checkbox', { name: 'Compare Staging side by side' }).check();
    for (const letter of ['A', 'B']) {
      await expect(figure(page, 'monthly', letter)).toHaveAttribute('data-amount', '260.00');
      await expect(figure(page, 'first12', letter)).toHaveAttribute('data-amount', '3120.00');
      await expect(figure(page, 'first36', letter)).toHaveAttribute('data-amount', '9360.00');
    }
    // Within the estimate, the second item's calls fall in the pool's cheaper tiers.
    await expect(figure(page, 'in-estimate', 'A')).toHaveAttribute('data-amount', '260.00');
    await expect(figure(page, 'in-estimate', 'B')).toHaveAttribute('data-amount', '220.00');
    await expect(sideBySide(page).getByTestId('priced-alone-help')).toContainText('the estimate pools the usage of the account’s items');
  });
});

test.describe('the charts of the item in focus', () => {
  /** The x of a tick's label, and of the user's own mark, on screen. */
  const tickX = (chart: Locator, text: string) =>
    chart
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.left + r.width / 2;
      });
  const nowX = (chart: Locator) => chart.getByTestId('chart-now').evaluate((el) => el.getBoundingClientRect().left + 1);

  test('break-even: the crossover labelled with its hours, your hours marked, equal subscriptions told apart', async ({ page }) => {
    await openScenario(page, { version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', billing: 'payg', hours: '500' });
    const chart = page.locator('article[aria-labelledby="break-even-heading"]');
    // Monthly and yearly cross at the same hour: one mark.
    await expect(chart.locator('.chart-mark')).toHaveText(['619.5 h']);
    await expect(chart.getByTestId('chart-now')).toHaveText('your hours');
    expect(Math.abs((await nowX(chart)) - (await tickX(chart, '500')))).toBeLessThan(3);
    // Tencent's yearly term costs the same a month as its monthly one: dashes and markers tell them apart.
    await expect(chart.getByTestId('same-cost')).toHaveText(
      'Monthly and yearly cost the same here: their lines lie on one another, told apart by their dashes and markers.',
    );
    await expect(chart.locator('.recharts-line-dots')).toHaveCount(3);
    await expect(chart.locator('.chart-legend li')).toHaveText(['Pay-as-you-go', 'Monthly subscription', 'Yearly subscription']);
    await expect(yTicks(chart)).toHaveText(['¥0', '¥2K', '¥4K', '¥6K']);
  });

  test('volume: the crossovers labelled with their calls, your calls marked, ticks in 万 and 亿', async ({ page }) => {
    await openScenario(
      page,
      { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: '5000000', client: 'private', backend: 'none', peakQps: '2000' },
      'zh',
    );
    const chart = page.locator('article[aria-labelledby="volume-heading"]');
    await expect(chart.getByTestId('volume-crossovers').locator('li[data-calls="1186665000"]').first()).toBeVisible();
    await expect(chart.locator('.chart-mark').first()).toBeVisible();
    expect(await chart.locator('.chart-mark').allTextContents()).toContain('11.9亿');
    await expect(chart.getByTestId('chart-now')).toHaveText('您的调用量');
    // 5,000,000 calls: on a logarithmic axis, 0.7 of the way from 100万 to 1,000万.
    const [a, b, now] = [await tickX(chart, '100万'), await tickX(chart, '1,000万'), await nowX(chart)];
    expect(Math.abs(now - (a + (b - a) * Math.log10(5)))).toBeLessThan(3);
    await expect(chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')).toHaveText([
      '10万',
      '100万',
      '1,000万',
      '1亿',
      '10亿',
      '100亿',
    ]);
    for (const tick of await yTicks(chart).allTextContents()) expect(tick).toMatch(/^¥(0\.1|1|10|100|1,000|1万|10万|100万|1,000万|1亿)$/);
  });
});
