/** RULES.md's estimate examples, on the live catalogs, to the cent. */
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { runQuote } from '../../cli/quote.ts';
import { quote } from '../estimate.ts';
import { WORKED_EXAMPLES } from '../worked-examples.ts';
import { quoteEstimate } from './pricing.ts';

const catalogs = loadCatalogs();

function priced(doc: unknown) {
  const r = quoteEstimate(doc, catalogs);
  if (!r.ok) throw new Error(r.message);
  return r.output;
}

const items = (n: number, scenario: object) => Array.from({ length: n }, (_, i) => ({ label: `item ${i + 1}`, scenario }));

describe('estimates billed per vendor account (RULES.md, "Estimates")', () => {
  it('pools three JD items of 800,000 calls: one free quota, 140 units × 0.04 = 5.60', () => {
    // Given three JD items that cost 0.00 each when priced apart,
    const jd = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: 800000 };
    for (const s of [jd]) {
      const alone = quote(s, catalogs);
      expect(alone.ok && alone.estimate.total).toBe('0.00');
    }
    // when they are one estimate, then the account pays for 2,400,000 − 1,000,000 calls,
    const out = priced({ version: 1, kind: 'estimate', items: items(3, jd) });
    expect(out.monthly).toBe('5.60');
    const calls = out.pooled.find((p) => p.id === 'calls:jdcloud.shared');
    expect(calls).toMatchObject({ account: 'jdcloud', amount: '5.60', quantity: '1400000', items: [0, 1, 2] });
    // shared out in item order: the first item's calls take the free quota.
    expect(out.items.map((i) => i.monthly)).toEqual(['0.00', '2.40', '3.20']);
  });

  it('pools two Tencent shared items of 60,000,000 calls: 60 + 360 + 60 = 480.00, not 2 × 260.00', () => {
    const tencent = { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: 60000000 };
    const alone = quote(tencent, catalogs);
    expect(alone.ok && alone.estimate.total).toBe('260.00');
    const out = priced({ version: 1, kind: 'estimate', items: items(2, tencent) });
    expect(out.monthly).toBe('480.00');
    expect(out.items.map((i) => i.monthly)).toEqual(['260.00', '220.00']);
    expect(out.pooled.find((p) => p.id === 'calls:tencent.shared')?.amount).toBe('480.00');
  });

  it('pays a yearly subscription in months 1, 13 and 25, and shows its monthly equivalent', () => {
    // Alibaba api.s1.small in cn-hangzhou: 44,160.00 a year, 3,680.00 a month.
    const yearly = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'yearly' };
    const out = priced({ version: 1, kind: 'estimate', items: items(1, yearly) });
    expect(out).toMatchObject({ monthly: '3680.00', upfront: '44160.00', first12: '44160.00', first36: '132480.00' });
    expect(out.months).toHaveLength(36);
    const paid = out.months.filter((m) => m.cash !== '0.00').map((m) => [m.month, m.cash]);
    expect(paid).toEqual([
      [1, '44160.00'],
      [13, '44160.00'],
      [25, '44160.00'],
    ]);
  });

  it("ends Tencent's first-year quota after firstYearMonths", () => {
    // Tencent's worked example: 45.26 a month, 38.46 in the first year.
    const example = WORKED_EXAMPLES.find((e) => e.id === 'tencent-shared-tiers')!.scenario;
    const out = priced({ version: 1, kind: 'estimate', items: items(1, example), accounts: { tencent: { firstYearMonths: 7 } } });
    expect(out.monthly).toBe('38.46');
    expect(out.months.map((m) => m.cash)).toEqual([...Array(7).fill('38.46'), ...Array(29).fill('45.26')]);
    expect(out.first12).toBe('495.52'); // 7 × 38.46 + 5 × 45.26 = 269.22 + 226.30
  });

  it('prints the estimate output through npm run quote, and names the path of a bad field', () => {
    const doc = { version: 1, kind: 'estimate', items: items(3, { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: 800000 }) };
    const r = runQuote(['-'], () => JSON.stringify(doc));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ kind: 'estimate', currency: 'CNY', monthly: '5.60' });
    expect(out.items[2].estimate.lines[0].formula).toMatch(/= 5\.60$/); // the pooled item's calculation, in English

    const bad = { ...doc, items: [...doc.items, { label: 'x', scenario: { version: 1, offering: 'jdcloud.shared', region: 'mars' } }] };
    const e = runQuote(['-'], () => JSON.stringify(bad));
    expect(e.status).toBe(2);
    expect(e.stderr).toMatch(/^quote: invalid estimate: items\[3\]\.scenario\.region: /);
  });
});
