/**
 * Embedding across origins: the host page is served as http://localhost:4173, the calculator as
 * http://127.0.0.1:4173 (the same server, two origins).
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeScenarioParam } from '../src/engine/share-link.ts';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';

const PORT = process.env.PW_PORT ?? '4173';
const HOST = `http://localhost:${PORT}`;
const APP = `http://127.0.0.1:${PORT}`;
const jd = WORKED_EXAMPLES.find((e) => e.id === 'jdcloud-units')!;

interface Message {
  type: string;
  version: number;
  estimate?: { total: string };
  scenario?: unknown;
  height?: number;
}
const received = (page: Page) => page.evaluate(() => (window as unknown as { calculatorMessages: Message[] }).calculatorMessages);
const estimates = async (page: Page) => (await received(page)).filter((m) => m.type === 'apigw-calc:estimate');
const calculator = (page: Page) => page.frameLocator('#calculator');

async function openHost(page: Page, scenario: unknown) {
  const app = `${APP}/?scenario=${encodeScenarioParam(scenario)}`;
  await page.goto(`${HOST}/embed-example.html?calculator=${encodeURIComponent(app)}`);
  await expect.poll(async () => (await estimates(page)).length).toBeGreaterThan(0);
}

test('the host receives ready and the exact estimate, and can send a new scenario', async ({ page }) => {
  await openHost(page, jd.scenario);
  const messages = await received(page);
  expect(messages[0]).toEqual({ type: 'apigw-calc:ready', version: 1 });
  expect((await estimates(page))[0]?.estimate?.total).toBe('15.11');
  await expect(page.locator('#host-total')).toHaveText('¥15.11');
  expect(messages.some((m) => m.type === 'apigw-calc:resize' && typeof m.height === 'number' && m.height > 300)).toBe(true);
  // The calculator alone: no site header.
  await expect(calculator(page).locator('.site-header')).toHaveCount(0);

  await page.getByRole('button', { name: 'Alibaba, one month api.s1.small' }).click();
  await expect.poll(async () => (await estimates(page)).at(-1)?.estimate?.total).toBe('3680.00');
  await expect(calculator(page).getByTestId('total')).toHaveAttribute('data-value', '3680.00');
});

test("set-locale switches the calculator's language", async ({ page }) => {
  await openHost(page, jd.scenario);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(calculator(page).locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(calculator(page).locator('tr[data-line="calls"] th')).toContainText('调用次数费用');
});

test('a message from a third origin changes nothing', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openHost(page, jd.scenario);
  const before = (await estimates(page)).length;
  // A sandboxed frame has an origin of its own ("null"): it posts a valid scenario to the calculator.
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.setAttribute('sandbox', 'allow-scripts');
    f.srcdoc = `<script>parent.frames[0].postMessage({ type: 'apigw-calc:set-scenario', version: 1, scenario: { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: 99000000 } }, '*')</script>`;
    document.body.appendChild(f);
  });
  await expect.poll(() => warnings.some((w) => w.includes('ignored a message from null'))).toBe(true);
  await expect(calculator(page).getByTestId('total')).toHaveAttribute('data-value', '15.11');
  expect((await estimates(page)).length).toBe(before);
});

test('a message with a bad scenario changes nothing and breaks nothing', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openHost(page, jd.scenario);
  await page.evaluate(() => {
    const send = (window as unknown as { sendToCalculator: (m: unknown) => void }).sendToCalculator;
    send({ type: 'apigw-calc:set-scenario', scenario: { version: 1, offering: 'jdcloud.shared', region: 'mars-1', callsPerMonth: -1 } });
    send({ type: 'apigw-calc:set-scenario', scenario: '<img src=x onerror=alert(1)>' });
    send({ type: 'apigw-calc:explode' });
  });
  await expect.poll(() => warnings.filter((w) => w.includes('[apigw-calc] ignored')).length).toBeGreaterThanOrEqual(3);
  expect(warnings.join('\n')).toContain('region: must be a region of jdcloud.shared');
  await expect(calculator(page).getByTestId('total')).toHaveAttribute('data-value', '15.11');
  // Still working: a good scenario goes through.
  await page.getByRole('button', { name: 'Tencent shared, 5,000,000 calls' }).click();
  await expect.poll(async () => (await estimates(page)).at(-1)?.estimate?.total).toBe('45.26');
});

test('a parentOrigin that is not the embedding page gets no messages', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openHost(page, jd.scenario);
  // Re-point the frame at a parentOrigin that lies about who embeds it.
  await page.evaluate((app) => {
    (document.getElementById('calculator') as HTMLIFrameElement).src = `${app}/?embed=1&parentOrigin=https://evil.example`;
  }, APP);
  // Once the new page is in the frame, forget what the first one said (it may speak until it goes).
  await expect.poll(() => page.frames().some((f) => new URL(f.url(), APP).searchParams.get('parentOrigin') === 'https://evil.example')).toBe(true);
  await page.evaluate(() => {
    (window as unknown as { calculatorMessages: Message[] }).calculatorMessages = [];
  });
  // The calculator runs and prices, and tells the host nothing: no ready, estimate or resize.
  await expect(calculator(page).getByTestId('total')).toHaveAttribute('data-value', '45.26');
  await page.waitForTimeout(500);
  expect(await received(page)).toEqual([]);
  // And its console says why.
  await expect.poll(() => warnings.some((w) => w.includes('parentOrigin https://evil.example is not the page that embeds the calculator'))).toBe(true);
});

test("the estimate carries data: each line's calculation, and its formula in the language shown", async ({ page }) => {
  await openHost(page, jd.scenario);
  await page.getByRole('button', { name: 'Alibaba, one month api.s1.small' }).click();
  await expect.poll(async () => (await estimates(page)).at(-1)?.estimate?.total).toBe('3680.00');
  type Line = { id: string; formula: string; calculation: { amount: string; terms: unknown[] } };
  type Payload = { estimate: { lines: Line[]; warnings: { code: string; params: Record<string, string>; message?: string }[] } };
  const last = async () => (await estimates(page)).at(-1) as unknown as Payload;
  const instance = (p: Payload) => p.estimate.lines.find((l) => l.id === 'instance')!;
  expect(instance(await last()).formula).toBe('1 month × 3,680.00 = 3,680.00');
  expect(instance(await last()).calculation).toMatchObject({
    amount: '3680.00',
    terms: [{ quantity: { kind: 'amount', value: '1', unit: 'month' }, price: { value: '3680.00' } }],
  });
  // The host switches the calculator to Chinese: the same estimate again, its formulas in Chinese.
  await page.getByRole('button', { name: '中文' }).click();
  await expect.poll(async () => instance(await last()).formula).toBe('1 个月 × 3,680.00 = 3,680.00');
  // Warnings are codes with raw parameters, not sentences.
  await page.evaluate(() => {
    const send = (window as unknown as { sendToCalculator: (m: unknown) => void }).sendToCalculator;
    send({
      type: 'apigw-calc:set-scenario',
      scenario: { version: 1, offering: 'alibaba.dedicated', region: 'cn-beijing', edition: 'api.s1.small', billing: 'monthly', peakQps: 3000 },
    });
  });
  await expect.poll(async () => (await last()).estimate.warnings.map((w) => w.code)).toEqual(['capacity']);
  const warning = (await last()).estimate.warnings[0]!;
  expect(warning.params).toEqual({ peakQps: '3000', capacity: '2500', edition: 'api.s1.small', instances: '1' });
  expect(warning.message).toBeUndefined();
});
