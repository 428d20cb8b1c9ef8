import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { dec } from '../money.ts';
import { validateScenario, type ScenarioJson } from '../scenario.ts';
import { breakEven, paygCost, paygCurve } from './break-even.ts';

const catalogs = loadCatalogs();
function of(json: ScenarioJson) {
  const v = validateScenario({ version: 1, ...json }, catalogs);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const b = breakEven(v.scenario, catalogs);
  if (!b) throw new Error('no break-even');
  return b;
}

describe('break-even hours', () => {
  it('is exact for continuous billing: Tencent basic, monthly above 3680 ÷ 5.94 = 619.52… h', () => {
    const b = of({ offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic' });
    const monthly = b.crossovers.find((c) => c.billing === 'monthly');
    expect(monthly?.hours?.toDecimalPlaces(1).toString()).toBe('619.5');
    expect(monthly?.hours?.times('5.94').toString()).toBe('3680'); // exactly where pay-as-you-go meets it
    expect(monthly?.percentOfMonth?.round().toString()).toBe('85');
    // Tencent's yearly term is 12 × monthly: the same crossover.
    expect(b.crossovers.find((c) => c.billing === 'yearly')?.hours?.eq(monthly!.hours!)).toBe(true);
  });

  it('steps at whole hours for Alibaba: api.s2.large in cn-hangzhou breaks even above 619 h, not 620', () => {
    const b = of({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large' });
    const monthly = b.crossovers.find((c) => c.billing === 'monthly')!;
    expect(monthly.hours?.toString()).toBe('619');
    // At 619 h pay-as-you-go is still cheaper; at 619.01 h (billed 620 h) it is dearer.
    expect(paygCost(b, dec(619)).lt(monthly.monthly)).toBe(true);
    expect(paygCost(b, dec('619.01')).gt(monthly.monthly)).toBe(true);
  });

  it('computes the yearly term\'s crossover from its monthly equivalent', () => {
    const b = of({ offering: 'alibaba.dedicated', region: 'me-east-1', edition: 'api.s1.medium' });
    // Dubai: 203,020.80 ÷ 12 = 16,918.40 = the monthly price, ÷ 28.22 = 599.5 → 599 h.
    expect(b.crossovers.map((c) => c.hours?.toString())).toEqual(['599', '599']);
  });

  it('counts instances and the discount in both modes, and carries the other lines as a constant', () => {
    const b = of({ offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', instances: 2, discountPercent: 10, clientGB: 100 });
    expect(b.hourly.toString()).toBe('10.692');
    expect(b.other.toString()).toBe('72');
    expect(b.crossovers[0]?.monthly.toString()).toBe('6696'); // 2 × 3,680 × 0.9 + 72
    expect(b.crossovers[0]?.hours?.toDecimalPlaces(1).toString()).toBe('619.5');
  });

  it('says when a subscription never pays within a month, and which prices are missing', () => {
    // A quoted pay-as-you-go price so low that a month of it costs less than the subscription.
    const cheap = of({ offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', prices: { 'instance.payg': '1' } });
    expect(cheap.crossovers[0]?.hours).toBeUndefined();
    const huawei = of({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'professional', client: 'private' });
    expect(huawei.missing).toEqual(['monthly', 'yearly']);
    expect(huawei.crossovers).toEqual([]);
  });

  it('charges Huawei\'s minimum fee on the curve as the estimate does', () => {
    const b = of({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'professional', client: 'private', prices: { 'instance.payg': '0.001' } });
    expect(paygCost(b, dec(1)).toString()).toBe('0.01'); // 0.001 → 0.00, raised to Huawei's 0.01
  });

  it('draws the whole-hour step and passes through the crossover', () => {
    const b = of({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small' });
    const curve = paygCurve(b);
    expect(curve).toHaveLength(745);
    expect(curve.find((p) => p.hours.eq(10))?.cost.toString()).toBe('59.4');
    const t = of({ offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic' });
    expect(paygCurve(t).map((p) => p.hours.toDecimalPlaces(1).toString())).toEqual(['0', '619.5', '744']);
  });
});
