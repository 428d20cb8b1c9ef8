/**
 * The rules corrected on 2026-11-30 (RULES.md, SCENARIO.md), on the fixture catalogs
 * (src/testing/fixture-catalogs.ts): a flat `prices.calls` rate on a tiered offering, `calls` with a
 * tier override refused, unused quoted prices warned about, Tencent dedicated egress with the account's
 * first-year GB, "15%" discounts, and numbers with up to 40 decimals.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs.ts';
import { quote, type Estimate } from './estimate.ts';
import { formulaText } from './explain.ts';
import { validateScenario, type ScenarioJson } from './scenario.ts';

const catalogs = FIXTURE_CATALOGS;

function price(scenario: ScenarioJson): Estimate {
  const r = quote({ version: 1, ...scenario }, catalogs);
  if (!r.ok) throw new Error(r.message);
  return r.estimate;
}
function refused(scenario: ScenarioJson): { field: string; message: string }[] {
  const r = validateScenario({ version: 1, ...scenario }, catalogs);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.errors;
}
const line = (e: Estimate, id: string) => e.lines.find((l) => l.id === id);
/** tencent.shared in ap-beijing: tiers 0.10 / 0.05 / 0.02 per 10k; 10,000 free calls in the first year. */
const shared = (calls: number, extra: ScenarioJson = {}) =>
  price({ offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: calls, backend: 'none', ...extra });
const dedicated = (extra: ScenarioJson = {}) => price({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', ...extra });

describe('prices.calls on a tiered offering: one flat rate for every billable call', () => {
  it('replaces the tiers: every billable call at the one rate', () => {
    // Tiered, 1,100,000 calls would be 1.00 + 4.50 + 0.20 = 5.70; flat: 1,100,000 ÷ 10,000 × 0.03 = 3.30.
    expect(line(shared(1_100_000), 'calls')?.amount).toBe('5.70');
    const flat = line(shared(1_100_000, { prices: { calls: '0.03' } }), 'calls');
    expect(flat).toMatchObject({ amount: '3.30', keys: ['calls'], unitPrice: '0.03', confidence: 'override', source: '', notes: ['flat-call-price'] });
    expect(flat).not.toHaveProperty('parts');
    expect(formulaText(flat!.calculation)).toBe('1,100,000 ÷ 10,000 × 0.03 = 3.30');
  });
  it('applies after the free quota, which still counts', () => {
    // First year: (1,100,000 − 10,000 free) ÷ 10,000 × 0.03 = 109 × 0.03 = 3.27.
    const flat = line(shared(1_100_000, { firstYear: true, prices: { calls: '0.03' } }), 'calls');
    expect(flat).toMatchObject({ amount: '3.27', quantity: '1090000', free: '10000' });
    // Not the first year: no free calls, all 1,100,000 at the rate (3.30 above).
    expect(line(shared(1_100_000, { prices: { calls: '0.03' } }), 'calls')).not.toHaveProperty('free');
    // Alibaba serverless, free every month: (1,020,000 − 20,000) ÷ 10,000 × 0.03 = 3.00.
    const ali = price({ offering: 'alibaba.shared', region: 'cn-hangzhou', callsPerMonth: 1_020_000, prices: { calls: '0.03' } });
    expect(line(ali, 'calls')).toMatchObject({ amount: '3.00', free: '20000', notes: ['flat-call-price'] });
  });
  it("is the user's net price: no discount applies to it, and no warning says it is unused", () => {
    const e = shared(1_100_000, { discountPercent: 50, prices: { calls: '0.03' } });
    expect(line(e, 'calls')?.amount).toBe('3.30');
    expect(e.warnings).toEqual([]);
  });
  it('on a single-price offering is that price, without the flat-rate note', () => {
    // JD: ⌈(30,000 − 10,000) ÷ 10,000⌉ = 2 units × 0.03 = 0.06.
    const jd = line(price({ offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: 30_000, prices: { calls: '0.03' } }), 'calls');
    expect(jd).toMatchObject({ amount: '0.06', confidence: 'override' });
    expect(jd).not.toHaveProperty('notes');
  });
  it('leaves a tier override replacing that tier only', () => {
    // 1.00 (tier 1 at 0.10) + 10,000 ÷ 10,000 × 0.04 (tier 2 quoted) = 1.04
    const e = shared(110_000, { prices: { 'calls.tier2': '0.04' } });
    expect(line(e, 'calls')?.amount).toBe('1.04');
    expect(line(e, 'calls')?.parts?.map((p) => p.unitPrice)).toEqual(['0.10', '0.04']);
    expect(line(e, 'calls')?.confidence).toBe('override');
    expect(line(e, 'calls')).not.toHaveProperty('notes');
    expect(e.warnings).toEqual([]);
  });
});

describe('prices.calls together with a calls.tierN', () => {
  it('is an error naming prices', () => {
    for (const tier of ['calls.tier1', 'calls.tier2', 'calls.tier3']) {
      const errors = refused({ offering: 'tencent.shared', region: 'ap-beijing', prices: { calls: '0.03', [tier]: '0.04' } });
      expect(errors.map((e) => e.field)).toEqual(['prices']);
      expect(errors[0]?.message).toContain(tier);
    }
  });
  it('is an error even where the offering has no tiers', () => {
    expect(refused({ offering: 'jdcloud.shared', region: 'cn-north-1', prices: { calls: '0.03', 'calls.tier1': '0.04' } }).map((e) => e.field)).toEqual([
      'prices',
    ]);
  });
});

describe('a quoted price the configuration does not use', () => {
  it('is ignored with an unused-price warning, never an error', () => {
    // instance.monthly on pay-as-you-go: 730 × 2.00 = 1460.00 either way.
    const e = dedicated({ prices: { 'instance.monthly': '1' } });
    expect(e.total).toBe(dedicated().total);
    expect(e.total).toBe('1460.00');
    expect(e.warnings).toEqual([{ code: 'unused-price', params: { key: 'instance.monthly' } }]);
  });
  it('is warned about on Huawei, whose egress is bandwidth, for a traffic price', () => {
    const e = price({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'pro', client: 'private', hours: 1, prices: { traffic: '0.80' } });
    expect(e.warnings).toContainEqual({ code: 'unused-price', params: { key: 'traffic' } });
    expect(e.total).toBe('10.00'); // 1 h × 10.00, no traffic line
  });
  it('names each unused key, and none that is used', () => {
    const e = dedicated({ billing: 'monthly', prices: { 'instance.payg': '1', 'instance.monthly': '900', calls: '0.01', traffic: '0.40' } });
    expect(
      e.warnings
        .filter((w) => w.code === 'unused-price')
        .map((w) => w.params.key)
        .toSorted(),
    ).toEqual(['calls', 'instance.payg']);
    expect(e.total).toBe('900.00');
  });
  it("does not count a tier the month's calls do not reach as unused", () => {
    expect(shared(5, { prices: { 'calls.tier3': '0.01' } }).warnings).toEqual([]);
  });
});

describe("Tencent dedicated egress: the account's first-year GB", () => {
  it('takes 1 GB free in the first year, with a note on the line', () => {
    // (3 − 1 free) GB × 0.50 = 1.00
    const t = line(dedicated({ clientGB: 3, firstYear: true }), 'traffic');
    expect(t).toMatchObject({ amount: '1.00', quantity: '2', free: '1', notes: ['first-year-traffic-account'] });
    expect(formulaText(t!.calculation)).toBe('(3 − 1 free) GB × 0.50 = 1.00');
    expect(line(dedicated({ clientGB: 1, firstYear: true }), 'traffic')?.amount).toBe('0.00');
  });
  it('has no free GB and no note after the first year', () => {
    const t = line(dedicated({ clientGB: 3 }), 'traffic');
    expect(t?.amount).toBe('1.50'); // 3 × 0.50
    expect(t).not.toHaveProperty('free');
    expect(t).not.toHaveProperty('notes');
  });
});

describe('discountPercent as a percentage', () => {
  const total = (discountPercent: unknown) => dedicated({ billing: 'monthly', discountPercent }).total;
  it('reads "15%" (and "15 %", "15％", " 15% ") as 15', () => {
    // 1000.00 × 0.85 = 850.00
    expect(total(15)).toBe('850.00');
    for (const text of ['15%', '15 %', '15％', ' 15% ', '15', '15.0%']) expect(total(text), text).toBe('850.00');
  });
  it.each(['%', '15%%', '-5%', '101%', '%15', '15% off', '15 percent', '1e1%', ''])('refuses %j, naming discountPercent', (text) => {
    expect(refused({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', discountPercent: text }).map((e) => e.field)).toEqual([
      'discountPercent',
    ]);
  });
  it('reads a percent sign on discountPercent only', () => {
    expect(refused({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', hours: '15%' }).map((e) => e.field)).toEqual(['hours']);
    expect(refused({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', prices: { traffic: '15%' } }).map((e) => e.field)).toEqual([
      'prices.traffic',
    ]);
  });
});

describe('decimal strings with up to 40 decimals', () => {
  const forty = `0.${'3'.repeat(40)}`;
  const fortyOne = `0.${'3'.repeat(41)}`;
  const base = { offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small' };
  it('are accepted and kept exact', () => {
    const r = validateScenario(
      { version: 1, ...base, hours: forty, responseKB: forty, clientGB: forty, discountPercent: forty, prices: { traffic: forty } },
      catalogs,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect([r.scenario.hours, r.scenario.responseKB, r.scenario.clientGB, r.scenario.discountPercent, r.scenario.prices.traffic].map(String)).toEqual([
      forty,
      forty,
      forty,
      forty,
      forty,
    ]);
  });
  it.each(['hours', 'responseKB', 'requestKB', 'clientGB', 'backendGB', 'peakQps', 'discountPercent'])('refuses 41 in %s, naming it', (field) => {
    const errors = refused({ ...base, [field]: fortyOne });
    expect(errors.map((e) => e.field)).toEqual([field]);
    expect(errors[0]?.message).toMatch(/at most 40 decimals/);
  });
  it('refuses 41 in a quoted price, naming it', () => {
    expect(refused({ ...base, prices: { traffic: fortyOne } }).map((e) => e.field)).toEqual(['prices.traffic']);
    expect(refused({ offering: 'huawei.dedicated', region: 'cn-north-4', edition: 'pro', bandwidthHours: fortyOne }).map((e) => e.field)).toEqual([
      'bandwidthHours',
    ]);
  });
  it('prices 40-decimal hours to the exact amount', () => {
    // 0.333…3 (40 threes) h × 2.00 = 0.666…6 → 0.67
    expect(line(dedicated({ hours: forty }), 'instance')?.amount).toBe('0.67');
    // A float would take 0.0024999…9 (40 decimals) for 0.0025 and round 0.005 up; exactly it is 0.0049999…98 → 0.00.
    expect(line(dedicated({ hours: `0.0024${'9'.repeat(36)}` }), 'instance')?.amount).toBe('0.00');
    expect(line(dedicated({ hours: '0.0025' }), 'instance')?.amount).toBe('0.01'); // 0.005 → 0.01, half-up
  });
});
