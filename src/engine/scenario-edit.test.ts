import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { scenarioArb } from '../testing/scenario-arbitrary.ts';
import { OFFERINGS } from './ids.ts';
import { validateScenario } from './scenario.ts';
import { editionFor, withBilling, withOffering, withRegion } from './scenario-edit.ts';

const catalogs = loadCatalogs();

describe('scenario edits', () => {
  it('keep every valid scenario valid when switching to any offering', () => {
    fc.assert(
      fc.property(scenarioArb(catalogs), fc.constantFrom(...OFFERINGS), (s, offering) => {
        const next = withOffering(s, offering, catalogs);
        const v = validateScenario(next, catalogs);
        expect(v.ok ? [] : v.errors).toEqual([]);
        expect(next.callsPerMonth).toEqual(s.callsPerMonth);
      }),
      { numRuns: 300 },
    );
  });

  it('move to the same city at another vendor', () => {
    const s = { version: 1, offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: '5' };
    expect(withOffering(s, 'alibaba.dedicated', catalogs).region).toBe('cn-beijing');
    expect(withOffering(s, 'huawei.dedicated', catalogs).region).toBe('cn-north-4');
    expect(withOffering(s, 'jdcloud.shared', catalogs).region).toBe('cn-north-1');
    // Tencent dedicated and shared share region ids.
    expect(withOffering({ ...s, region: 'ap-nanjing' }, 'tencent.dedicated', catalogs).region).toBe('ap-nanjing');
  });

  it('pick the smallest edition that carries the peak QPS', () => {
    expect(editionFor(catalogs, 'alibaba.dedicated', 'cn-hangzhou', 12_000)?.id).toBe('api.s2.large.x2');
    expect(editionFor(catalogs, 'tencent.dedicated', 'ap-guangzhou', undefined)?.id).toBe('basic');
    expect(editionFor(catalogs, 'tencent.dedicated', 'ap-guangzhou', 1_000_000)?.id).toBe('diamond');
    const s = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', peakQps: '3000' };
    expect(withOffering(s, 'tencent.dedicated', catalogs)).toMatchObject({ region: 'ap-beijing', edition: 'professional', billing: 'payg', hours: '730' });
  });

  it('drop a vendor\'s discount and quoted prices when switching vendor, and keep them within the offering', () => {
    const s = { version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', discountPercent: 20, prices: { traffic: '0.5' } };
    expect(withOffering(s, 'alibaba.dedicated', catalogs)).not.toHaveProperty('discountPercent');
    expect(withOffering(s, 'alibaba.dedicated', catalogs)).not.toHaveProperty('prices');
    expect(withOffering(s, 'tencent.shared', catalogs).discountPercent).toBe(20);
  });

  it('remove hours from a subscription and restore them for pay-as-you-go', () => {
    const payg = { version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', hours: '100' };
    const monthly = withBilling(payg, 'monthly');
    expect(monthly).not.toHaveProperty('hours');
    expect(withBilling(monthly, 'payg').hours).toBe('730');
  });

  it('keep the edition when moving to a region that sells it', () => {
    const s = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large' };
    expect(withRegion(s, 'me-east-1', catalogs).edition).toBe('api.s2.large');
  });
});
