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
  document?: unknown;
  summary?: { monthly: string; complete: boolean; items: { label: string; monthly: string }[]; months: unknown[] };
  height?: number;
}
const received = (page: Page) => page.evaluate(() => (window as unknown as { calculatorMessages: Message[] }).calculatorMessages);
const estimates = async (page: Page) => (await received(page)).filter((m) => m.type === 'apigw-calc:estimate');
const calculator = (page: Page) => page.frameLocator('#calculator');

async function openHost(page: Page, scenario: unknown, options = '') {
  const app = `${APP}/?${options ? `${options}&` : ''}scenario=${encodeScenarioParam(scenario)}`;
  await page.goto(`${HOST}/embed-example.html?calculator=${encodeURIComponent(app)}`);
  await expect.poll(async () => (await estimates(page)).length).toBeGreaterThan(0);
}

test('the host receives ready and the exact estimate, and can send a new scenario', async ({ page }) => {
  await openHost(page, jd.scenario);
  const messages = await received(page);
  expect(messages[0]).toEqual({ type: 'apigw-calc:ready', version: 1 });
  expect((await estimates(page))[0]?.estimate?.total).toBe('15.11');
  await expect(page.locator('#host-total')).toHaveText('¥15.11');
  // The page's height follows its layout, which may be a frame after the first estimate.
  await expect
    .poll(async () => (await received(page)).some((m) => m.type === 'apigw-calc:resize' && typeof m.height === 'number' && m.height > 300))
    .toBe(true);
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

const s1small = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'monthly' };
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { sendToCalculator: (m: unknown) => void }).sendToCalculator(m), message);

test("a partner's margin and name: every figure at the partner's price, the name as text", async ({ page }) => {
  await openHost(page, s1small, `markup=10&partner=${encodeURIComponent('Acme <script>alert(1)</script>')}`);
  await expect.poll(async () => (await estimates(page)).at(-1)?.summary?.monthly).toBe('4048.00');
  expect((await estimates(page)).at(-1)?.estimate?.total).toBe('4048.00');
  await expect(page.locator('#host-total')).toHaveText('¥4,048.00');
  const app = calculator(page);
  await expect(app.getByTestId('total')).toHaveAttribute('data-value', '4048.00');
  await expect(app.getByTestId('total')).toHaveText(/4,048\.00/);
  await expect(app.getByTestId('totals-margin')).toHaveText('includes partner margin 10 %');
  await expect(app.getByTestId('lines-margin')).toHaveText('Each amount includes the partner margin of 10 % on the vendor’s unit prices.');
  await expect(app.locator('tr[data-line="instance"]')).toContainText('partner margin 10%');
  // List → net says what its figures are: list prices with the margin, not the vendors' list prices alone.
  await expect(app.getByTestId('list-to-net')).toContainText('At the vendors’ list prices plus the partner margin of 10 %.');
  // The name is text: the tag is shown, never run.
  await expect(app.getByTestId('partner-name')).toHaveText('Prices from Acme <script>alert(1)</script>');
  await expect(app.locator('.partner-bar script')).toHaveCount(0);
});

test('an invalid partner option is ignored with a visible message', async ({ page }) => {
  await openHost(page, s1small, 'markup=1e2');
  const app = calculator(page);
  await expect(app.getByTestId('partner-problem')).toContainText('markup "1e2" is not a percentage from 0 to 100');
  await expect(app.getByTestId('total')).toHaveAttribute('data-value', '3680.00');
});

test('set-estimate: the host sends an estimate and receives the same document and its summary', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openHost(page, jd.scenario);
  const sent = await page.evaluate(() => (window as unknown as { exampleEstimate: unknown }).exampleEstimate);
  await page.getByRole('button', { name: 'An estimate of two items' }).click();
  await expect.poll(async () => (await estimates(page)).at(-1)?.document).toEqual(sent);
  const last = (await estimates(page)).at(-1)!;
  expect(last.summary).toMatchObject({
    monthly: '3695.11',
    complete: true,
    items: [
      { label: 'Production', monthly: '3680.00' },
      { label: 'Partners', monthly: '15.11' },
    ],
  });
  expect(last.summary?.months).toHaveLength(36);
  // The focused item, as version 1 has always described it.
  expect(last.estimate?.total).toBe('3680.00');
  await expect(page.locator('#host-total')).toHaveText('¥3,695.11');

  // An invalid estimate is ignored, the console naming the path.
  const bad = {
    version: 1,
    kind: 'estimate',
    items: [
      { label: 'A', scenario: s1small },
      { label: 'B', scenario: { ...s1small, region: 'mars' } },
    ],
  };
  await send(page, { type: 'apigw-calc:set-estimate', document: bad });
  await expect.poll(() => warnings.some((w) => w.includes('ignored set-estimate: items[1].scenario.region'))).toBe(true);
  await expect(calculator(page).getByTestId('total')).toHaveAttribute('data-value', '3695.11');
});

test('the share link is the public calculator without embed parameters, and keeps the partner price', async ({ page }) => {
  await openHost(page, s1small, 'markup=10&theme=dark&accent=1d4ed8');
  const field = calculator(page).getByTestId('share-url');
  await expect(field).toHaveValue(/[?&]e=1\./);
  const link = new URL(await field.inputValue());
  expect(link.origin).toBe(APP);
  for (const p of ['embed', 'parentOrigin', 'theme', 'accent']) expect(link.searchParams.has(p), p).toBe(false);
  expect(link.searchParams.get('markup')).toBe('10');
  // Opened on its own, the link shows the same partner price.
  await page.goto(link.toString());
  await expect(page.getByTestId('total')).toHaveAttribute('data-value', '4048.00');
});

test('copying the link in the iframe: the clipboard when allowed, else the link selected with a neutral message', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HOST });
  await openHost(page, s1small);
  const app = calculator(page);
  await app.getByTestId('copy-link').click();
  await expect(app.getByTestId('copy-status')).toHaveText('Link copied');
  // Read back by the host page (the frame is allowed to write the clipboard only).
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await app.getByTestId('share-url').inputValue());
  expect(new URL(copied).searchParams.has('embed')).toBe(false);

  // A host without allow="clipboard-write": the browser refuses the clipboard.
  await page.evaluate(() => {
    const f = document.getElementById('calculator') as HTMLIFrameElement;
    f.removeAttribute('allow');
    f.src = f.src + '&again=1';
  });
  await expect.poll(() => page.frames().some((f) => f.url().includes('again=1'))).toBe(true);
  await expect(app.getByTestId('total')).toHaveAttribute('data-value', '3680.00');
  await app.getByTestId('copy-link').click();
  const status = app.getByTestId('copy-status');
  await expect(status).toHaveAttribute('data-state', 'failed');
  await expect(status).toContainText('The link is selected in the field below');
  await expect(status).not.toContainText('address bar');
  await expect(status).toHaveClass(/share-bar__status--neutral/);
  const field = app.getByTestId('share-url');
  await expect(field).toBeFocused();
  const selection = await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
  expect(selection[0]).toBe(0);
  expect(selection[1]).toBe(selection[2]);
});
