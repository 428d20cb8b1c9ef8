/** A seller's margin (a partner's `markup`): raised per billing item after discounts, rounded once. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { fixtureCatalogs } from '../../testing/fixture-catalogs.ts';
import { scenarioArb } from '../../testing/scenario-arbitrary.ts';
import { quote } from '../estimate.ts';
import { formulaText } from '../explain.ts';
import { dec } from '../money.ts';
import { quoteEstimate, type EstimateOutput } from './pricing.ts';

const live = loadCatalogs();
const fixtures = fixtureCatalogs();

function priced(doc: unknown, markupPercent?: string, catalogs = live): EstimateOutput {
  const r = quoteEstimate(doc, catalogs, markupPercent === undefined ? {} : { markupPercent });
  if (!r.ok) throw new Error(r.message);
  return r.output;
}

const one = (scenario: object) => ({ version: 1, kind: 'estimate', items: [{ label: '1', scenario }] });
const s1small = (billing: string) => ({ version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing });

describe('markupPercent', () => {
  it('raises a monthly Alibaba api.s1.small at 10 % to 4,048.00 (3,680.00 × 1.1)', () => {
    const out = priced(one(s1small('monthly')), '10');
    expect(out.monthly).toBe('4048.00');
    expect(out.first12).toBe('48576.00');
    const line = out.items[0]!.estimate.lines[0]!;
    expect(line.amount).toBe('4048.00');
    expect(line.unitPrice).toBe('3680.00'); // the vendor's price stays the vendor's
    expect(line.calculation.markupPercent).toBe('10');
    expect(formulaText(line.calculation)).toBe('1 month × 3,680.00 × 110% (partner margin 10%) = 4,048.00');
    const alone = quote(s1small('monthly'), live, { markupPercent: '10' });
    expect(alone.ok && alone.estimate.total).toBe('4048.00');
  });

  it('raises a yearly payment as its own item: 44,160.00 × 1.1 = 48,576.00 in months 1, 13 and 25', () => {
    const out = priced(one(s1small('yearly')), '10');
    expect(out).toMatchObject({ monthly: '4048.00', upfront: '48576.00', first36: '145728.00' });
  });

  it('applies after the discount, then rounds once: 3,680.00 × 0.88 × 1.075 = 3,481.28', () => {
    const out = priced(one({ ...s1small('monthly'), discountPercent: 12 }), '7.5');
    // 3,680 × 0.88 = 3,238.40; × 1.075 = 3,481.28 exactly.
    expect(out.monthly).toBe('3481.28');
  });

  it('raises a pooled item once and shares it from its raised slices', () => {
    // Three JD items of 800,000 calls: 140 units × 0.04 = 5.60; at 10 %: 6.16, shared 0.00, 2.64, 3.52.
    const jd = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: 800000 };
    const doc = { version: 1, kind: 'estimate', items: [1, 2, 3].map((i) => ({ label: String(i), scenario: jd })) };
    const out = priced(doc, '10');
    expect(out.pooled[0]).toMatchObject({ amount: '6.16', items: [0, 1, 2] });
    expect(out.items.map((i) => i.monthly)).toEqual(['0.00', '2.64', '3.52']);
    expect(out.monthly).toBe('6.16');
  });

  it('rejects a margin outside 0–100', () => {
    expect(() => quoteEstimate(one(s1small('monthly')), live, { markupPercent: '101' })).toThrow(RangeError);
    expect(() => quoteEstimate(one(s1small('monthly')), live, { markupPercent: '-1' })).toThrow(RangeError);
  });

  it('of 0 changes nothing, and never lowers any billing item, pooled item, month or total (a share, at most by a cent)', { timeout: 60_000 }, () => {
    const markup = fc.oneof(
      fc.constantFrom('0.01', '10', '100'),
      fc.integer({ min: 0, max: 10000 }).map((n) => dec(n).div(100).toString()),
    );
    fc.assert(
      fc.property(scenarioArb(fixtures), fc.integer({ min: 1, max: 3 }), markup, (scenario, n, m) => {
        // n copies of one scenario: one account, its usage pooled.
        const doc = { version: 1, kind: 'estimate', items: Array.from({ length: n }, (_, i) => ({ label: String(i), scenario })) };
        const base = priced(doc, undefined, fixtures);
        expect(priced(doc, '0', fixtures)).toEqual(base);
        const up = priced(doc, m, fixtures);
        const pairs: [string, string][] = [
          [up.monthly, base.monthly],
          [up.upfront, base.upfront],
          [up.first12, base.first12],
          [up.first36, base.first36],
          ...up.months.map((x, i): [string, string] => [x.cash, base.months[i]!.cash]),
          ...up.pooled.map((x, i): [string, string] => [x.amount, base.pooled[i]!.amount]),
          // An item's own billing items (a pooled line on an item is its share: below).
          ...up.items.flatMap((item, i) =>
            item.estimate.lines.flatMap((l, j): [string, string][] => (l.pool ? [] : [[l.amount, base.items[i]!.estimate.lines[j]!.amount]])),
          ),
        ];
        for (const [a, b] of pairs) expect(dec(a).gte(b), `${a} < ${b} at ${m} %`).toBe(true);
        // A share of a pooled item is an allocation of the raised pool, each share rounded where the
        // items' running total crosses a cent: a share may come out a cent lower, never more.
        up.items.forEach((item, i) =>
          item.estimate.lines.forEach((l, j) => {
            if (l.pool) expect(dec(l.amount).gte(dec(base.items[i]!.estimate.lines[j]!.amount).minus('0.01')), `share ${l.amount} at ${m} %`).toBe(true);
          }),
        );
      }),
      { numRuns: 40 },
    );
  });
});
