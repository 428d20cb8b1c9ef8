import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { validateScenario, type ScenarioJson } from './scenario.ts';

const catalogs = loadCatalogs();
const base: ScenarioJson = { version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic' };

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
      1, 'payg', '730', '0', 'internet', 'private', false,
    ]);
    expect(s.discountPercent.toString()).toBe('0');
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
    ['an unknown edition', { ...base, edition: 'gold' }, 'edition'],
    ['a missing edition on a dedicated offering', { ...base, edition: undefined }, 'edition'],
    ['an edition on a pay-per-call offering', { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', edition: 'basic' }, 'edition'],
    ['hours with a subscription', { ...base, billing: 'monthly', hours: 10 }, 'hours'],
    ['hours above 744', { ...base, hours: 745 }, 'hours'],
    ['negative calls', { ...base, callsPerMonth: -1 }, 'callsPerMonth'],
    ['fractional calls', { ...base, callsPerMonth: 1.5 }, 'callsPerMonth'],
    ['calls above 10^15', { ...base, callsPerMonth: '1000000000000001' }, 'callsPerMonth'],
    ['a number in exponent form as a string', { ...base, responseKB: '1e3' }, 'responseKB'],
    ['zero instances', { ...base, instances: 0 }, 'instances'],
    ['an unknown billing mode', { ...base, billing: 'weekly' }, 'billing'],
    ['an unknown client place', { ...base, client: 'moon' }, 'client'],
    ['an unknown backend place', { ...base, backend: 'vpc' }, 'backend'],
    ['firstYear as a string', { ...base, firstYear: 'yes' }, 'firstYear'],
    ['bandwidthHours outside Huawei', { ...base, bandwidthHours: 1 }, 'bandwidthHours'],
    ['a discount above 100', { ...base, discountPercent: 101 }, 'discountPercent'],
    ['an unknown price key', { ...base, prices: { eip: '1' } }, 'prices.eip'],
    ['a price given as a number', { ...base, prices: { traffic: 0.8 } }, 'prices.traffic'],
    ['a negative price', { ...base, prices: { traffic: '-1' } }, 'prices.traffic'],
    ['an unknown field', { ...base, colour: 'red' }, 'colour'],
  ])('refuses %s, naming the field', (_what, input, field) => {
    expect(fields(input)).toEqual([field]);
  });

  it('refuses an edition not sold in the region, saying where it is sold', () => {
    // Alibaba's cn-heyuan has a traffic price but no instance: it is not a region of the offering.
    const r = validateScenario({ version: 1, offering: 'alibaba.dedicated', region: 'cn-heyuan', edition: 'api.s1.small' }, catalogs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/cn-hangzhou/);
  });

  it('names every bad field at once', () => {
    expect(fields({ version: 1, offering: 'tencent.shared', region: 'x', callsPerMonth: 'many', hours: 3 })).toEqual(['region', 'hours', 'callsPerMonth']);
  });

  it('refuses what is not an object', () => {
    expect(fields([])).toEqual(['']);
    expect(fields(null)).toEqual(['']);
  });
});
