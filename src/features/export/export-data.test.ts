import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { findOffering } from '../../engine/catalog.ts';
import { quote } from '../../engine/estimate.ts';
import type { ScenarioDoc } from '../../engine/scenario.ts';
import { WORKED_EXAMPLES } from '../../engine/worked-examples.ts';
import { en } from '../../lib/i18n/en.ts';
import { zh } from '../../lib/i18n/zh.ts';
import { estimateCsv, estimateJson, summaryText } from './export-data.ts';

const catalogs = loadCatalogs();
function contextOf(scenario: ScenarioDoc, t = en, locale: 'en' | 'zh' = 'en') {
  const r = quote(scenario, catalogs);
  if (!r.ok) throw new Error(r.message);
  const offering = findOffering(catalogs, r.scenario.offering)?.offering;
  return { estimate: r.estimate, scenario, t, locale, offering, link: 'https://calc.example/?scenario=abc', exportedAt: '2026-11-23T12:00:00Z' };
}
function context(id: string, t = en, locale: 'en' | 'zh' = 'en') {
  return contextOf(WORKED_EXAMPLES.find((e) => e.id === id)!.scenario, t, locale);
}

describe('export', () => {
  it('writes a CSV with a BOM, one row per line, the total, the inputs and the catalog', () => {
    const csv = estimateCsv(context('tencent-shared-tiers'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('Item,Quantity,Unit,Unit price (CNY),Per,How it is computed,Amount (CNY),Price,Source,Read on,How the price was derived,Notes');
    expect(rows[1]).toMatch(/^Calls,5000000,calls,0\.06,"\/ 10,000 calls","5,000,000 ÷ 10,000 × 0\.06 = 30\.00",30\.00,list price,/);
    expect(rows).toContain('Total for the month,,,,,,45.26');
    expect(rows).toContain('callsPerMonth,5000000');
    expect(rows).toContain(`Version,${catalogs.tencent!.version}`);
  });

  it('writes Chinese labels for a Chinese page', () => {
    const csv = estimateCsv(context('jdcloud-units', zh, 'zh'));
    expect(csv).toContain('本月合计,,,,,,15.11');
    expect(csv).toContain('免费');
    // The source in the page's language (JD Cloud's billing rules were read in English).
    expect(csv).toContain('《京东云 API 网关：计费规则（调用次数与流量）》2. 计费方式（3）收费部分：0.04 元/万次');
    expect(csv).not.toContain('Charged sections');
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
    const chinese = estimateCsv(contextOf(scenario, zh, 'zh')).split('\r\n');
    expect(chinese.find((l) => l.startsWith('实例费用'))).toMatch(/,10 小时 × [\d.]+ × 2 个实例 = /);
    const traffic = chinese.find((l) => l.startsWith('公网出流量费用'))!;
    expect(traffic).toContain('(10 − 1 免费) GB');
    expect(traffic.endsWith(zh.notes['first-year-traffic-account'])).toBe(true);
    expect(chinese).toContain('提示');
    expect(chinese.some((l) => l.startsWith('实例费用,"峰值 100,000 QPS 超过 2 × 基础版的承载能力（'))).toBe(true);
    const english = estimateCsv(contextOf(scenario)).split('\r\n');
    expect(english.find((l) => l.startsWith('Instance,'))).toMatch(/,10 h × [\d.]+ × 2 instances = /);
    expect(english.find((l) => l.startsWith('Egress traffic,'))!.endsWith(`"${en.notes['first-year-traffic-account']}"`)).toBe(true);
  });

  it("says how a derived price was derived, in the page's language", () => {
    const scenario: ScenarioDoc = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large.x3', billing: 'monthly' };
    const csv = estimateCsv(contextOf(scenario, zh, 'zh'));
    const instance = csv.split('\r\n').find((line) => line.startsWith('实例费用'));
    expect(instance).toMatch(/,推算价,.*,3 × api\.s2\.large（28600\.00）：阿里云计费文档/);
  });

  it('marks an incomplete total as a lower bound and lists the missing price', () => {
    const csv = estimateCsv(contextOf({ version: 1, offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', client: 'private' }));
    expect(csv).toContain('Total for the month (lower bound: a price is missing)');
    expect(csv).toContain('Price not published');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = estimateCsv({ ...context('jdcloud-units'), link: '=HYPERLINK("http://evil")' });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('writes JSON of the scenario and the estimate, and a summary for chat', () => {
    const c = context('alibaba-monthly-vpc');
    expect(JSON.parse(estimateJson(c))).toMatchObject({ scenario: c.scenario, estimate: { total: '3680.00' } });
    // The estimate's data, and the screen's words beside it.
    const zhJson = JSON.parse(estimateJson({ ...c, t: zh, locale: 'zh' }));
    expect(zhJson.estimate.lines[0]).toMatchObject({ id: 'instance', calculation: c.estimate.lines[0]!.calculation, formula: '1 个月 × 3,680.00 = 3,680.00' });
    const text = summaryText(c, 'Alibaba api.s1.small', (a) => `¥${a}`);
    expect(text.split('\n')).toEqual([
      'Alibaba api.s1.small',
      'Total for the month: ¥3680.00',
      '· Instance: 1 month × 3,680.00 = 3,680.00',
      '· Egress traffic: 0 GB × 0.80 = 0.00',
      'https://calc.example/?scenario=abc',
    ]);
    // Chinese labels take a full-width colon.
    expect(summaryText({ ...c, t: zh, locale: 'zh' }, '阿里云 api.s1.small', (a) => `¥${a}`).split('\n')).toEqual([
      '阿里云 api.s1.small',
      '本月合计：¥3680.00',
      '· 实例费用：1 个月 × 3,680.00 = 3,680.00',
      '· 公网出流量费用：0 GB × 0.80 = 0.00',
      'https://calc.example/?scenario=abc',
    ]);
  });
});
