import { expect, test } from '@playwright/test';
import { openScenario } from './helpers.ts';

test('the built page runs under its strict Content-Security-Policy, charts and all', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));

  await openScenario(page, { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', hours: '300' });
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'; style-src 'self'/);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.locator('input[name="offering"][value="tencent.shared"]').check();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.goto('./?embed=1&theme=dark&accent=0f766e');
  await expect(page.getByTestId('total')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const recorded = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
  expect([...violations, ...recorded]).toEqual([]);
});
