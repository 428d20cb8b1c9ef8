/** Validation of the scenario contract (SCENARIO.md), on the fixture catalogs (src/testing/fixture-catalogs.ts). */
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs.ts';
import { SCENARIO_DEFAULTS, validateScenario, type ScenarioJson } from './scenario.ts';

const catalogs = FIXTURE_CATALOGS;
const base: ScenarioJson = { version: 1, offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small' };

/** The fields named by the errors of an invalid scenario. */
function fields(input: unknown): string[] {
  const r = validateScenario(input, catalogs);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.errors.map((e) => e.field);
}

describe('validateScenario', () => {
  it('applies the contract defaults, exactly', () => {
    const r = validateScenario(base, catalogs);
    if (!r.ok) throw new Error('refused');
    const s = r.scenario;
    expect([s.instances, s.billing, s.hours.toString(), s.callsPerMonth.toString(), s.client, s.backend, s.firstYear]).toEqual([
      1,
      'payg',
      '730',
      '0',
      'internet',
      'private',
      false,
    ]);
    expect(s.discountPercent.toString()).toBe('0');
    expect([s.responseKB, s.requestKB, s.bandwidthHours].map(String)).toEqual(['0', '0', '0']);
    expect(s.prices).toEqual({});
    expect(SCENARIO_DEFAULTS).toMatchObject({ instances: '1', billing: 'payg', hours: '730', client: 'internet', backend: 'private', firstYear: false });
  });

  it('gives a pay-per-call offering no edition and no billing mode', () => {
    const r = validateScenario({ version: 1, offering: 'jdcloud.shared', region: 'cn-north-1' }, catalogs);
    if (!r.ok) throw new Error('refused');
    expect(r.scenario).not.toHaveProperty('edition');
    expect(r.scenario).not.toHaveProperty('billing');
  });

  it('reads numbers given as decimal strings exactly', () => {
    const r = validateScenario({ ...base, hours: '0.1', responseKB: '1.23456789012345678' }, catalogs);
    if (!r.ok) throw new Error('refused');
    expect(r.scenario.hours.toString()).toBe('0.1');
    expect(r.scenario.responseKB.toString()).toBe('1.23456789012345678');
  });

  it.each<[string, ScenarioJson, string]>([
    ['a missing version', { ...base, version: undefined }, 'version'],
    ['version 2', { ...base, version: 2 }, 'version'],
    ['an unknown offering', { ...base, offering: 'aws.apigw' }, 'offering'],
    ['a region of another vendor', { ...base, region: 'cn-hangzhou' }, 'region'],
    ['a region given as a number', { ...base, region: 4 }, 'region'],
    ['an unknown edition', { ...base, edition: 'gold' }, 'edition'],
    ['a missing edition on a dedicated offering', { ...base, edition: undefined }, 'edition'],
    ['an edition on a pay-per-call offering', { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', edition: 'small' }, 'edition'],
    ['instances on a pay-per-call offering', { version: 1, offering: 'tencent.shared', region: 'ap-beijing', instances: 2 }, 'instances'],
    ['a billing mode on a pay-per-call offering', { version: 1, offering: 'alibaba.shared', region: 'cn-hangzhou', billing: 'monthly' }, 'billing'],
    ['hours with a subscription', { ...base, billing: 'monthly', hours: 10 }, 'hours'],
    ['hours above 744', { ...base, hours: 745 }, 'hours'],
    ['negative calls', { ...base, callsPerMonth: -1 }, 'callsPerMonth'],
    ['fractional calls', { ...base, callsPerMonth: 1.5 }, 'callsPerMonth'],
    ['calls above 10^15', { ...base, callsPerMonth: '1000000000000001' }, 'callsPerMonth'],
    ['a number in exponent form as a string', { ...base, responseKB: '1e3' }, 'responseKB'],
    ['zero instances', { ...base, instances: 0 }, 'instances'],
    ['1001 instances', { ...base, instances: 1001 }, 'instances'],
    ['fractional instances', { ...base, instances: '1.5' }, 'instances'],
    ['an unknown billing mode', { ...base, billing: 'weekly' }, 'billing'],
    ['an unknown client place', { ...base, client: 'moon' }, 'client'],
    ['an unknown backend place', { ...base, backend: 'vpc' }, 'backend'],
    ['firstYear as a string', { ...base, firstYear: 'yes' }, 'firstYear'],
    ['bandwidthHours outside Huawei', { ...base, bandwidthHours: 1 }, 'bandwidthHours'],
    ['a discount above 100', { ...base, discountPercent: 101 }, 'discountPercent'],
    ['a discount of "101%"', { ...base, discountPercent: '101%' }, 'discountPercent'],
    ['a number with 41 decimals', { ...base, responseKB: `1.${'5'.repeat(41)}` }, 'responseKB'],
    ['calls together with a calls tier', { ...base, prices: { calls: '0.05', 'calls.tier1': '0.04' } }, 'prices'],
    ['prices that are not an object', { ...base, prices: ['0.8'] }, 'prices'],
    ['an unknown price key', { ...base, prices: { eip: '1' } }, 'prices.eip'],
    ['a price given as a number', { ...base, prices: { traffic: 0.8 } }, 'prices.traffic'],
    ['a negative price', { ...base, prices: { traffic: '-1' } }, 'prices.traffic'],
    ['an unknown field', { ...base, colour: 'red' }, 'colour'],
  ])('refuses %s, naming the field', (_what, input, field) => {
    expect(fields(input)).toEqual([field]);
  });

  it('refuses a region of the vendor where the offering is not sold, saying where it is', () => {
    // The fixture's cn-heyuan sells alibaba.shared only.
    const r = validateScenario({ version: 1, offering: 'alibaba.dedicated', region: 'cn-heyuan', edition: 's1' }, catalogs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field)).toEqual(['region']);
      expect(r.errors[0]?.message).toMatch(/cn-beijing, cn-hangzhou, me-east-1/);
    }
  });

  it('refuses an edition not sold in the region, saying where it is sold', () => {
    // The fixture's s2 is sold in cn-hangzhou and me-east-1, not cn-beijing.
    const r = validateScenario({ version: 1, offering: 'alibaba.dedicated', region: 'cn-beijing', edition: 's2' }, catalogs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field)).toEqual(['edition']);
      expect(r.errors[0]?.message).toMatch(/cn-hangzhou, me-east-1/);
    }
  });

  it('says what is allowed in each message', () => {
    const r = validateScenario({ ...base, edition: 'gold', billing: 'weekly' }, catalogs);
    if (r.ok) throw new Error('accepted');
    expect(r.errors.find((e) => e.field === 'edition')?.message).toMatch(/small, large/);
    expect(r.errors.find((e) => e.field === 'billing')?.message).toMatch(/payg, monthly, yearly/);
  });

  it('refuses an offering whose catalog is not loaded, naming offering', () => {
    const { jdcloud: _absent, ...others } = FIXTURE_CATALOGS;
    const r = validateScenario({ version: 1, offering: 'jdcloud.shared', region: 'cn-north-1' }, others);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toContain('offering');
  });

  it('names every bad field at once', () => {
    expect(fields({ version: 1, offering: 'tencent.shared', region: 'x', callsPerMonth: 'many', hours: 3 })).toEqual(['region', 'hours', 'callsPerMonth']);
  });

  it('refuses what is not an object', () => {
    expect(fields([])).toEqual(['']);
    expect(fields(null)).toEqual(['']);
  });
});
