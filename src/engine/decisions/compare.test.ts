import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { quote } from '../estimate.ts';
import { validateScenario, type ScenarioJson } from '../scenario.ts';
import * as fc from 'fast-check';
import { compareOptions, planComparison, priceOptions, recommend } from './compare.ts';

const catalogs = loadCatalogs();
function compare(json: ScenarioJson, city?: Parameters<typeof compareOptions>[3]) {
  const doc = { version: 1, ...json };
  const v = validateScenario(doc, catalogs);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return compareOptions(v.scenario, doc, catalogs, city);
}

// 5,000,000 calls of 3 KB responses to internet clients, backend in the same region's VPC, in Beijing.
const BEIJING: ScenarioJson = { offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: 5000000, responseKB: 3, requestKB: 1, client: 'internet', backend: 'private', peakQps: 1000 };

describe('cross-vendor comparison', () => {
  it('ranks the same workload at every vendor in the city, cheapest first', () => {
    const options = compare(BEIJING);
    // JD: (5,000,000 − 1,000,000 free) ÷ 10,000 = 400 units × 0.04 = 16.00, + 14.305 GB × 0.80 = 11.44.
    expect(options[0]).toMatchObject({ offering: 'jdcloud.shared', region: 'cn-north-1', total: '27.44', complete: true });
    // Tencent shared: 30.00 + 11.44.
    expect(options[1]).toMatchObject({ offering: 'tencent.shared', region: 'ap-beijing', total: '41.44' });
    expect(new Set(options.map((o) => o.region))).toEqual(new Set(['cn-north-1', 'ap-beijing', 'cn-beijing', 'cn-north-4']));
  });

  it('offers every edition that carries the peak, in every billing mode', () => {
    const options = compare({ ...BEIJING, peakQps: 6000 });
    const tencent = options.filter((o) => o.offering === 'tencent.dedicated');
    expect(new Set(tencent.map((o) => o.edition))).toEqual(new Set(['enterprise', 'platinum', 'diamond']));
    expect(tencent.filter((o) => o.edition === 'enterprise').map((o) => o.billing).toSorted()).toEqual(['monthly', 'payg', 'yearly']);
    // A shared Tencent service cannot carry 6,000 QPS (its cap is 5,000): not offered.
    expect(options.some((o) => o.offering === 'tencent.shared')).toBe(false);
    expect(tencent.find((o) => o.edition === 'enterprise')?.headroom?.toDecimalPlaces(2).toString()).toBe('1.67');
  });

  it('says which offerings cannot carry the peak instead of dropping them silently', () => {
    const doc = { version: 1, ...BEIJING, peakQps: 60_000_001 };
    const v = validateScenario(doc, catalogs);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const { planned, excluded } = planComparison(v.scenario, doc, catalogs);
    // Over the 1,000-instance limit: Tencent's 50,000-QPS and Alibaba's 60,000-QPS largest editions.
    expect(excluded).toEqual([
      { offering: 'tencent.dedicated', region: 'ap-beijing', reason: 'instances', edition: 'diamond', instances: 1201 },
      { offering: 'tencent.shared', region: 'ap-beijing', reason: 'qps-cap', cap: 5000 },
      { offering: 'alibaba.dedicated', region: 'cn-beijing', reason: 'instances', edition: 'api.s2.large.x6', instances: 1001 },
    ]);
    // Huawei's 80,000-QPS edition needs 751 instances, within the limit; JD publishes no cap.
    expect(new Set(planned.map((o) => o.offering))).toEqual(new Set(['huawei.dedicated', 'jdcloud.shared']));
    expect(planned.find((o) => o.offering === 'huawei.dedicated')?.instances).toBe(751);
  });

  it('lists options without a published price after every priced one, never as free', () => {
    const options = compare(BEIJING);
    const firstIncomplete = options.findIndex((o) => !o.complete);
    expect(firstIncomplete).toBeGreaterThan(0);
    expect(options.slice(firstIncomplete).every((o) => !o.complete)).toBe(true);
    expect(options.filter((o) => !o.complete).every((o) => o.offering === 'huawei.dedicated')).toBe(true);
  });

  it('carries enough instances of the largest edition when no single one carries the peak', () => {
    const options = compare({ ...BEIJING, peakQps: 150000 }).filter((o) => o.offering === 'tencent.dedicated');
    expect(options.every((o) => o.edition === 'diamond' && o.instances === 3)).toBe(true);
  });

  it('gives each option a scenario that prices to the same total, quoted prices included', () => {
    const quotedHuawei = { offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'professional', billing: 'monthly', client: 'private', prices: { 'instance.monthly': '5000' } };
    for (const json of [BEIJING, { ...BEIJING, discountPercent: 20 }, quotedHuawei]) {
      for (const o of compare(json)) {
        const r = quote(o.scenario, catalogs);
        expect(r.ok && [r.estimate.total, r.estimate.complete], JSON.stringify(o.scenario)).toEqual([o.total, o.complete]);
      }
    }
  });

  it('applies a quoted price to the scenario\'s own edition only', () => {
    const options = compare({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'professional', billing: 'monthly', client: 'private', prices: { 'instance.monthly': '5000' } });
    const huawei = options.filter((o) => o.offering === 'huawei.dedicated' && o.billing === 'monthly');
    expect(huawei.find((o) => o.edition === 'professional')).toMatchObject({ total: '5000.00', complete: true });
    expect(huawei.filter((o) => o.edition !== 'professional').every((o) => !o.complete)).toBe(true);
  });

  it('compares within the region when it has no comparison city', () => {
    const options = compare({ ...BEIJING, region: 'ap-nanjing' });
    expect(new Set(options.map((o) => o.offering))).toEqual(new Set(['tencent.shared', 'tencent.dedicated']));
  });
});

describe('a kept plan', () => {
  it('prices a new workload exactly as a fresh comparison does', () => {
    const base = validateScenario({ version: 1, ...BEIJING }, catalogs);
    if (!base.ok) throw new Error('invalid');
    const plan = planComparison(base.scenario, { version: 1, ...BEIJING }, catalogs).planned;
    fc.assert(
      fc.property(
        fc.record({ callsPerMonth: fc.integer({ min: 0, max: 2e9 }), responseKB: fc.integer({ min: 0, max: 64 }), client: fc.constantFrom('internet', 'private'), backend: fc.constantFrom('private', 'internet', 'none'), firstYear: fc.boolean() }),
        (workload) => {
          const doc = { version: 1, ...BEIJING, ...workload };
          const v = validateScenario(doc, catalogs);
          if (!v.ok) throw new Error('invalid');
          expect(priceOptions(plan, v.scenario, doc, catalogs)).toEqual(compareOptions(v.scenario, doc, catalogs));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('recommendation', () => {
  it('picks the cheapest option meeting the SLA, with the runner-up\'s difference', () => {
    const options = compare(BEIJING);
    const any = recommend(options);
    expect(any?.best.offering).toBe('jdcloud.shared'); // JD publishes no SLA but none was asked
    expect(any?.difference?.toString()).toBe('14'); // 41.44 − 27.44
    const sla999 = recommend(options, '99.9');
    expect(sla999?.best).toMatchObject({ offering: 'tencent.shared', total: '41.44', sla: '99.9' });
    const sla9999 = recommend(options, '99.99');
    expect(sla9999?.best.sla).toBe('99.99');
  });
});
