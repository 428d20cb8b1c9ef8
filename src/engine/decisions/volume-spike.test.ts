import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { dec } from '../money.ts';
import { validateScenario, type ScenarioJson } from '../scenario.ts';
import { spikePlan } from './spike.ts';
import { volumeComparison } from './volume.ts';

const catalogs = loadCatalogs();

describe('volume crossovers', () => {
  const doc: ScenarioJson = { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: '5000000', client: 'private', backend: 'none', peakQps: '2000' };
  const v = validateScenario(doc, catalogs);
  if (!v.ok) throw new Error('invalid');
  const result = volumeComparison(v.scenario, doc, catalogs);

  it('compares the pay-per-call offerings with each dedicated offering\'s cheapest monthly subscription', () => {
    expect(result.series.map((s) => [s.offering, s.edition])).toEqual(
      expect.arrayContaining([['tencent.shared', undefined], ['jdcloud.shared', undefined], ['tencent.dedicated', 'basic'], ['alibaba.dedicated', 'api.s1.small']]),
    );
  });

  it('finds the exact call volume where Tencent basic becomes cheaper than paying per call', () => {
    // No traffic: shared costs 60 for the first 10 M, 360 for the next 90 M, then 0.03 per 10,000;
    // basic costs 3,680 a month. 420 + (N − 100,000,000) ÷ 10,000 × 0.03 rounds to 3,680.00 once it
    // reaches 3,679.995, at N = 1,186,665,000.
    const c = result.crossovers.find((x) => x.perCall === 'tencent.shared' && x.dedicated === 'tencent.dedicated');
    expect(c?.calls.toString()).toBe('1186665000');
    // JD: (N − 1,000,000) ÷ 10,000 rounded up × 0.04 ≥ 3,680 ⇔ 92,000 units ⇔ N > 920,990,000.
    const jd = result.crossovers.find((x) => x.perCall === 'jdcloud.shared' && x.dedicated === 'tencent.dedicated');
    expect(jd?.calls.toString()).toBe('920990001');
  });

  it('gives chart points in ascending call volume, including the crossovers', () => {
    const calls = result.points.map((p) => p.calls);
    expect(calls.some((c) => c.eq(1186665000))).toBe(true);
    expect(calls.every((c, i) => i === 0 || c.gt(calls[i - 1]!))).toBe(true);
    expect(result.points.every((p) => p.totals.length === result.series.length)).toBe(true);
  });
});

describe('spike plan', () => {
  it('prices seed 003\'s example: yearly api.s1.small plus 27 h of pay-as-you-go api.s1.medium', () => {
    const doc = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', client: 'private' };
    const p = spikePlan(doc, { baseline: 'api.s1.small', baselineBilling: 'yearly', spike: 'api.s1.medium', eventHours: dec(24), leadHours: dec(3) }, catalogs);
    // 44,160 ÷ 12 = 3,680.00 + 27 h × 16.10 = 434.70 → 4,114.70, against 9,980.00 for a month of api.s1.medium.
    expect(p?.plan.toString()).toBe('4114.7');
    expect(p?.upgrade.total).toBe('9980.00');
    expect(p?.saving.toString()).toBe('5865.3');
    expect(p?.complete).toBe(true);
  });

  it('prices the larger edition at its catalog price, one instance, whatever the baseline\'s quote', () => {
    const doc = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', instances: 3, client: 'private', prices: { 'instance.monthly': '1000' } };
    const p = spikePlan(doc, { baseline: 'api.s1.small', baselineBilling: 'monthly', spike: 'api.s1.medium', eventHours: dec(24), leadHours: dec(3) }, catalogs);
    expect(p?.baseline.total).toBe('3000.00'); // 3 × the quoted 1,000
    expect(p?.upgrade.total).toBe('9980.00'); // one api.s1.medium at the catalog's monthly price
    expect(p?.plan.toString()).toBe('3434.7'); // + 27 h × 16.10
  });

  it('says when the plan lacks a price', () => {
    const doc = { version: 1, offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', client: 'private' };
    const p = spikePlan(doc, { baseline: 'basic', baselineBilling: 'yearly', spike: 'professional', eventHours: dec(24), leadHours: dec(3) }, catalogs);
    expect(p?.planComplete).toBe(false);
    expect(p?.complete).toBe(false);
  });

  it('bills the spike instance in whole hours where the vendor does', () => {
    const doc = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', client: 'private' };
    const p = spikePlan(doc, { baseline: 'api.s1.small', baselineBilling: 'monthly', spike: 'api.s1.medium', eventHours: dec('2.5'), leadHours: dec(0) }, catalogs);
    expect(p?.spike.total).toBe('48.30'); // 3 h × 16.10
  });
});
