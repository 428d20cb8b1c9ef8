import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';
import { expectNoBrokenValues, openScenario, total } from './helpers.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['zh', 'en'] as const) {
  test(`axe finds no serious or critical violation (${lang})`, async ({ page }) => {
    // Two full analyses of a page of about a thousand elements take axe 10–15 s each in software-drawn Chromium.
    test.setTimeout(90_000);
    await openScenario(page, WORKED_EXAMPLES[0]!.scenario, lang);
    await expect(page.getByTestId('decisions')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // A dedicated, incomplete scenario shows more of the form: capacity hint, hours, missing price.
    await openScenario(
      page,
      { version: 1, offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', peakQps: '5000', client: 'internet', backend: 'internet' },
      lang,
    );
    await expect(page.getByTestId('capacity-hint')).toBeVisible();
    await expect(page.getByTestId('decisions')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

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
