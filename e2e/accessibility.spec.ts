import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { encodePlainEstimateParam } from '../src/engine/share-link.ts';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';
import { expectNoBrokenValues, openScenario, total } from './helpers.ts';

/**
 * axe's experimental rules that test a WCAG success criterion, run too: 2.5.3 "label in name" among them
 * (a control's accessible name holds the text it shows).
 */
const EXPERIMENTAL_WCAG_RULES = ['label-content-name-mismatch', 'css-orientation-lock', 'p-as-heading', 'table-fake-caption', 'td-has-header'];

/** axe's serious and critical violations on the page, one line each: the rule, what it asks, and where (with the colours, for contrast). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: Object.fromEntries(EXPERIMENTAL_WCAG_RULES.map((id) => [id, { enabled: true }])) }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes.map((n) => {
        const data = n.any.find((c) => c.id === 'color-contrast')?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        return data?.fgColor ? `${n.target.join(' ')} (${data.fgColor} on ${data.bgColor}, ${data.contrastRatio}:1)` : n.target.join(' ');
      });
      return `${v.id} (${v.impact}, ${v.help}): ${where.join(', ')}`;
    });
}

for (const lang of ['zh', 'en'] as const) {
  test(`axe finds no serious or critical violation (${lang})`, async ({ page }) => {
    // Two full analyses of a page of about a thousand elements take axe 10–15 s each in software-drawn Chromium (more on a busy machine).
    test.setTimeout(150_000);
    await openScenario(page, WORKED_EXAMPLES[0]!.scenario, lang);
    await expect(page.getByTestId('decisions')).toBeVisible({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    // A dedicated, incomplete scenario shows more of the form: capacity hint, hours, missing price.
    await openScenario(
      page,
      { version: 1, offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', peakQps: '5000', client: 'internet', backend: 'internet' },
      lang,
    );
    await expect(page.getByTestId('capacity-hint')).toBeVisible();
    await expect(page.getByTestId('decisions')).toBeVisible({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

/**
 * Two items, so the list, the group subtotals, the term chart's marks and the side-by-side view all show:
 * a dedicated instance (break-even and spike plan) and a pay-per-call API (calls or dedicated), with
 * Tencent's first year ending within the term.
 */
const TWO_ITEMS = {
  version: 1,
  kind: 'estimate',
  name: 'Checkout API',
  accounts: { tencent: { firstYearMonths: 7 } },
  items: [
    { label: 'Production', group: 'Prod', scenario: WORKED_EXAMPLES[4]!.scenario },
    { label: 'Staging', group: 'Test', scenario: WORKED_EXAMPLES[0]!.scenario },
  ],
};

const DRAWN = 60_000;

/** Opens every fold, toggle and "show all" on the page, until none is left closed. */
async function expandEverything(page: Page) {
  for (let round = 0; round < 10; round++) {
    const closed = page.locator('details:not([open]) > summary, button[aria-expanded="false"], button[aria-pressed="false"][data-testid="show-calculations"]');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
  throw new Error('something on the page keeps folding itself');
}

/**
 * Waits until the decision panel (by its heading's id) has drawn its chart. The decision tools follow the
 * inputs at low priority: with axe busy in the other worker on two cores, that can take a while.
 */
async function chartDrawn(page: Page, heading: string) {
  await expect(page.getByTestId('decisions').locator(`article[aria-labelledby="${heading}"] svg.recharts-surface`)).toBeVisible({ timeout: DRAWN });
}

/** A chart is one image, named by its summary: nothing inside it is a tab stop or a widget of its own (axe does not look inside). */
async function expectChartsAreImages(page: Page) {
  await expect(page.locator('[data-testid="decisions"] .chart__plot[role="img"][aria-label]').first()).toBeVisible();
  await expect(page.locator('.chart__plot [tabindex="0"], .chart__plot [role="application"]')).toHaveCount(0);
}

test.describe('every language, width and theme', () => {
  // Eight pages of two analyses each: spread over the workers.
  test.describe.configure({ mode: 'parallel' });
  for (const lang of ['zh', 'en'] as const) {
    for (const [width, height] of [
      [1280, 720],
      [375, 812],
    ] as const) {
      for (const theme of ['light', 'dark'] as const) {
        test(`axe finds no serious or critical violation with everything open (${lang}, ${width} px, ${theme})`, async ({ page }) => {
          // Two full analyses of a page of over a thousand elements, 10–15 s each in software-drawn Chromium.
          test.setTimeout(300_000);
          await page.setViewportSize({ width, height });
          await page.emulateMedia({ colorScheme: theme });
          await page.goto(`./?lang=${lang}&theme=${theme}&estimate=${encodePlainEstimateParam(TWO_ITEMS)}`);
          await expect(total(page)).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await chartDrawn(page, 'term-heading');
          await chartDrawn(page, 'break-even-heading');

          // What a user opens on the way: a saved estimate, both items and an option side by side, every fold.
          await page.getByTestId('save-estimate').click();
          await expect(page.locator('.saved__list li')).toHaveCount(1);
          const decisions = page.getByTestId('decisions');
          await decisions.locator('input[name="sideBySideItem"]').nth(0).check();
          await decisions.locator('input[name="sideBySideItem"]').nth(1).check();
          await decisions.locator('input[name="sideBySideOption"]').first().check();
          await expect(page.getByTestId('side-by-side')).toHaveAttribute('data-count', '3');
          await expandEverything(page);
          await expectChartsAreImages(page);
          expect.soft(await seriousViolations(page), 'dedicated item in focus').toEqual([]);

          // The other item in focus: its decision tools are the pay-per-call ones.
          await page.getByTestId('estimate-item').nth(1).locator('[data-action="select"]').click();
          await chartDrawn(page, 'volume-heading');
          await expandEverything(page);
          await expectChartsAreImages(page);
          expect(await seriousViolations(page), 'pay-per-call item in focus').toEqual([]);
        });
      }
    }
  }
});

test('a keyboard-only pass prices a scenario, with a visible focus', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(total(page)).toBeVisible();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.tagName.toLowerCase()}[name=${el.getAttribute('name')}]` : '';
    });
  async function tabTo(target: string) {
    for (let i = 0; i < 40; i++) {
      if ((await focused()) === target) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target}`);
  }

  await tabTo('input[name=offering]');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowRight'); // Tencent shared → Alibaba dedicated
  await expect(page.locator('input[name="offering"][value="alibaba.dedicated"]')).toBeChecked();
  await tabTo('select[name=edition]');
  await page.keyboard.press('ArrowDown'); // api.s1.small → api.s1.medium
  await expect(page.locator('select[name="edition"]')).toHaveValue('api.s1.medium');
  await tabTo('input[name=billing]');
  await page.keyboard.press('ArrowRight'); // payg → monthly
  await tabTo('input[name=callsPerMonth]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await tabTo('select[name=client]');
  await page.keyboard.press('End'); // private
  await expect(page.locator('select[name="client"]')).toHaveValue('private');
  // One month of api.s1.medium in Shenzhen, all private: 9,980.00.
  await expect(total(page)).toHaveAttribute('data-value', '9980.00');
});

for (const [name, width, height] of [
  ['phone', 360, 780],
  ['tablet', 820, 1100],
  ['desktop', 1440, 1000],
  ['wide', 1920, 1080],
] as const) {
  test(`fits a ${width} px wide screen without sideways scrolling`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    for (const lang of ['zh', 'en'] as const) {
      await openScenario(page, WORKED_EXAMPLES[5]!.scenario, lang);
      await expectNoBrokenValues(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Nor does the comparison table scroll inside its own box (on phones each option is a card).
      const table = page.locator('.table-scroll', { has: page.getByTestId('compare-table') });
      await expect(page.getByTestId('compare-table')).toBeAttached();
      expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath(`${name}-${lang}.png`), fullPage: true });
    }
  });
}

test('prints a clean quote: the quote alone, without the form', async ({ page }, info) => {
  await openScenario(page, WORKED_EXAMPLES[3]!.scenario);
  const monthly = await total(page).getAttribute('data-value');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('quote')).toBeVisible();
  await expect(page.locator('.calculator__form')).toBeHidden();
  await expect(page.locator('.presets')).toBeHidden();
  await expect(total(page)).toBeHidden();
  await expect(page.getByTestId('quote-totals').locator(`dd[data-value="${monthly}"]`)).toBeVisible();
  await expect(page.locator('.quote__item')).toHaveCount(1);
  await page.screenshot({ path: info.outputPath('print.png'), fullPage: true });
});
