import { expect, test } from '@playwright/test';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';
import { decodeEstimateParam, decodePlainEstimateParam } from '../src/engine/share-link.ts';
import { expectNoBrokenValues, openScenario, scenarioInUrl, total } from './helpers.ts';

test.describe('presets', () => {
  for (const example of WORKED_EXAMPLES) {
    test(`${example.id}: the preset and its share link show the vendor's total`, async ({ page }) => {
      await page.goto('./?lang=en');
      // The vendors' examples are in a drawer, to check the figures against.
      await page.getByTestId('presets').locator('summary').click();
      await page.locator(`[data-preset="${example.id}"]`).click();
      await expect(total(page)).toHaveAttribute('data-value', example.total);
      for (const [id, amount] of Object.entries(example.lines)) {
        await expect(page.locator(`tr[data-line="${id}"] [data-amount]`)).toHaveAttribute('data-amount', amount);
      }
      // The address bar follows once the page is idle for a moment.
      await expect.poll(() => scenarioInUrl(page)).toEqual(example.scenario);
      const link = page.url();
      await expectNoBrokenValues(page);

      // The same link opened afresh shows the same total.
      const other = await page.context().newPage();
      await other.goto(link);
      await expect(other.getByTestId('total')).toHaveAttribute('data-value', example.total);
    });
  }
});

test('editing fields updates the total, the lines and the URL', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  await expect(total(page)).toHaveText('¥45.26');

  await page.locator('input[name="callsPerMonth"]').fill('150M');
  // 150,000,000 calls: 570.00 for calls; (429.153 + 143.051) GB × 0.8 = 457.76.
  await expect(total(page)).toHaveText('¥1,027.76');
  await expect(page.locator('tr[data-line="calls"] .formula')).toContainText('90,000,000 ÷ 10,000 × 0.04');
  await expect(page.getByTestId('calls-magnitude')).toContainText('150 M');
  // The echo is shown, not described: a description changing with each keystroke would be re-read, and
  // makes Chromium's autofill re-analyse the whole form on every keystroke.
  await expect(page.locator('input[name="callsPerMonth"]')).toHaveAccessibleDescription('You can type 5M, 1.5B or 500万.');
  await expect.poll(() => scenarioInUrl(page)).toMatchObject({ callsPerMonth: '150000000' });

  await page.locator('select[name="backend"]').selectOption('private');
  await expect(page.locator('[data-hop="gatewayToBackend"]')).toHaveAttribute('data-state', 'free');
  await expect(page.locator('tr[data-line="traffic"] [data-amount]')).toHaveAttribute('data-amount', '343.32');
  await expect.poll(() => scenarioInUrl(page)).toMatchObject({ backend: 'private' });
});

test('switching to a dedicated offering keeps the workload and asks for an edition that fits', async ({ page }) => {
  await openScenario(page, { ...WORKED_EXAMPLES[0]!.scenario, peakQps: '3000' });
  await page.locator('input[name="offering"][value="alibaba.dedicated"]').check();
  await expect(page.locator('select[name="region"]')).toHaveValue('cn-shenzhen');
  await expect(page.locator('select[name="edition"]')).toHaveValue('api.s1.medium');
  await page.locator('select[name="edition"]').selectOption('api.s1.small');
  await expect(page.getByTestId('capacity-hint')).toBeVisible();
  await page.getByTestId('capacity-hint').getByRole('button').click();
  await expect(page.locator('select[name="edition"]')).toHaveValue('api.s1.medium');

  await page.locator('input[name="billing"][value="monthly"]').check();
  await expect(page.locator('tr[data-line="instance"] [data-amount]')).toHaveAttribute('data-amount', '9980.00');
  await expect(page.locator('input[name="hours"]')).toHaveCount(0);
  await page.locator('input[name="billing"][value="yearly"]').check();
  await expect(page.getByTestId('upfront')).toHaveAttribute('data-value', '119760.00');
});

test('pay-as-you-go hours: typed, by slider and by quick pick', async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', hours: '9.5', client: 'private' });
  await expect(total(page)).toHaveAttribute('data-value', '59.40');
  await page.locator('button', { hasText: '176 h' }).click();
  await expect(total(page)).toHaveAttribute('data-value', '1045.44');
  await page.locator('input[type="range"][name="hours"]').fill('619');
  await expect(total(page)).toHaveAttribute('data-value', '3676.86');
  await expect(page.locator('input[type="text"][name="hours"]')).toHaveValue('619');
});

test('a price the catalog lacks asks for a quote and shows a lower bound until given', async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', billing: 'monthly', client: 'private' });
  await expect(total(page)).toHaveAttribute('data-complete', 'false');
  await expect(page.getByTestId('incomplete')).toBeVisible();
  await expect(page.locator('tr[data-missing="true"]')).toContainText('Price not published');
  await page.locator('tr[data-missing="true"] button').click();
  await expect(page.locator('input[name="prices.instance.monthly"]')).toBeFocused();
  await page.keyboard.type('2500');
  await expect(total(page)).toHaveAttribute('data-value', '2500.00');
  await expect(total(page)).toHaveAttribute('data-complete', 'true');
  await expect(page.locator('tr[data-line="instance"] .badge')).toHaveText('your price');
});

test('an invalid entry is named at its field, keeps what was typed, and the last estimate stays', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  const calls = page.locator('input[name="callsPerMonth"]');
  await calls.fill('12abc');
  await expect(calls).toHaveValue('12abc');
  await expect(calls).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('stale')).toBeVisible();
  await expect(total(page)).toHaveAttribute('data-value', '45.26');
  await calls.fill('6000000');
  await expect(page.getByTestId('stale')).toHaveCount(0);
  await expect(total(page)).toHaveAttribute('data-value', '54.31');
  // The URL keeps the last valid scenario, also once the address bar has had time to follow.
  await expect.poll(() => scenarioInUrl(page)).toMatchObject({ callsPerMonth: '6000000' });
  await calls.fill('6000000x');
  await page.waitForTimeout(500);
  expect(await scenarioInUrl(page)).toMatchObject({ callsPerMonth: '6000000' });
});

test('a reload restores the scenario and the language', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario, 'zh');
  await page.locator('input[name="discountPercent"]').fill('10');
  await page.locator('input[name="firstYear"]').check();
  // (5,000,000 − 1,000,000 free) ÷ 10,000 × 0.054 = 21.60; (19.073 − 1 free) GB × 0.72 = 13.01.
  await expect(total(page)).toHaveAttribute('data-value', '34.61');
  await page.reload();
  await expect(total(page)).toHaveAttribute('data-value', '34.61');
  await expect(page.locator('input[name="discountPercent"]')).toHaveValue('10');
  await expect(page.locator('input[name="firstYear"]')).toBeChecked();
  await expect(page.locator('h1')).toHaveText('API 网关价格计算器');
});

test('a reload at any moment after typing keeps the last keystroke', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  const calls = page.locator('input[name="callsPerMonth"]');
  // Before, around and after the moment the address bar is written (250 ms after the last key).
  for (const [i, wait] of [0, 120, 240, 260, 400].entries()) {
    await calls.focus();
    await page.keyboard.press('End');
    const previous = await total(page).getAttribute('data-value');
    await page.keyboard.press(String(i + 1));
    const typed = await calls.inputValue();
    await expect(total(page)).not.toHaveAttribute('data-value', previous!);
    const shown = await total(page).getAttribute('data-value');
    if (wait) await page.waitForTimeout(wait);
    await page.reload();
    await expect(calls, `reload ${wait} ms after typing`).toHaveValue(typed);
    await expect(total(page)).toHaveAttribute('data-value', shown!);
  }
});

test('a reload opens the edits of its own history entry only', async ({ page }) => {
  // The same link opened twice, with another page between: two history entries at one address.
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  await page.goto('./?lang=zh');
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  // Only the second is edited.
  await page.locator('input[name="callsPerMonth"]').fill('7000000');
  await expect(total(page)).toHaveAttribute('data-value', '63.36');
  await page.goBack();
  await page.goBack();
  await expect(total(page)).toHaveAttribute('data-value', '45.26');
  await page.reload();
  await expect(total(page)).toHaveAttribute('data-value', '45.26');
  await page.goForward();
  await page.goForward();
  await expect(total(page)).toHaveAttribute('data-value', '63.36');
});

test('the link follows typing once it pauses; copied mid-typing it is already the current one', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  const calls = page.locator('input[name="callsPerMonth"]');
  // A valid entry, at once followed by an invalid one: the copied link is the last valid scenario.
  await calls.fill('6000000');
  await calls.fill('6000000x');
  await page.getByTestId('copy-link').click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The estimate's link: compressed (`e=`) or, while that is being made, plain (`estimate=`).
  const params = new URL(copied).searchParams;
  const e = params.get('e');
  const decoded = e !== null ? await decodeEstimateParam(e) : decodePlainEstimateParam(params.get('estimate') ?? '');
  expect(decoded).toMatchObject({ ok: true, json: { items: [{ scenario: { callsPerMonth: '6000000' } }] } });
  await expect.poll(() => scenarioInUrl(page)).toMatchObject({ callsPerMonth: '6000000' });
});

test("a derived price is explained in the page's language", async ({ page }) => {
  const x3 = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large.x3', billing: 'monthly' };
  await openScenario(page, x3, 'zh');
  const row = page.locator('tr[data-line="instance"]');
  await expect(row.locator('.badge')).toHaveText('推算价');
  await expect(row.locator('.source')).toContainText('阿里云计费文档对该规格只写“见产品购买页”');
  await expect(row.locator('.source')).not.toContainText('billing page');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(row.locator('.source')).toContainText("Alibaba's billing page gives this type no price");
});

test("a price's source is written in the page's language", async ({ page }) => {
  // Alibaba's dedicated-instance billing was read in its English edition: the Chinese page names it in Chinese.
  const scenario = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', hours: '9.5', clientGB: 10 };
  await openScenario(page, scenario, 'zh');
  const source = page.locator('tr[data-line="traffic"] .source');
  await expect(source).toHaveAttribute('data-source', 'alibaba-dedicated');
  await expect(source).toContainText('来源：《阿里云 API 网关：专享实例计费说明（实例规格使用费用、公网出访流量费用）》公网出访流量费用（元/GB）');
  await expect(source).not.toContainText('Outbound');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(source).toContainText('Source: Alibaba Cloud API Gateway: billing of dedicated instances');
  await expect(source).toContainText('Outbound public network traffic fees (CNY/GB)');
});

test('back and forward restore the scenario of each page', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  await page.locator('input[name="callsPerMonth"]').fill('7000000'); // 42.00 + 26.703 GB × 0.8 = 21.36
  await expect(total(page)).toHaveAttribute('data-value', '63.36');
  await page.goto('./?lang=en&scenario=');
  await page.goBack();
  await expect(total(page)).toHaveAttribute('data-value', '63.36');
  await page.goForward();
  await expect(page.getByTestId('error')).toBeVisible();
});

test.describe('bad links', () => {
  test('a link that is not base64url opens the defaults with a specific message, and stays', async ({ page }) => {
    await page.goto('./?lang=en&scenario=%%%');
    await page.reload();
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('%%%');
    await expect(page.getByTestId('error')).toContainText('could not be opened');
    await page.getByTestId('error').getByText('Details').click();
    await expect(page.getByTestId('error')).toContainText('not base64url');
    await expect(total(page)).toHaveAttribute('data-value', '45.26');
  });

  test('a scenario with bad fields names them', async ({ page }) => {
    await openScenario(page, { version: 1, offering: 'tencent.shared', region: 'mars-1', callsPerMonth: -3 });
    await expect(page.getByTestId('error')).toContainText('region, callsPerMonth');
    await expect(total(page)).toHaveAttribute('data-value', '45.26');
  });

  test('a hostile link is shown as text, never as markup', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await openScenario(page, { version: 1, offering: 'tencent.shared', region: '<img src=x onerror=alert(1)>' });
    await expect(page.getByTestId('error')).toContainText('region');
    await expect(page.locator('img')).toHaveCount(0);
    expect(dialog).toBe(false);
  });
});

test('the language switch translates the page and the link', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario, 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('tr[data-line="calls"] th')).toContainText('Calls');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('API 网关价格计算器');
  await expect(page.locator('tr[data-line="calls"] th')).toContainText('调用次数费用');
  await expect(page.getByTestId('calls-magnitude')).toContainText('500 万');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');
  await expect(total(page)).toHaveText('¥45.26');
});

test("the page opens in the browser's language when the link names none", async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('API 网关价格计算器');
  await context.close();
});

test('catalog failure shows a clear message and a retry that works', async ({ page }) => {
  let fail = true;
  await page.route('**/catalogs/alibaba.json', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
  await page.goto('./?lang=en');
  await expect(page.getByTestId('error')).toContainText('could not be loaded');
  await expect(page.getByTestId('error')).toContainText('HTTP 503');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(total(page)).toHaveAttribute('data-value', '45.26');
});

test('a part of the page that cannot load says so, and the rest keeps working', async ({ page }) => {
  // The saved estimates and the decision tools are chunks of their own, fetched after the first total.
  await page.route(/\/assets\/(saved-estimates|decisions)-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('./?lang=en');
  await expect(page.getByTestId('chunk-error')).toContainText('could not load');
  await expect(page.getByTestId('chunk-error').getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(total(page)).toHaveAttribute('data-value', '45.26');
  await page.locator('input[name="callsPerMonth"]').fill('10000000');
  await expect(total(page)).not.toHaveAttribute('data-value', '45.26');
});

test('a language that cannot load leaves the page in its language, saying so', async ({ page }) => {
  await page.route(/\/assets\/zh-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('./?lang=en');
  await expect(total(page)).toHaveAttribute('data-value', '45.26');
  await page.locator('.lang-switch').click();
  await expect(page.getByRole('status').filter({ hasText: 'could not load' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.lang-switch')).toHaveText('中文');
  // Once the network is back, the switch works.
  await page.unroute(/\/assets\/zh-[^/]*\.js$/);
  await page.locator('.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an invalid catalog names the bad path', async ({ page }) => {
  await page.route('**/catalogs/jdcloud.json', async (route) => {
    const json = await (await route.fetch()).json();
    json.offerings[0].prices[0].price = 'free';
    await route.fulfill({ json });
  });
  await page.goto('./?lang=en');
  await expect(page.getByTestId('error')).toContainText('offerings[0].prices[0].price');
});

test("Alibaba serverless is offered by itself and priced as in Alibaba's worked example", async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(total(page)).toHaveAttribute('data-value', '45.26');
  const option = page.locator('label.offering', { has: page.locator('input[value="alibaba.shared"]') });
  await expect(option).toContainText('Alibaba Cloud');
  await expect(option.locator('.offering__name')).toHaveText('API Gateway, serverless instance (pay per call)');
  await option.click();
  await expect(page.locator('input[name="offering"][value="alibaba.shared"]')).toBeChecked();
  // Priced per call: no edition, instances or billing mode.
  await expect(page.locator('select[name="edition"]')).toHaveCount(0);
  await expect(page.locator('input[name="billing"]')).toHaveCount(0);
  await page.locator('select[name="region"]').selectOption('cn-hangzhou');
  await page.locator('input[name="callsPerMonth"]').fill('12M');
  await page.getByText('Know the month’s traffic in GB?').click();
  await page.locator('input[name="clientGB"]').fill('100');
  await page.locator('select[name="backend"]').selectOption('private');
  // 12,000,000 − 1,000,000 free = 11,000,000: 1,000 × 0.06 + 100 × 0.04 = 64.00; 100 GB × 0.80 = 80.00.
  await expect(total(page)).toHaveAttribute('data-value', '144.00');
  await expect(page.locator('tr[data-line="calls"] [data-amount]')).toHaveAttribute('data-amount', '64.00');
  await expect(page.locator('tr[data-line="traffic"] [data-amount]')).toHaveAttribute('data-amount', '80.00');
  await expect(page.locator('tr[data-line="calls"] .formula')).toHaveText(
    '12,000,000 − 1,000,000 free = 11,000,000; 10,000,000 ÷ 10,000 × 0.06 + 1,000,000 ÷ 10,000 × 0.04 = 64.00',
  );
  await expect(page.locator('[data-hop="gatewayToClient"]')).toHaveAttribute('data-state', 'billed');
  await expect(page.locator('[data-hop="gatewayToBackend"]')).toHaveAttribute('data-state', 'free');
  await expect
    .poll(() => scenarioInUrl(page))
    .toMatchObject({ offering: 'alibaba.shared', region: 'cn-hangzhou', callsPerMonth: '12000000', clientGB: '100', backend: 'private' });
  await expectNoBrokenValues(page);

  // Its name in Chinese.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(option.locator('.offering__vendor')).toHaveText('阿里云');
  await expect(option.locator('.offering__name')).toHaveText('API 网关 Serverless 实例（共享实例，按调用量计费）');
  await expect(total(page)).toHaveAttribute('data-value', '144.00');
});

test("formulas are written in the Chinese page's words, and follow a language switch", async ({ page }) => {
  await openScenario(
    page,
    { version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', instances: '2', hours: '10', client: 'private', backend: 'private' },
    'zh',
  );
  const instance = page.locator('tr[data-line="instance"] .formula');
  await expect(instance).toHaveText('10 小时 × 5.94 × 2 个实例 = 118.80');
  await page.locator('input[name="billing"][value="monthly"]').check();
  await expect(instance).toHaveText(/^1 个月 × [\d,.]+ × 2 个实例 = [\d,.]+$/);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(instance).toHaveText(/^1 month × [\d,.]+ × 2 instances = [\d,.]+$/);

  await openScenario(page, WORKED_EXAMPLES[1]!.scenario, 'zh');
  await expect(page.locator('tr[data-line="calls"] .formula')).toHaveText('5,000,000 − 1,000,000 免费 = 4,000,000；4,000,000 ÷ 10,000 × 0.06 = 24.00');
  await openScenario(page, WORKED_EXAMPLES.find((e) => e.id === 'alibaba-payg-partial-hour')!.scenario, 'zh');
  await expect(page.locator('tr[data-line="instance"] .formula')).toHaveText('9.5 小时 → 10 小时 × 5.94 = 59.40');
  const formulas = await page.locator('.formula').allTextContents();
  expect(formulas.filter((f) => /\bh\b|instance|free|month|minimum fee/.test(f))).toEqual([]);
});

test('a quoted price the configuration does not use is named, ignored, and can be cleared', async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', hours: '9.5', client: 'private' });
  await page.getByTestId('overrides').locator('summary').click();
  await page.locator('input[name="prices.instance.payg"]').fill('5');
  await expect(total(page)).toHaveAttribute('data-value', '50.00');
  await page.locator('input[name="billing"][value="monthly"]').check();
  await expect(total(page)).toHaveAttribute('data-value', '3680.00');
  const warning = page.locator('[data-warning="unused-price"]');
  await expect(warning).toHaveText('Your quoted price “Instance, per hour” does not apply to this configuration and is ignored.');
  const field = page.locator('input[name="prices.instance.payg"]');
  await expect(field).toHaveValue('5');
  await expect(page.locator('.field', { has: field })).toContainText('Not used by this configuration: clear it.');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(warning).toHaveText('您输入的“实例（元/小时）”报价不适用于当前配置，已忽略。');
  await field.fill('');
  await expect(warning).toHaveCount(0);
  await expect(field).toHaveCount(0);
  await expect(total(page)).toHaveAttribute('data-value', '3680.00');
});

test('one quoted rate for every call replaces the tiers, and says so', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  await page.getByTestId('overrides').locator('summary').click();
  await page.locator('input[name="prices.calls"]').fill('0.03');
  // 5,000,000 ÷ 10,000 × 0.03 = 15.00, plus the traffic's 15.26.
  await expect(total(page)).toHaveAttribute('data-value', '30.26');
  await expect(page.locator('[data-note="flat-call-price"]')).toHaveText(
    'Your quoted calls price is one flat rate for every billable call, replacing the tiers.',
  );
  // A tier's price as well: the contract refuses the pair, and the field says why.
  await page.locator('input[name="prices.calls.tier1"]').fill('0.05');
  await expect(page.getByTestId('stale')).toBeVisible();
  await expect(page.locator('input[name="prices.calls"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Give either one rate for every call or tier prices, not both.').first()).toBeVisible();
  await page.locator('input[name="prices.calls.tier1"]').fill('');
  await expect(page.getByTestId('stale')).toHaveCount(0);
  await expect(total(page)).toHaveAttribute('data-value', '30.26');
});

test('a discount typed as "15%" is taken as 15 percent', async ({ page }) => {
  await openScenario(page, WORKED_EXAMPLES[0]!.scenario);
  const discount = page.locator('input[name="discountPercent"]');
  await expect(page.locator('.field', { has: discount })).toContainText('15 or 15%');
  await discount.fill('15%');
  await expect(discount).toHaveValue('15%');
  await expect(discount).not.toHaveAttribute('aria-invalid', 'true');
  // 5,000,000 ÷ 10,000 × 0.051 = 25.50; 19.073 GB × 0.68 = 12.97.
  await expect(total(page)).toHaveAttribute('data-value', '38.47');
  await expect(page.locator('tr[data-line="calls"] .formula')).toHaveText('5,000,000 ÷ 10,000 × 0.051 (0.06 − 15%) = 25.50');
  await expect.poll(() => scenarioInUrl(page)).toMatchObject({ discountPercent: '15%' });
  await page.reload();
  await expect(discount).toHaveValue('15%');
  await expect(total(page)).toHaveAttribute('data-value', '38.47');
  await discount.fill('150%');
  await expect(discount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field', { has: discount })).toContainText('Enter a percentage from 0 to 100, such as 15 or 15%.');
});

test('a 25-digit number typed into a field is refused at once, without stalling the page', async ({ page }) => {
  await openScenario(page, { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', hours: '9.5', peakQps: '100' });
  for (const name of ['callsPerMonth', 'peakQps', 'instances', 'hours', 'responseKB', 'discountPercent']) {
    const input = page.locator(`input[type="text"][name="${name}"]`);
    const before = await input.inputValue();
    await input.fill('');
    const started = Date.now();
    await input.pressSequentially('1234567890123456789012345');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('stale')).toBeVisible();
    expect(Date.now() - started, name).toBeLessThan(10_000);
    await input.fill(before);
    await expect(page.getByTestId('stale')).toHaveCount(0);
  }
  await expect(total(page)).toHaveAttribute('data-value', '59.40');
});
