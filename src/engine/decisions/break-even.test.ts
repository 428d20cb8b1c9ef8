/**
 * Break-even hours on the fixture catalogs (src/testing/fixture-catalogs.ts). Expected values are
 * computed here from the fixture's stated prices:
 *   tencent.dedicated `small`: 2.00 /h, 1000.00 /month, 10800.00 /year (900.00 a month); per-second hours
 *   tencent.dedicated `large`: 4.00 /h, 2000.00 /month, 24000.00 /year (12 × monthly)
 *   alibaba.dedicated `s1`: 3.00 /h (3.30 in me-east-1), 1500.00 /month, 15000.00 /year; whole hours
 *   huawei.dedicated `pro`: 10.00 /h (example), no subscription price; `basic`: no price; minimum fee 0.01
 *   traffic ap-beijing 0.50 /GB
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../../testing/fixture-catalogs.ts';
import { quote } from '../estimate.ts';
import { Dec, asHours, dec } from '../money.ts';
import { isDedicated } from '../offerings/registry.ts';
import { validateScenario, type Scenario, type ScenarioDoc } from '../scenario.ts';
import { scenarioArb } from '../../testing/scenario-arbitrary.ts';
import { breakEven, paygCost, paygCurve, type BreakEven } from './break-even.ts';
import { instanceItem, onBilling, scenarioDoc } from './option.ts';

const catalogs = FIXTURE_CATALOGS;

function scenario(doc: Omit<ScenarioDoc, 'version'>): Scenario {
  const v = validateScenario({ version: 1, ...doc }, catalogs);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}
function of(doc: Omit<ScenarioDoc, 'version'>): BreakEven {
  const b = breakEven(scenario(doc), catalogs);
  if (!b) throw new Error('no break-even');
  return b;
}
const hoursOf = (b: BreakEven, billing: 'monthly' | 'yearly') => b.crossovers.find((c) => c.billing === billing)?.hours;

describe('break-even hours', () => {
  it('is exact for per-second billing: 1000.00 a month ÷ 2.00 an hour = 500 h', () => {
    const b = of({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small' });
    const monthly = b.crossovers.find((c) => c.billing === 'monthly')!;
    expect(monthly.hours?.toString()).toBe('500');
    expect(monthly.monthly.toString()).toBe('1000');
    expect(paygCost(b, dec(500), catalogs).toString()).toBe('1000'); // where pay-as-you-go meets it
    expect(monthly.percentOfMonth?.toDecimalPlaces(2).toString()).toBe('68.49'); // 500 ÷ 730
    expect(b.wholeHours).toBe(false);
  });

  it('keeps an hour count that does not terminate exact: 1000.00 ÷ a quoted 3.00 = 333.33… h', () => {
    const b = of({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', prices: { 'instance.payg': '3' } });
    const hours = hoursOf(b, 'monthly')!;
    expect(hours.toDecimalPlaces(2).toString()).toBe('333.33');
    expect(hours.times(3).toDecimalPlaces(20).toString()).toBe('1000');
    expect(paygCost(b, hours, catalogs).toString()).toBe('1000');
    expect(paygCost(b, hours.minus('0.01'), catalogs).lt(1000)).toBe(true);
  });

  it("computes the yearly term's crossover from its monthly equivalent: 10800.00 ÷ 12 = 900.00, ÷ 2.00 = 450 h", () => {
    const b = of({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small' });
    expect(hoursOf(b, 'yearly')?.toString()).toBe('450');
    expect(b.crossovers.find((c) => c.billing === 'yearly')?.monthly.toString()).toBe('900');
    // `large`: the yearly price is 12 × the monthly price, so both cross at 2000.00 ÷ 4.00 = 500 h.
    const large = of({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'large' });
    expect(large.crossovers.map((c) => c.hours?.toString())).toEqual(['500', '500']);
  });

  it('steps at whole hours where the catalog says so: 1500.00 ÷ 3.30 = 454.5… → above 454 h, not 455', () => {
    const b = of({ offering: 'alibaba.dedicated', region: 'me-east-1', edition: 's1' });
    expect(b.wholeHours).toBe(true);
    expect(hoursOf(b, 'monthly')?.toString()).toBe('454');
    // At 454 h pay-as-you-go is still cheaper (1498.20); at 454.01 h it is billed 455 h (1501.50).
    expect(paygCost(b, dec(454), catalogs).toString()).toBe('1498.2');
    expect(paygCost(b, dec('454.01'), catalogs).toString()).toBe('1501.5');
    // Yearly: 15000.00 ÷ 12 = 1250.00, ÷ 3.30 = 378.7… → 378 h.
    expect(hoursOf(b, 'yearly')?.toString()).toBe('378');
  });

  it('counts instances and the discount in both modes, and carries the other items as a constant', () => {
    // Two `small` instances, 10% off: 2 × 2.00 × 0.9 = 3.60 an hour, 2 × 1000.00 × 0.9 = 1800.00 a month;
    // 100 GB of traffic at 0.50 × 0.9 = 45.00 in every mode.
    const b = of({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', instances: 2, discountPercent: 10, clientGB: 100 });
    expect(b.hourly.toString()).toBe('3.6');
    expect(b.other.toString()).toBe('45');
    expect(b.crossovers[0]?.monthly.toString()).toBe('1845');
    expect(b.crossovers[0]?.hours?.toString()).toBe('500');
    expect(paygCost(b, dec(10), catalogs).toString()).toBe('81'); // 10 × 3.60 + 45.00
  });

  it('says when a subscription never pays within a month, and which prices are missing', () => {
    // A quoted 1.00 an hour: 744 h cost 744.00, less than the 1000.00 subscription.
    const cheap = of({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', prices: { 'instance.payg': '1' } });
    expect(cheap.crossovers[0]?.hours).toBeUndefined();
    const pro = of({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'pro', client: 'private' });
    expect(pro.missing).toEqual(['monthly', 'yearly']);
    expect(pro.crossovers).toEqual([]);
    const basic = of({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', client: 'private' });
    expect(basic.missing).toEqual(['payg', 'monthly', 'yearly']);
  });

  it("charges the vendor's minimum fee on the curve as the estimate does", () => {
    const b = of({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'pro', client: 'private', prices: { 'instance.payg': '0.001' } });
    expect(paygCost(b, dec(1), catalogs).toString()).toBe('0.01'); // 0.001 → 0.00, raised to the minimum 0.01
  });

  it('is no tool for a pay-per-call offering', () => {
    expect(breakEven(scenario({ offering: 'tencent.shared', region: 'ap-beijing' }), catalogs)).toBeUndefined();
  });

  it('draws the whole-hour step and passes through the crossovers', () => {
    const b = of({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's1' });
    const curve = paygCurve(b, catalogs);
    expect(curve).toHaveLength(745);
    expect(curve.find((p) => p.hours.eq(10))?.cost.toString()).toBe('30'); // 10 × 3.00
    const t = of({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small' });
    expect(paygCurve(t, catalogs).map((p) => p.hours.toString())).toEqual(['0', '450', '500', '744']);
  });
});

/** Hours as a scenario document may carry them (40 decimals), rounded up: pay-as-you-go has reached the subscription there. */
const docHours = (h: Dec) => h.toDecimalPlaces(40, Dec.ROUND_UP).toString();

function quoted(doc: ScenarioDoc) {
  const r = quote(doc, catalogs);
  if (!r.ok) throw new Error(`${r.message}: ${JSON.stringify(doc)}`);
  return r;
}

/** The scenario on pay-as-you-go at `hours`, as a document, priced by `quote`; and its exact instance item. */
function paygAt(s: Scenario, hours: Dec) {
  const r = quoted({ ...scenarioDoc(onBilling(s, 'payg')), hours: docHours(hours) });
  return { total: r.estimate.total, exact: instanceItem(r.scenario, catalogs)!.exact! };
}

describe('break-even agrees with the estimate (property)', { timeout: 60_000 }, () => {
  it('at the break-even hours both modes cost what quote says, and the crossover is tight', () => {
    fc.assert(
      fc.property(scenarioArb(catalogs, isDedicated), (doc) => {
        const s = validateScenario(doc, catalogs);
        if (!s.ok) throw new Error(JSON.stringify(s.errors));
        const b = breakEven(s.scenario, catalogs)!;
        for (const c of b.crossovers) {
          // The subscription's month is the estimate of the scenario on that subscription.
          const sub = quoted(scenarioDoc(onBilling(s.scenario, c.billing)));
          expect(c.monthly.toFixed(2)).toBe(sub.estimate.total);
          const subExact = instanceItem(sub.scenario, catalogs)!.exact!;
          if (b.missing.includes('payg')) continue;
          if (c.hours === undefined) {
            // Never within a month: a whole month of pay-as-you-go is not dearer.
            const month = paygAt(s.scenario, dec(744));
            expect(month.exact.lte(subExact)).toBe(true);
            continue;
          }
          const h = c.hours;
          if (b.wholeHours) expect(h.isInteger()).toBe(true);
          // At the break-even hours: pay-as-you-go costs what quote says, and not more than the subscription
          // (the same, to the cent, where hours are billed as they run).
          const at = paygAt(s.scenario, h);
          expect(paygCost(b, h, catalogs).toFixed(2)).toBe(at.total);
          if (b.wholeHours) {
            expect(at.exact.lte(subExact)).toBe(true);
            expect(dec(at.total).lte(sub.estimate.total)).toBe(true);
          } else {
            // The document's hours are the crossover rounded up at the 40th decimal: the exact items meet there.
            expect(at.exact.minus(subExact).abs().lt('1e-30')).toBe(true);
            expect(at.total).toBe(sub.estimate.total);
          }
          // Just below: cheaper (whole hours: any hour billed as `h` still costs no more).
          const below = b.wholeHours ? h.minus('0.5') : h.minus('0.000001');
          if (below.gte(0)) {
            const lower = paygAt(s.scenario, below);
            expect(b.wholeHours ? lower.exact.lte(subExact) : lower.exact.lt(subExact)).toBe(true);
            expect(dec(lower.total).lte(sub.estimate.total)).toBe(true);
          }
          // Just above (a started hour billed whole): dearer.
          const above = h.plus(b.wholeHours ? '0.01' : '0.000001');
          if (above.lte(744)) {
            const higher = paygAt(s.scenario, above);
            expect(higher.exact.gt(subExact)).toBe(true);
            expect(dec(higher.total).gte(sub.estimate.total)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the instance item at one hour is the hourly rate the crossover divides by', () => {
    const s = scenario({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's1', instances: 3 });
    const b = breakEven(s, catalogs)!;
    expect(b.hourly.toString()).toBe('9'); // 3 × 3.00
    expect(instanceItem(onBilling(s, 'payg', asHours(dec('0.5'))), catalogs)?.exact?.toString()).toBe('9'); // a started hour, whole
  });
});
