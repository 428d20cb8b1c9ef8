/** Edits that keep a scenario valid (switching offering, region, billing), on the fixture catalogs. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs.ts';
import { scenarioArb } from '../testing/scenario-arbitrary.ts';
import { OFFERINGS } from './offerings/registry.ts';
import { validateScenario, type ScenarioDoc } from './scenario.ts';
import { editionFor, withBilling, withOffering, withRegion, withWorkloadOf } from './scenario-edit.ts';

const catalogs = FIXTURE_CATALOGS;
const docs = scenarioArb(catalogs);

describe('scenario edits', () => {
  it('keep every valid scenario valid when switching to any offering', () => {
    fc.assert(
      fc.property(docs, fc.constantFrom(...OFFERINGS), (s, offering) => {
        const next = withOffering(s, offering, catalogs);
        const v = validateScenario(next, catalogs);
        expect(v.ok ? [] : v.errors).toEqual([]);
        expect(next.callsPerMonth).toEqual(s.callsPerMonth);
      }),
      { numRuns: 300 },
    );
  });

  it('move to the same city at another vendor', () => {
    const s: ScenarioDoc = { version: 1, offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: '5' };
    expect(withOffering(s, 'alibaba.dedicated', catalogs).region).toBe('cn-beijing');
    expect(withOffering(s, 'huawei.dedicated', catalogs).region).toBe('cn-north-4');
    expect(withOffering(s, 'jdcloud.shared', catalogs).region).toBe('cn-north-1');
    // Tencent dedicated and shared share region ids.
    expect(withOffering({ ...s, region: 'ap-hongkong' }, 'tencent.dedicated', catalogs).region).toBe('ap-hongkong');
  });

  it('move to the same area when the vendor has no region in the city, else to its first region', () => {
    const s: ScenarioDoc = { version: 1, offering: 'tencent.shared', region: 'ap-hongkong' };
    expect(withOffering(s, 'alibaba.dedicated', catalogs).region).toBe('me-east-1'); // international, no Hong Kong
    expect(withOffering(s, 'huawei.dedicated', catalogs).region).toBe('cn-north-4'); // no international region
  });

  it('pick the smallest edition that carries the peak QPS', () => {
    expect(editionFor(catalogs, 'alibaba.dedicated', 'cn-hangzhou', 2000)?.id).toBe('s2');
    expect(editionFor(catalogs, 'alibaba.dedicated', 'cn-hangzhou', 1000)?.id).toBe('s1');
    expect(editionFor(catalogs, 'alibaba.dedicated', 'cn-hangzhou', 2000, 2)?.id).toBe('s1'); // 2 × 1,000
    // Only s1 is sold in cn-beijing: the largest sold there when none carries the peak.
    expect(editionFor(catalogs, 'alibaba.dedicated', 'cn-beijing', 2000)?.id).toBe('s1');
    expect(editionFor(catalogs, 'tencent.dedicated', 'ap-beijing', undefined)?.id).toBe('small');
    expect(editionFor(catalogs, 'tencent.dedicated', 'ap-beijing', 1_000_000)?.id).toBe('large');
    const s: ScenarioDoc = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', peakQps: '3000' };
    expect(withOffering(s, 'tencent.dedicated', catalogs)).toMatchObject({ region: 'ap-beijing', edition: 'large', billing: 'payg', hours: '730' });
  });

  it("drop a vendor's discount and quoted prices when switching vendor, and keep them within the offering", () => {
    const s: ScenarioDoc = {
      version: 1,
      offering: 'tencent.dedicated',
      region: 'ap-beijing',
      edition: 'small',
      discountPercent: 20,
      prices: { traffic: '0.5' },
    };
    expect(withOffering(s, 'alibaba.dedicated', catalogs)).not.toHaveProperty('discountPercent');
    expect(withOffering(s, 'alibaba.dedicated', catalogs)).not.toHaveProperty('prices');
    expect(withOffering(s, 'tencent.shared', catalogs).discountPercent).toBe(20);
    expect(withOffering(s, 'tencent.shared', catalogs)).not.toHaveProperty('prices');
    expect(withOffering(s, 'tencent.dedicated', catalogs).prices).toEqual({ traffic: '0.5' });
  });

  it('drop the product fields a pay-per-call offering does not take', () => {
    const s: ScenarioDoc = {
      version: 1,
      offering: 'huawei.dedicated',
      region: 'cn-north-4',
      edition: 'pro',
      instances: 3,
      billing: 'payg',
      hours: '10',
      bandwidthHours: '5',
    };
    const next = withOffering(s, 'jdcloud.shared', catalogs);
    for (const f of ['edition', 'instances', 'billing', 'hours', 'bandwidthHours']) expect(next).not.toHaveProperty(f);
    // …and keep instances, billing and hours between dedicated offerings, bandwidth hours only where taken.
    const ali = withOffering(s, 'alibaba.dedicated', catalogs);
    expect(ali).toMatchObject({ instances: 3, billing: 'payg', hours: '10' });
    expect(ali).not.toHaveProperty('bandwidthHours');
  });

  it('carry the workload of one document onto another', () => {
    const from: ScenarioDoc = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: '7', client: 'private', firstYear: true };
    const to: ScenarioDoc = { version: 1, offering: 'tencent.shared', region: 'ap-beijing', responseKB: '3' };
    expect(withWorkloadOf(to, from)).toEqual({
      version: 1,
      offering: 'tencent.shared',
      region: 'ap-beijing',
      callsPerMonth: '7',
      client: 'private',
      firstYear: true,
    });
  });

  it('remove hours from a subscription and restore them for pay-as-you-go', () => {
    const payg: ScenarioDoc = { version: 1, offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', hours: '100' };
    const monthly = withBilling(payg, 'monthly');
    expect(monthly).not.toHaveProperty('hours');
    expect(withBilling(monthly, 'payg').hours).toBe('730');
  });

  it('keep the edition when moving to a region that sells it, and replace it where it is not sold', () => {
    const s: ScenarioDoc = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's2' };
    expect(withRegion(s, 'me-east-1', catalogs).edition).toBe('s2');
    expect(withRegion(s, 'cn-beijing', catalogs).edition).toBe('s1');
  });
});
