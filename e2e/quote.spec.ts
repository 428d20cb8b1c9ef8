import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';
import { openEstimateLink, total } from './helpers.ts';

const example = (id: string) => WORKED_EXAMPLES.find((e) => e.id === id)!.scenario;

/** Twelve items in three groups (pooled Tencent usage, yearly Alibaba terms), discounts and growth: more than a page. */
const BIG = {
  version: 1,
  kind: 'estimate',
  name: 'Checkout platform',
  items: Array.from({ length: 12 }, (_, i) => ({
    label: `Service ${i + 1}`,
    group: ['Shanghai', 'Beijing', 'Shenzhen'][i % 3],
    scenario:
      i % 4 === 3 ? { ...example('alibaba-monthly-vpc'), billing: 'yearly' } : { ...example('tencent-shared-tiers'), callsPerMonth: String(1000000 * (i + 1)) },
  })),
  accounts: { tencent: { discountPercent: 12, firstYearMonths: 7 } },
  growthPercent: 3,
};

async function typeCustomer(page: Page, customer: string, project: string) {
  await page.getByTestId('quote-customer').fill(customer);
  await page.getByTestId('quote-project').fill(project);
}

for (const lang of ['en', 'zh'] as const) {
  test(`the printed quote (${lang}): customer, number, QR code, items, totals and what the prices are`, async ({ page }, info) => {
    test.setTimeout(90_000);
    await openEstimateLink(page, BIG, lang);
    const customer = lang === 'zh' ? '上海某某科技有限公司' : 'ACME Ltd';
    await typeCustomer(page, customer, lang === 'zh' ? '结算平台' : 'Checkout');
    await page.emulateMedia({ media: 'print' });
    const quote = page.getByTestId('quote');
    await expect(quote).toBeVisible();
    // The page itself is not printed: no form controls, no totals bar, no header.
    await expect(page.getByTestId('quote-customer')).toBeHidden();
    await expect(page.locator('.calculator__form')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    expect(await page.locator('input:visible, select:visible, button:visible, textarea:visible').count()).toBe(0);
    await expect(quote).toContainText(customer);
    await expect(page.getByTestId('quote-number')).toHaveText(/^Q-\d{8}-[0-9A-F]{6}$/);
    // The QR code: an SVG drawn here, square, with the modules of a QR code (21 + 4k per side).
    const qr = page.getByTestId('quote-qr');
    await expect(qr).toBeVisible({ timeout: 15_000 });
    expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    const modules = Number(await qr.getAttribute('data-modules'));
    expect((modules - 21) % 4).toBe(0);
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    // Every item, the group subtotals and the totals the screen showed.
    await expect(page.locator('.quote__item')).toHaveCount(12);
    await expect(page.locator('.quote__subtotal')).toHaveCount(3);
    const monthly = await total(page).getAttribute('data-value');
    await expect(page.getByTestId('quote-totals').locator(`dd[data-value="${monthly}"]`)).toBeVisible();
    await expect(page.getByTestId('quote-totals').locator('dd')).toHaveCount(4);
    const footer = page.getByTestId('quote-footer');
    if (lang === 'zh') {
      await expect(quote).toContainText('报价单');
      await expect(quote).toContainText('报价编号');
      await expect(quote).toContainText('有效期至');
      await expect(quote).toContainText('36 个月');
      await expect(footer).toContainText('价格说明：按厂商公布的刊例价计算，已扣除协议折扣（腾讯云 12%）。');
    } else {
      await expect(quote).toContainText('Valid until');
      await expect(footer).toContainText('Prices: the vendors’ published list prices, less negotiated discounts (Tencent Cloud 12%).');
    }
    await expect(footer).toContainText(/2026-\d\d-\d\d/);
    // The printed address is short; the QR code carries the link.
    const link = page.locator('.quote__link');
    expect((await link.textContent())!.length).toBeLessThan(200);
    await page.screenshot({ path: info.outputPath(`quote-${lang}.png`), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', path: info.outputPath(`quote-${lang}.pdf`) });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
  });
}

test('the quote number is the same in both languages and changes with the estimate', async ({ page }) => {
  await openEstimateLink(page, BIG, 'en');
  await page.getByTestId('quote-preview').click();
  const number = await page.getByTestId('quote-number').textContent();
  await page.locator('.lang-switch').click();
  await expect(page.getByTestId('quote')).toContainText('报价单');
  await expect(page.getByTestId('quote-number')).toHaveText(number!);
  await page.getByTestId('quote-customer').fill('ACME');
  await expect(page.getByTestId('quote-number')).not.toHaveText(number!);
});

test('the customer and project travel in the link and a partner is the seller', async ({ page }) => {
  await openEstimateLink(page, { ...BIG, customer: 'ACME Ltd', project: 'Checkout' }, 'en', '&partner=Acme%20Cloud&markup=8');
  await expect(page.getByTestId('quote-customer')).toHaveValue('ACME Ltd');
  await page.getByTestId('quote-preview').click();
  await expect(page.getByTestId('quote-seller')).toHaveText('Acme Cloud');
  await expect(page.getByTestId('quote-footer')).toContainText('These are partner prices: Acme Cloud adds a margin of 8% to the vendors’ prices.');
  // The QR code's link reopens this estimate, customer included.
  await expect(page.getByTestId('quote-qr')).toBeVisible({ timeout: 15_000 });
});

test('the QR library is not part of the first visit', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('./?lang=en');
  await expect(total(page)).toBeVisible();
  const first = [...scripts];
  const sources = await Promise.all(
    first.filter((u) => u.startsWith(new URL(page.url()).origin)).map((u) => page.evaluate((x) => fetch(x).then((r) => r.text()), u)),
  );
  expect(sources.some((s) => s.includes('stringToBytesFuncs'))).toBe(false);
  void readFile;
});
