import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import type { EstimateDoc } from '../../engine/estimates/document.ts';
import { dec } from '../../engine/money.ts';
import type { ScenarioDoc } from '../../engine/scenario.ts';
import { WORKED_EXAMPLES } from '../../engine/worked-examples.ts';
import { en } from '../../lib/i18n/en.ts';
import { zh } from '../../lib/i18n/zh.ts';
import { priceWhole } from '../../lib/quote/estimate-basis.ts';
import { csvCell, estimateCsv, estimateJson, summaryText, type ExportContext } from './export-data.ts';

const catalogs = loadCatalogs();
const example = (id: string) => WORKED_EXAMPLES.find((e) => e.id === id)!.scenario;

function contextOfDoc(doc: EstimateDoc, t = en, locale: 'en' | 'zh' = 'en', markupPercent = '0'): ExportContext {
  const r = priceWhole(doc, catalogs, markupPercent);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { whole: r.whole, catalogs, partner: { markupPercent }, t, locale, link: 'https://calc.example/?e=1.abc', exportedAt: '2026-11-30T12:00:00Z' };
}
const one = (scenario: ScenarioDoc, t = en, locale: 'en' | 'zh' = 'en') =>
  contextOfDoc({ version: 1, kind: 'estimate', items: [{ label: 'API', scenario }] }, t, locale);

/** Two shared Tencent items in one region (their calls and egress pooled) and a dedicated Alibaba one, in two groups. */
const THREE: EstimateDoc = {
  version: 1,
  kind: 'estimate',
  name: 'Checkout',
  customer: 'ACME Ltd',
  items: [
    { label: 'Production', group: 'Live', scenario: example('tencent-shared-tiers') },
    { label: 'Staging', group: 'Test', scenario: { ...example('tencent-shared-tiers'), callsPerMonth: 2000000 } },
    { label: 'Admin', group: 'Live', scenario: example('alibaba-monthly-vpc') },
  ],
  accounts: { tencent: { discountPercent: 10 } },
  growthPercent: 2,
};

/** A CSV's rows split into cells (quoted cells may hold commas). */
function table(csv: string): string[][] {
  return csv
    .slice(1)
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
}

describe('CSV of the whole estimate', () => {
  it('has a BOM, a row per billing item of every item, every pooled line, the group subtotals and the term totals', () => {
    const c = contextOfDoc(THREE);
    const csv = estimateCsv(c);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = table(csv);
    expect(rows[0]).toEqual(en.csv.columns);
    const o = c.whole.output;
    // Every billing item of every item, with its item and group, amount as a plain decimal string.
    const lines = o.items.flatMap((item, i) => item.estimate.lines.map((l) => [THREE.items[i]!.label, item.group, en.lineNames[l.id], l.amount]));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const [label, group, name, amount] of lines) {
      expect(rows.some((r) => r[0] === label && r[1] === group && r[2] === name && r[8] === amount)).toBe(true);
    }
    // The pooled lines of the Tencent account: calls and egress, naming both items.
    expect(o.pooled.length).toBeGreaterThanOrEqual(2);
    const pooled = rows.findIndex((r) => r[0] === en.csv.pooled);
    expect(rows[pooled + 1]).toEqual(en.csv.pooledColumns);
    for (const p of o.pooled) {
      const names = p.items.map((i) => THREE.items[i]!.label).join(' · ');
      expect(rows).toContainEqual([catalogs[p.account as 'tencent']!.name.en, expect.stringContaining(p.id), p.quantity, expect.any(String), p.amount, names]);
    }
    expect(rows).toContainEqual(['Tencent Cloud', 'Calls (calls:tencent.shared)', '7000000', 'calls', expect.any(String), 'Production · Staging']);
    // Group subtotals and the term's totals, in the screen's figures.
    for (const g of o.groups) expect(rows).toContainEqual([g.group, g.monthly, g.first12, g.first36]);
    expect(o.groups.map((g) => g.group)).toEqual(['Live', 'Test']);
    expect(rows).toContainEqual([en.csv.month, o.monthly]);
    expect(rows).toContainEqual([en.csv.upfront, o.upfront]);
    expect(rows).toContainEqual([en.csv.first12, o.first12]);
    expect(rows).toContainEqual([en.csv.first36, o.first36]);
    for (const amount of [o.monthly, o.first12, o.first36]) expect(amount).toMatch(/^\d+\.\d{2}$/);
    // The item amounts add up to the month.
    expect(o.items.reduce((a, i) => a.plus(i.monthly), dec(0)).toFixed(2)).toBe(o.monthly);
    expect(rows).toContainEqual([en.csv.customer, 'ACME Ltd']);
    expect(rows).toContainEqual([en.csv.prices, 'Prices: the vendors’ published list prices, less negotiated discounts (Tencent Cloud 10%).']);
    expect(rows).toContainEqual([en.csv.link, 'https://calc.example/?e=1.abc']);
  });

  it("writes the header and labels in the page's language", () => {
    const rows = table(estimateCsv(contextOfDoc(THREE, zh, 'zh')));
    expect(rows[0]).toEqual(zh.csv.columns);
    expect(rows[0]![0]).toBe('估算项');
    expect(rows.some((r) => r[0] === '按厂商账号合并计费')).toBe(true);
    expect(rows.some((r) => r[0] === '36 个月')).toBe(true);
    expect(rows.some((r) => r[2] === '调用次数费用')).toBe(true);
    // The source in the page's language (JD Cloud's billing rules were read in English).
    const jd = estimateCsv(one(example('jdcloud-units'), zh, 'zh'));
    expect(jd).toContain('《京东云 API 网关：计费规则（调用次数与流量）》2. 计费方式（3）收费部分：0.04 元/万次');
    expect(jd).not.toContain('Charged sections');
  });

  it("writes the formulas, notes and warnings in the screen's words", () => {
    const scenario: ScenarioDoc = {
      version: 1,
      offering: 'tencent.dedicated',
      region: 'ap-guangzhou',
      edition: 'basic',
      instances: 2,
      hours: '10',
      clientGB: 10,
      firstYear: true,
      peakQps: '100000',
    };
    const chinese = estimateCsv(one(scenario, zh, 'zh')).split('\r\n');
    expect(chinese.find((l) => l.startsWith('API,,实例费用'))).toMatch(/,10 小时 × [\d.]+ × 2 个实例 = /);
    const traffic = chinese.find((l) => l.startsWith('API,,公网出流量费用'))!;
    expect(traffic).toContain('(10 − 1 免费) GB');
    expect(traffic.endsWith(zh.notes['first-year-traffic-account'])).toBe(true);
    expect(chinese).toContain('提示');
    expect(chinese.some((l) => l.startsWith('API,"峰值 100,000 QPS 超过 2 × 基础版的承载能力（'))).toBe(true);
    const english = estimateCsv(one(scenario)).split('\r\n');
    expect(english.find((l) => l.startsWith('API,,Instance,'))).toMatch(/,10 h × [\d.]+ × 2 instances = /);
    expect(english.find((l) => l.startsWith('API,,Egress traffic,'))!.endsWith(`"${en.notes['first-year-traffic-account']}"`)).toBe(true);
  });

  it("says how a derived price was derived, in the page's language", () => {
    const scenario: ScenarioDoc = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large.x3', billing: 'monthly' };
    const instance = estimateCsv(one(scenario, zh, 'zh'))
      .split('\r\n')
      .find((line) => line.startsWith('API,,实例费用'));
    expect(instance).toMatch(/,推算价,.*,3 × api\.s2\.large（28600\.00）：阿里云计费文档/);
  });

  it('marks an incomplete month as a lower bound and lists the missing price', () => {
    const csv = estimateCsv(one({ version: 1, offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', client: 'private' }));
    expect(csv).toContain('Month 1 (lower bound: a price is missing)');
    expect(csv).toContain('Price not published');
  });

  it('defuses every cell a spreadsheet would run as a formula: = + - @ at the start', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 21')).toBe("'+86 21");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('12.50')).toBe('12.50');
    const doc: EstimateDoc = {
      version: 1,
      kind: 'estimate',
      customer: '@evil',
      project: '-2+3',
      items: [{ label: '=HYPERLINK("http://evil")', group: '+cmd', scenario: example('jdcloud-units') }],
    };
    const csv = estimateCsv(contextOfDoc(doc));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")",'+cmd,`);
    expect(csv).toContain("Customer,'@evil");
    expect(csv).toContain("Project,'-2+3");
    // No line of the file starts a cell with a formula character.
    for (const r of table(csv)) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('JSON and the chat summary', () => {
  it('JSON holds the estimate document and its output, with the words of the screen', () => {
    const c = contextOfDoc(THREE, zh, 'zh');
    const json = JSON.parse(estimateJson(c));
    expect(json.document).toEqual(THREE);
    expect(json.output).toMatchObject({ kind: 'estimate', monthly: c.whole.output.monthly, first36: c.whole.output.first36, groups: c.whole.output.groups });
    expect(json.output.pooled).toEqual(c.whole.output.pooled);
    expect(json.output.items[2].estimate.lines[0].formula).toBe('1 个月 × 3,680.00 = 3,680.00');
    expect(json.prices).toBe('价格说明：按厂商公布的刊例价计算，已扣除协议折扣（腾讯云 10%）。');
    expect(json.link).toBe('https://calc.example/?e=1.abc');
  });

  it('the summary lists the items, the totals, what the prices rest on and the link', () => {
    const c = contextOfDoc(THREE, en, 'en', '8');
    const o = c.whole.output;
    const text = summaryText(c, (a) => `¥${a}`).split('\n');
    expect(text[0]).toBe('Checkout · ACME Ltd');
    expect(text).toContain(`· Production (Live): ¥${o.items[0]!.monthly}`);
    expect(text).toContain(`· Admin (Live): ¥${o.items[2]!.monthly}`);
    expect(text).toContain(`Subtotal, Live: ¥${o.groups[0]!.monthly}`);
    expect(text).toContain(`Month 1: ¥${o.monthly}`);
    expect(text).toContain(`First 12 months: ¥${o.first12} · 36 months: ¥${o.first36}`);
    expect(text).toContain(
      'Prices: the vendors’ published list prices, less negotiated discounts (Tencent Cloud 10%). These are partner prices: the partner adds a margin of 8% to the vendors’ prices.',
    );
    expect(text.at(-2)).toMatch(/^Prices are the vendors’ published prices as of \d{4}-\d{2}-\d{2}/);
    expect(text.at(-1)).toBe('https://calc.example/?e=1.abc');
  });
});
