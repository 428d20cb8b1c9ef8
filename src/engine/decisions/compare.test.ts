/**
 * The cross-vendor comparison on the fixture catalogs (src/testing/fixture-catalogs.ts). Expected
 * totals are computed here from the fixture's stated prices:
 *   calls (tencent.shared, alibaba.shared): 0.10 /10k for the first 100,000 billable, 0.05 up to 1,000,000,
 *     then 0.02; free: tencent 10,000 in the first year only, alibaba 20,000 every month
 *   jdcloud.shared: 0.10 per started 10,000 after 10,000 free every month
 *   traffic 0.50 /GB in Beijing at every vendor that bills it per GB
 *   tencent.dedicated small 1,000 QPS (2.00 /h, 1000.00 /month, 10800.00 /year), large 5,000 QPS (4.00, 2000.00, 24000.00)
 *   alibaba.dedicated s1 1,000 QPS (3.00, 1500.00, 15000.00) — its s2 is not sold in Beijing
 *   huawei.dedicated basic 1,000 QPS (no price), pro 4,000 QPS (10.00 /h, an example price; no subscription price)
 *   tencent.shared capped at 100 QPS; alibaba.shared and jdcloud.shared publish no capacity
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../../testing/fixture-catalogs.ts';
import { quote } from '../estimate.ts';
import { OFFERINGS, offeringModule } from '../offerings/registry.ts';
import { validateScenario, type Scenario, type ScenarioDoc } from '../scenario.ts';
import { scenarioArb } from '../../testing/scenario-arbitrary.ts';
import { compareOptions, planComparison, planKey, priceOptions, recommend, standing } from './compare.ts';

const catalogs = FIXTURE_CATALOGS;

function scenario(doc: Omit<ScenarioDoc, 'version'>): Scenario {
  const v = validateScenario({ version: 1, ...doc }, catalogs);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}
const compare = (doc: Omit<ScenarioDoc, 'version'>) => compareOptions(scenario(doc), catalogs);

// 500,000 calls and 10 GB to internet clients, backend in the same region's VPC, in Beijing, not in the first year.
const BEIJING: Omit<ScenarioDoc, 'version'> = {
  offering: 'tencent.shared',
  region: 'ap-beijing',
  callsPerMonth: 500000,
  clientGB: 10,
  client: 'internet',
  backend: 'private',
  peakQps: 50,
};
// Traffic: 10 GB × 0.50 = 5.00 at every per-GB vendor.
// alibaba.shared: 480,000 billable = 10 × 0.10 + 38 × 0.05 = 2.90, + 5.00 = 7.90.
// tencent.shared: 500,000 billable = 10 × 0.10 + 40 × 0.05 = 3.00, + 5.00 = 8.00.
// jdcloud.shared: 49 units × 0.10 = 4.90, + 5.00 = 9.90.

describe('cross-vendor comparison', () => {
  it('ranks the same workload at every vendor in the city, cheapest first', () => {
    const options = compare(BEIJING);
    expect(options.slice(0, 3)).toMatchObject([
      { offering: 'alibaba.shared', region: 'cn-beijing', total: '7.90', complete: true },
      { offering: 'tencent.shared', region: 'ap-beijing', total: '8.00', complete: true },
      { offering: 'jdcloud.shared', region: 'cn-north-1', total: '9.90', complete: true },
    ]);
    // Dedicated options follow: the cheapest is Tencent small on its yearly term, 10800.00 ÷ 12 + 5.00.
    expect(options[3]).toMatchObject({ offering: 'tencent.dedicated', edition: 'small', billing: 'yearly', total: '905.00', upfront: '10800.00' });
    expect(new Set(options.map((o) => o.region))).toEqual(new Set(['cn-north-1', 'ap-beijing', 'cn-beijing', 'cn-north-4']));
  });

  it('shows every offering sold in the city, the new ones included, by asking the registry', () => {
    const options = compare(BEIJING);
    expect(new Set(options.map((o) => o.offering))).toEqual(new Set(OFFERINGS));
    // Alibaba's serverless offering: priced per call, no edition or billing mode, capacity and SLA not published.
    const serverless = options.filter((o) => o.offering === 'alibaba.shared');
    expect(serverless).toHaveLength(1);
    expect(serverless[0]).not.toHaveProperty('edition');
    expect(serverless[0]).not.toHaveProperty('billing');
    expect(serverless[0]).not.toHaveProperty('capacity');
    expect(serverless[0]).not.toHaveProperty('sla');
    expect(serverless[0]?.doc).toEqual({
      version: 1,
      offering: 'alibaba.shared',
      region: 'cn-beijing',
      callsPerMonth: '500000',
      clientGB: '10',
      peakQps: '50',
    });
    // Capacity is the registry's: per edition, a service cap, or none published.
    for (const o of options) {
      const kind = offeringModule(o.offering).capacity;
      expect(o.capacity === undefined, o.offering).toBe(kind === 'unpublished');
    }
  });

  it('offers every edition that carries the peak, in every billing mode', () => {
    const options = compare({ ...BEIJING, peakQps: 1500 });
    const tencent = options.filter((o) => o.offering === 'tencent.dedicated');
    expect(new Set(tencent.map((o) => o.edition))).toEqual(new Set(['large'])); // small carries 1,000
    expect(tencent.map((o) => o.billing).toSorted()).toEqual(['monthly', 'payg', 'yearly']);
    expect(tencent[0]?.headroom?.toDecimalPlaces(2).toString()).toBe('3.33'); // 5,000 ÷ 1,500
    // A Tencent shared service cannot carry 1,500 QPS (its cap is 100): ranked with the indicative
    // options, tagged, never among the priced ones (RULES.md, "Comparisons must not mislead").
    const shared = options.find((o) => o.offering === 'tencent.shared');
    expect(shared?.flags).toContain('over-capacity');
    expect(options.indexOf(shared!)).toBeGreaterThan(options.findLastIndex((o) => standing(o) === 0));
    // Alibaba sells only s1 (1,000 QPS) in Beijing: two of them.
    expect(options.filter((o) => o.offering === 'alibaba.dedicated').every((o) => o.edition === 's1' && o.instances === 2 && o.capacity === 2000)).toBe(true);
    // Pay-as-you-go options run the default 730 hours: 730 × 4.00 + 5.00.
    expect(tencent.find((o) => o.billing === 'payg')?.total).toBe('2925.00');
  });

  it('says which offerings cannot carry the peak instead of dropping them silently', () => {
    const { planned, excluded } = planComparison(scenario({ ...BEIJING, peakQps: 4_000_001 }), catalogs);
    expect(excluded).toEqual([
      { offering: 'tencent.shared', region: 'ap-beijing', reason: 'qps-cap', cap: 100 },
      { offering: 'alibaba.dedicated', region: 'cn-beijing', reason: 'instances', edition: 's1', instances: 4001 },
      { offering: 'huawei.dedicated', region: 'cn-north-4', reason: 'instances', edition: 'pro', instances: 1001 },
    ]);
    // Tencent large needs 801 instances, within the limit; the serverless and JD offerings publish no
    // capacity; Tencent's shared service stays in the ranking, tagged over capacity.
    expect(new Set(planned.map((o) => o.offering))).toEqual(new Set(['tencent.dedicated', 'tencent.shared', 'alibaba.shared', 'jdcloud.shared']));
    expect(planned.find((o) => o.offering === 'tencent.dedicated')?.instances).toBe(801);
  });

  it('lists options without a published price after every priced one, never as free', () => {
    const options = compare(BEIJING);
    const firstIncomplete = options.findIndex((o) => !o.complete);
    expect(firstIncomplete).toBeGreaterThan(0);
    expect(options.slice(firstIncomplete).every((o) => !o.complete)).toBe(true);
    expect(options.filter((o) => !o.complete).every((o) => o.offering === 'huawei.dedicated')).toBe(true);
    // Huawei pro on pay-as-you-go is priced from the vendor's example: 730 × 10.00, tagged as such.
    expect(options.find((o) => o.offering === 'huawei.dedicated' && o.edition === 'pro' && o.billing === 'payg')).toMatchObject({
      total: '7300.00',
      complete: true,
      examplePrice: true,
    });
  });

  it('carries enough instances of the largest edition when no single one carries the peak', () => {
    const options = compare({ ...BEIJING, peakQps: 12000 }).filter((o) => o.offering === 'tencent.dedicated');
    expect(options.every((o) => o.edition === 'large' && o.instances === 3)).toBe(true);
    expect(options.find((o) => o.billing === 'monthly')?.total).toBe('6005.00'); // 3 × 2000.00 + 5.00
  });

  it('gives each option a document that prices to the same total, quoted prices included', () => {
    const quotedHuawei = {
      offering: 'huawei.dedicated',
      region: 'cn-north-4',
      edition: 'pro',
      billing: 'monthly',
      client: 'private',
      prices: { 'instance.monthly': '5000' },
    } as const;
    for (const doc of [
      BEIJING,
      { ...BEIJING, discountPercent: 20 },
      { ...BEIJING, offering: 'tencent.dedicated', edition: 'small', billing: 'payg', hours: '100.5' } as const,
      quotedHuawei,
    ]) {
      for (const o of compare(doc)) {
        const r = quote(o.doc, catalogs);
        expect(r.ok && [r.estimate.total, r.estimate.complete], JSON.stringify(o.doc)).toEqual([o.total, o.complete]);
        // The document is the option's scenario, written out: validating it gives the scenario back.
        expect(r.ok && r.scenario).toEqual(o.scenario);
      }
    }
  });

  it("applies a quoted price to the scenario's own edition only", () => {
    const options = compare({
      offering: 'huawei.dedicated',
      region: 'cn-north-4',
      edition: 'pro',
      billing: 'monthly',
      client: 'private',
      prices: { 'instance.monthly': '5000' },
    });
    const huawei = options.filter((o) => o.offering === 'huawei.dedicated' && o.billing === 'monthly');
    expect(huawei.find((o) => o.edition === 'pro')).toMatchObject({ total: '5000.00', complete: true, quotedPrice: true });
    expect(huawei.filter((o) => o.edition !== 'pro').every((o) => !o.complete)).toBe(true);
  });

  it("gives each vendor's options that vendor's discount only", () => {
    // 20% off Tencent: calls 0.80 + 1.60 = 2.40, traffic 10 × 0.40 = 4.00 → 6.40; Alibaba's serverless stays 7.90.
    const options = compare({ ...BEIJING, discountPercent: 20 });
    expect(options[0]).toMatchObject({ offering: 'tencent.shared', total: '6.40' });
    expect(options.find((o) => o.offering === 'alibaba.shared')?.total).toBe('7.90');
    expect(options.filter((o) => o.offering.startsWith('tencent.')).every((o) => o.doc.discountPercent === '20')).toBe(true);
    expect(options.filter((o) => !o.offering.startsWith('tencent.')).every((o) => o.doc.discountPercent === undefined)).toBe(true);
  });

  it('compares within the region when it has no comparison city', () => {
    const options = compare({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's1', callsPerMonth: 500000 });
    expect(new Set(options.map((o) => o.offering))).toEqual(new Set(['alibaba.dedicated', 'alibaba.shared']));
    // Hong Kong is a comparison city where only Tencent sells.
    expect(new Set(compare({ ...BEIJING, region: 'ap-hongkong' }).map((o) => o.offering))).toEqual(new Set(['tencent.shared', 'tencent.dedicated']));
  });
});

describe('a kept plan', () => {
  it('prices a new workload exactly as a fresh comparison does', () => {
    const base = scenario(BEIJING);
    const plan = planComparison(base, catalogs).planned;
    fc.assert(
      fc.property(
        fc.record({
          callsPerMonth: fc.integer({ min: 0, max: 2e9 }),
          clientGB: fc.integer({ min: 0, max: 5000 }),
          responseKB: fc.integer({ min: 0, max: 64 }),
          client: fc.constantFrom('internet', 'private'),
          backend: fc.constantFrom('private', 'internet', 'none'),
          firstYear: fc.boolean(),
        }),
        (workload) => {
          const s = scenario({ ...BEIJING, ...workload });
          expect(planKey(s, 'beijing')).toBe(planKey(base, 'beijing'));
          expect(priceOptions(plan, s, catalogs)).toEqual(compareOptions(s, catalogs));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is keyed on what it depends on: the peak, the product fields and the city', () => {
    const base = scenario(BEIJING);
    expect(planKey(scenario({ ...BEIJING, peakQps: 60 }), 'beijing')).not.toBe(planKey(base, 'beijing'));
    expect(planKey(scenario({ ...BEIJING, discountPercent: 5 }), 'beijing')).not.toBe(planKey(base, 'beijing'));
    expect(planKey(base, undefined)).not.toBe(planKey(base, 'beijing'));
  });
});

describe('option documents (property)', () => {
  it("every option of any valid scenario is a document that validates to the option's scenario and prices to its total", () => {
    fc.assert(
      fc.property(scenarioArb(catalogs), (doc) => {
        const v = validateScenario(doc, catalogs);
        if (!v.ok) throw new Error(JSON.stringify(v.errors));
        for (const o of compareOptions(v.scenario, catalogs)) {
          const r = quote(o.doc, catalogs);
          if (!r.ok) throw new Error(r.message);
          expect(r.scenario).toEqual(o.scenario);
          expect([r.estimate.total, r.estimate.complete]).toEqual([o.total, o.complete]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('recommendation', () => {
  it("picks the cheapest option meeting the SLA, with the runner-up's difference", () => {
    const options = compare(BEIJING);
    // A peak is given (50 QPS): the recommendation needs published capacity that carries it. Alibaba's
    // serverless offering is cheaper (7.90) but publishes none: named apart, never as carrying the peak.
    const any = recommend(options);
    expect(any?.best).toMatchObject({ offering: 'tencent.shared', total: '8.00' });
    expect(any?.cheaperUnpublished).toMatchObject({ offering: 'alibaba.shared', total: '7.90' });
    expect(options.find((o) => o.offering === 'alibaba.shared')?.flags).toEqual(['capacity-unpublished']);
    // Without a peak, the cheapest priced option is recommended, whatever its capacity.
    const noPeak = recommend(compare({ ...BEIJING, peakQps: undefined }));
    expect(noPeak?.best.offering).toBe('alibaba.shared');
    expect(noPeak?.difference?.toString()).toBe('0.1'); // 8.00 − 7.90 (JD is 8.00 too)
    const sla999 = recommend(options, '99.9');
    expect(sla999?.best).toMatchObject({ offering: 'tencent.shared', total: '8.00', sla: '99.9' });
    const sla9999 = recommend(options, '99.99');
    // Tencent large: monthly 2000.00 and yearly 24000.00 ÷ 12 tie at 2000.00 + 5.00.
    expect(sla9999?.best).toMatchObject({ offering: 'tencent.dedicated', edition: 'large', total: '2005.00', sla: '99.99' });
    // The runner-up costs the same: no "0.00 more" non-answer.
    expect(sla9999?.runnerUp?.total).toBe('2005.00');
    expect(sla9999?.difference).toBeUndefined();
  });
});
