import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { quote } from '../../engine/estimate.ts';
import { WORKED_EXAMPLES } from '../../engine/worked-examples.ts';
import { en } from '../../lib/i18n/en.ts';
import { zh } from '../../lib/i18n/zh.ts';
import { estimateCsv, estimateJson, summaryText } from './export-data.ts';

const catalogs = loadCatalogs();
function context(id: string, t = en, locale: 'en' | 'zh' = 'en') {
  const example = WORKED_EXAMPLES.find((e) => e.id === id)!;
  const r = quote(example.scenario, catalogs, { locale });
  if (!r.ok) throw new Error(r.message);
  return { estimate: r.estimate, scenario: example.scenario, t, link: 'https://calc.example/?scenario=abc', exportedAt: '2026-11-23T12:00:00Z' };
}

describe('export', () => {
  it('writes a CSV with a BOM, one row per line, the total, the inputs and the catalog', () => {
    const csv = estimateCsv(context('tencent-shared-tiers'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('Item,Quantity,Unit,Unit price (CNY),Per,How it is computed,Amount (CNY),Price,Source,Read on,How the price was derived');
    expect(rows[1]).toMatch(/^Calls,5000000,calls,0\.06,"\/ 10,000 calls","5,000,000 ÷ 10,000 × 0\.06 = 30\.00",30\.00,list price,/);
    expect(rows).toContain('Total for the month,,,,,,45.26');
    expect(rows).toContain('callsPerMonth,5000000');
    expect(rows).toContain('Version,2026-11-23.2');
  });

  it('writes Chinese labels for a Chinese page', () => {
    const csv = estimateCsv(context('jdcloud-units', zh, 'zh'));
    expect(csv).toContain('本月合计,,,,,,15.11');
    expect(csv).toContain('免费');
  });

  it('says how a derived price was derived, in the page\'s language', () => {
    const scenario = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large.x3', billing: 'monthly' };
    const r = quote(scenario, catalogs, { locale: 'zh' });
    if (!r.ok) throw new Error(r.message);
    const csv = estimateCsv({ ...context('jdcloud-units', zh, 'zh'), estimate: r.estimate, scenario });
    const instance = csv.split('\r\n').find((line) => line.startsWith('实例费用'));
    expect(instance).toMatch(/,推算价,.*,3 × api\.s2\.large（28600\.00）：阿里云计费文档/);
  });

  it('marks an incomplete total as a lower bound and lists the missing price', () => {
    const r = quote({ version: 1, offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', client: 'private' }, catalogs);
    if (!r.ok) throw new Error(r.message);
    const csv = estimateCsv({ ...context('jdcloud-units'), estimate: r.estimate });
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
    const text = summaryText(c, 'Alibaba api.s1.small', (a) => `¥${a}`);
    expect(text.split('\n')).toEqual(['Alibaba api.s1.small', 'Total for the month: ¥3680.00', '· Instance: 1 month × 3,680.00 = 3,680.00', '· Egress traffic: 0 GB × 0.80 = 0.00', 'https://calc.example/?scenario=abc']);
  });
});
