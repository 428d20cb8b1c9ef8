/**
 * Volume crossovers and the spike plan on the fixture catalogs (src/testing/fixture-catalogs.ts).
 * Expected values are computed here from the fixture's stated prices:
 *   tencent.shared / alibaba.shared calls: 0.10 /10k for the first 100,000 billable, 0.05 up to
 *     1,000,000, then 0.02 (free: tencent 10,000 in the first year only; alibaba 20,000 every month)
 *   jdcloud.shared: 0.10 per started 10,000 after 10,000 free every month
 *   tencent.dedicated small 1000.00 /month; alibaba.dedicated s1 1500.00 /month (3.00 /h), s2 (cn-hangzhou only)
 *     6.00 /h, 3000.00 /month; s1 15000.00 /year; whole hours
 *   huawei.dedicated basic: no price; pro: 10.00 /h
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../../testing/fixture-catalogs.ts';
import { dec } from '../money.ts';
import { validateScenario, type Scenario, type ScenarioDoc } from '../scenario.ts';
import { spikePlan, type SpikeInput } from './spike.ts';
import { volumeComparison } from './volume.ts';

const catalogs = FIXTURE_CATALOGS;

function scenario(doc: Omit<ScenarioDoc, 'version'>): Scenario {
  const v = validateScenario({ version: 1, ...doc }, catalogs);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('volume crossovers', () => {
  // No traffic (private clients, no backend), not in the first year, in Beijing.
  const result = volumeComparison(
    scenario({ offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: '500000', client: 'private', backend: 'none', peakQps: '50' }),
    catalogs,
  );

  it("compares every pay-per-call offering with each dedicated offering's cheapest priced monthly subscription", () => {
    expect(result.series.map((s) => [s.offering, s.edition])).toEqual(
      expect.arrayContaining([
        ['tencent.shared', undefined],
        ['alibaba.shared', undefined],
        ['jdcloud.shared', undefined],
        ['tencent.dedicated', 'small'],
        ['alibaba.dedicated', 's1'],
      ]),
    );
    // Huawei publishes no subscription price: no curve to draw.
    expect(result.series.some((s) => s.offering === 'huawei.dedicated')).toBe(false);
    expect(result.series).toHaveLength(5);
  });

  it('finds the exact call volume where a subscription becomes no dearer than paying per call', () => {
    // Tencent shared: 1.00 (first 100,000) + 4.50 (next 900,000) + (N − 1,000,000) ÷ 10,000 × 0.02; it
    // rounds to 1000.00 once it reaches 999.995: N − 1,000,000 = 994.495 ÷ 0.02 × 10,000 = 497,247,500.
    const tencent = result.crossovers.find((x) => x.perCall === 'tencent.shared' && x.dedicated === 'tencent.dedicated');
    expect(tencent?.calls.toString()).toBe(String(1_000_000 + 497_247_500));
    // Alibaba's serverless: the same tiers after 20,000 free calls.
    const serverless = result.crossovers.find((x) => x.perCall === 'alibaba.shared' && x.dedicated === 'tencent.dedicated');
    expect(serverless?.calls.toString()).toBe(String(20_000 + 1_000_000 + 497_247_500));
    // JD: started units of 10,000 after 10,000 free, × 0.10 ≥ 1000.00 ⇔ 10,000 units ⇔ N > 10,000 + 99,990,000.
    const jd = result.crossovers.find((x) => x.perCall === 'jdcloud.shared' && x.dedicated === 'tencent.dedicated');
    expect(jd?.calls.toString()).toBe(String(10_000 + 99_990_000 + 1));
    // Alibaba s1 at 1500.00: JD reaches it at 15,000 units.
    const jdS1 = result.crossovers.find((x) => x.perCall === 'jdcloud.shared' && x.dedicated === 'alibaba.dedicated');
    expect(jdS1?.calls.toString()).toBe(String(10_000 + 149_990_000 + 1));
  });

  it('gives chart points in ascending call volume, including the crossovers', () => {
    const calls = result.points.map((p) => p.calls);
    expect(calls.some((c) => c.eq(498_247_500))).toBe(true);
    expect(calls.every((c, i) => i === 0 || c.gt(calls[i - 1]!))).toBe(true);
    expect(result.points.every((p) => p.totals.length === result.series.length)).toBe(true);
    // At 10^7 calls Tencent shared costs 1.00 + 4.50 + 900 × 0.02 = 23.50 (the series are in ranking order).
    const i = result.series.findIndex((s) => s.offering === 'tencent.shared');
    expect(result.points.find((p) => p.calls.eq(10_000_000))?.totals[i]?.toString()).toBe('23.5');
  });
});

describe('spike plan', () => {
  const hangzhou = { offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's1', client: 'private' } as const;
  const event = (input: Partial<SpikeInput> = {}): SpikeInput => ({
    baseline: 's1',
    baselineBilling: 'yearly',
    spike: 's2',
    eventHours: dec(24),
    leadHours: dec(3),
    ...input,
  });

  it("prices seed 003's advice: a yearly s1 plus 27 h of pay-as-you-go s2, against a month of s2", () => {
    const p = spikePlan(scenario(hangzhou), event(), catalogs);
    // 15000.00 ÷ 12 = 1250.00, + 27 h × 6.00 = 162.00 → 1412.00, against 3000.00 for a month of s2.
    expect(p?.baseline.total.toString()).toBe('1250');
    expect(p?.spike.total.toString()).toBe('162');
    expect(p?.plan.toString()).toBe('1412');
    expect(p?.upgrade.total.toString()).toBe('3000');
    expect(p?.saving.toString()).toBe('1588');
    expect(p?.complete).toBe(true);
  });

  it("prices the larger edition at its catalog price, one instance, whatever the baseline's quote", () => {
    const p = spikePlan(scenario({ ...hangzhou, instances: 3, prices: { 'instance.monthly': '1000' } }), event({ baselineBilling: 'monthly' }), catalogs);
    expect(p?.baseline.total.toString()).toBe('3000'); // 3 × the quoted 1000.00
    expect(p?.upgrade.total.toString()).toBe('3000'); // one s2 at the catalog's monthly 3000.00
    expect(p?.plan.toString()).toBe('3162'); // + 27 h × 6.00
  });

  it("carries the workload's traffic in the baseline and the upgrade, not twice in the plan", () => {
    // 100 GB to internet clients at 0.50 = 50.00.
    const p = spikePlan(scenario({ ...hangzhou, client: 'internet', clientGB: 100 }), event(), catalogs);
    expect(p?.baseline.total.toString()).toBe('1300');
    expect(p?.plan.toString()).toBe('1462');
    expect(p?.upgrade.total.toString()).toBe('3050');
  });

  it("gives the event instance the vendor's discount, as the calculator would", () => {
    const p = spikePlan(scenario({ ...hangzhou, discountPercent: 10 }), event(), catalogs);
    expect(p?.spike.total.toString()).toBe('145.8'); // 27 × 6.00 × 0.9
    expect(p?.upgrade.total.toString()).toBe('2700');
  });

  it('says when the plan lacks a price', () => {
    const p = spikePlan(
      scenario({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'basic', client: 'private' }),
      event({ baseline: 'basic', spike: 'pro' }),
      catalogs,
    );
    expect(p?.planComplete).toBe(false);
    expect(p?.complete).toBe(false);
    expect(p?.saving.toString()).toBe('0');
  });

  it('bills the event instance in whole hours where the catalog says so', () => {
    const p = spikePlan(scenario(hangzhou), event({ baselineBilling: 'monthly', eventHours: dec('2.5'), leadHours: dec(0) }), catalogs);
    expect(p?.spike.total.toString()).toBe('18'); // 3 h × 6.00
  });

  it('has no plan with an edition not sold in the region, or more hours than a month', () => {
    expect(spikePlan(scenario({ ...hangzhou, region: 'cn-beijing' }), event(), catalogs)).toBeUndefined(); // s2: Hangzhou and Dubai only
    expect(spikePlan(scenario(hangzhou), event({ eventHours: dec(740), leadHours: dec(5) }), catalogs)).toBeUndefined();
  });
});
