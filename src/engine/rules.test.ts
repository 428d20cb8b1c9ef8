/**
 * The rules at their edges (RULES.md): tier boundaries, free quotas, whole units and hours, discounts,
 * overrides, missing prices, capacity. Priced on the fixture catalogs (src/testing/fixture-catalogs.ts,
 * whose header table lists every price): each expected amount is the fixture's price times the
 * quantity, with the arithmetic in a comment.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs.ts';
import { quote, type Estimate } from './estimate.ts';
import { formulaText } from './explain.ts';
import type { ScenarioJson } from './scenario.ts';

const catalogs = FIXTURE_CATALOGS;

function price(scenario: ScenarioJson): Estimate {
  const r = quote({ version: 1, ...scenario }, catalogs);
  if (!r.ok) throw new Error(r.message);
  return r.estimate;
}
const line = (e: Estimate, id: string) => e.lines.find((l) => l.id === id);
const amount = (e: Estimate, id: string) => line(e, id)?.amount;
const codes = (e: Estimate) => e.warnings.map((w) => w.code);
/** tencent.shared in ap-beijing: tiers 0.10 / 0.05 / 0.02 per 10k up to 100,000 / 1,000,000 billable calls; 10,000 free calls and 1 GB free in the first year. */
const shared = (calls: number | string, extra: ScenarioJson = {}) =>
  price({ offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: calls, ...extra });

describe('pay per call: progressive call tiers (tencent.shared)', () => {
  it('prices exactly 100,000 billable calls all in the first tier', () => {
    // 100,000 ÷ 10,000 × 0.10 = 1.00
    expect(amount(shared(100_000), 'calls')).toBe('1.00');
    expect(line(shared(100_000), 'calls')?.parts).toBeUndefined();
  });
  it('prices the 100,001st call in the second tier', () => {
    // 1.00 + 10,000 ÷ 10,000 × 0.05 = 1.05
    const e = shared(110_000);
    expect(amount(e, 'calls')).toBe('1.05');
    expect(line(e, 'calls')?.parts?.map((p) => [p.key, p.quantity, p.unitPrice])).toEqual([
      ['calls.tier1', '100000', '0.10'],
      ['calls.tier2', '10000', '0.05'],
    ]);
  });
  it('prices exactly 1,000,000 billable calls in the first two tiers', () => {
    // 1.00 + 900,000 ÷ 10,000 × 0.05 = 1.00 + 4.50 = 5.50
    expect(amount(shared(1_000_000), 'calls')).toBe('5.50');
    expect(line(shared(1_000_000), 'calls')?.parts).toHaveLength(2);
  });
  it('prices calls above 1,000,000 at the third tier', () => {
    // 5.50 + 10,000 ÷ 10,000 × 0.02 = 5.52
    expect(amount(shared(1_010_000), 'calls')).toBe('5.52');
    expect(line(shared(1_010_000), 'calls')?.parts).toHaveLength(3);
  });
  it('counts tiers on billable calls, after the first-year free quota', () => {
    // 110,000 − 10,000 free = 100,000 billable: all first tier, 1.00.
    expect(amount(shared(110_000, { firstYear: true }), 'calls')).toBe('1.00');
  });
  it('rounds the item once, after adding its tiers', () => {
    // 100,500 calls: 1.00 + 500 ÷ 10,000 × 0.05 = 1.0025 → 1.00 (rounded once, not per tier).
    expect(amount(shared(100_500), 'calls')).toBe('1.00');
    // 100,000 + 1,000 at 0.05 = 1.005 → 1.01 (half-up).
    expect(amount(shared(101_000), 'calls')).toBe('1.01');
  });
  it('writes the tiers in the formula', () => {
    expect(formulaText(line(shared(110_000), 'calls')!.calculation)).toBe('100,000 ÷ 10,000 × 0.10 + 10,000 ÷ 10,000 × 0.05 = 1.05');
  });
});

describe('pay per call: the first-year free quota (tencent.shared)', () => {
  it('makes 10,000 calls free in the first year and charges the 10,001st', () => {
    expect(amount(shared(9_999, { firstYear: true }), 'calls')).toBe('0.00');
    expect(amount(shared(10_000, { firstYear: true }), 'calls')).toBe('0.00');
    const over = line(shared(10_001, { firstYear: true }), 'calls');
    expect(over?.quantity).toBe('1');
    expect(over?.free).toBe('10000');
    // 20,000 − 10,000 free = 10,000 billable × 0.10 ÷ 10,000 = 0.10
    expect(amount(shared(20_000, { firstYear: true }), 'calls')).toBe('0.10');
    expect(formulaText(line(shared(20_000, { firstYear: true }), 'calls')!.calculation)).toBe('20,000 − 10,000 free = 10,000; 10,000 ÷ 10,000 × 0.10 = 0.10');
  });
  it('gives no free calls after the first year', () => {
    // 10,000 ÷ 10,000 × 0.10 = 0.10
    expect(amount(shared(10_000), 'calls')).toBe('0.10');
    expect(line(shared(10_000), 'calls')?.free).toBeUndefined();
  });
  it('makes the first GB of billed egress free in the first year only', () => {
    const oneGB = { clientGB: 1, backend: 'none' };
    expect(amount(shared(0, { ...oneGB, firstYear: true }), 'traffic')).toBe('0.00');
    expect(amount(shared(0, { ...oneGB, firstYear: false }), 'traffic')).toBe('0.50'); // 1 × 0.50
    expect(amount(shared(0, { clientGB: 1.5, backend: 'none', firstYear: true }), 'traffic')).toBe('0.25'); // (1.5 − 1) × 0.50
  });
  it('warns above the 100 QPS cap of a shared service, and not at it', () => {
    expect(codes(shared(0, { peakQps: 100 }))).not.toContain('qps-cap');
    const over = shared(0, { peakQps: 101 });
    expect(over.warnings.filter((w) => w.code === 'qps-cap')).toEqual([{ code: 'qps-cap', params: { peakQps: '101', cap: '100' } }]);
  });
});

describe('pay per call: free calls every month (alibaba.shared)', () => {
  const ali = (calls: number, extra: ScenarioJson = {}) => price({ offering: 'alibaba.shared', region: 'cn-hangzhou', callsPerMonth: calls, ...extra });
  it('takes 20,000 free calls every month, first year or not', () => {
    expect(amount(ali(20_000), 'calls')).toBe('0.00');
    // 30,000 − 20,000 = 10,000 × 0.10 ÷ 10,000 = 0.10
    expect(amount(ali(30_000), 'calls')).toBe('0.10');
    expect(amount(ali(30_000, { firstYear: true }), 'calls')).toBe('0.10');
  });
  it('prices the billable calls progressively', () => {
    // 1,020,000 − 20,000 = 1,000,000 billable: 1.00 + 4.50 = 5.50
    expect(amount(ali(1_020_000), 'calls')).toBe('5.50');
  });
  it('publishes no capacity: no capacity warning at any peak', () => {
    expect(ali(0, { peakQps: 1_000_000 }).warnings).toEqual([]);
  });
});

describe('started units of 10,000 calls (jdcloud.shared)', () => {
  const jd = (calls: number) => price({ offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: calls });
  it('charges nothing for the free 10,000 calls of every month', () => {
    expect(amount(jd(10_000), 'calls')).toBe('0.00');
  });
  it('charges one unit for 10,001 calls and two for 20,001', () => {
    expect(amount(jd(10_001), 'calls')).toBe('0.10'); // ⌈1 ÷ 10,000⌉ = 1 × 0.10
    expect(amount(jd(20_000), 'calls')).toBe('0.10'); // ⌈10,000 ÷ 10,000⌉ = 1
    expect(amount(jd(20_001), 'calls')).toBe('0.20'); // ⌈10,001 ÷ 10,000⌉ = 2
    expect(formulaText(line(jd(20_001), 'calls')!.calculation)).toBe('20,001 − 10,000 free = 10,001; ⌈10,001 ÷ 10,000⌉ = 2 × 0.10 = 0.20');
  });
  it('bills client egress even for a private client, and backend egress except over the intranet', () => {
    const base = { offering: 'jdcloud.shared', region: 'cn-north-1', clientGB: 1, backendGB: 1 };
    expect(amount(price({ ...base, client: 'private', backend: 'private' }), 'traffic')).toBe('0.50'); // 1 × 0.50
    expect(amount(price({ ...base, client: 'private', backend: 'internet' }), 'traffic')).toBe('1.00'); // (1 + 1) × 0.50
  });
});

describe('whole pay-as-you-go hours (alibaba.dedicated)', () => {
  const ali = (hours: number | string, extra: ScenarioJson = {}) =>
    price({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's1', hours, ...extra });
  it('bills 0.01 h as one hour', () => {
    expect(amount(ali(0.01), 'instance')).toBe('3.00'); // 1 h × 3.00
    expect(line(ali(0.01), 'instance')?.quantity).toBe('1');
    expect(formulaText(line(ali(0.01), 'instance')!.calculation)).toBe('0.01 h → 1 h × 3.00 = 3.00');
  });
  it('bills 619 h as 619 h and 619.01 h as 620 h', () => {
    expect(amount(ali(619), 'instance')).toBe('1857.00'); // 619 × 3.00
    expect(amount(ali('619.01'), 'instance')).toBe('1860.00'); // 620 × 3.00
  });
  it('bills nothing for 0 h', () => {
    expect(amount(ali(0), 'instance')).toBe('0.00');
  });
  it('prices the derived s2 at twice s1, marked derived with its derivation in both languages', () => {
    const s2 = line(ali(1, { edition: 's2' }), 'instance');
    expect(s2?.amount).toBe('6.00');
    expect(s2?.confidence).toBe('derived');
    expect(s2?.derivation).toEqual({ zh: '2 × s1（3.00）：按规格倍数计', en: '2 × s1 (3.00): priced by the size multiple' });
  });
  it("uses the region's own price (me-east-1)", () => {
    expect(amount(ali(1, { region: 'me-east-1' }), 'instance')).toBe('3.30');
    expect(amount(ali(1), 'instance')).toBe('3.00');
  });
  it('gives a line no derivation when its price is a list price', () => {
    expect(line(ali(1), 'instance')).not.toHaveProperty('derivation');
  });
});

describe('per-second hours and subscriptions (tencent.dedicated)', () => {
  /** small: 2.00 /h, 1000.00 /month, 10800.00 /year; large: 4.00, 2000.00, 24000.00 (derived). */
  const ten = (extra: ScenarioJson) => price({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', ...extra });
  it('bills fractional pay-as-you-go hours as they are, per instance', () => {
    expect(amount(ten({ hours: 0.5 }), 'instance')).toBe('1.00'); // 0.5 × 2.00
    expect(amount(ten({ hours: 730, instances: 2 }), 'instance')).toBe('2920.00'); // 730 × 2.00 × 2
    expect(formulaText(line(ten({ hours: 730, instances: 2 }), 'instance')!.calculation)).toBe('730 h × 2.00 × 2 instances = 2,920.00');
  });
  it('rounds the item half-up to the cent', () => {
    expect(amount(ten({ hours: '0.1225' }), 'instance')).toBe('0.25'); // 0.245 → 0.25
    expect(amount(ten({ hours: '0.1224' }), 'instance')).toBe('0.24'); // 0.2448 → 0.24
  });
  it("prices a month's subscription per instance", () => {
    const e = ten({ billing: 'monthly', instances: 3 });
    expect(amount(e, 'instance')).toBe('3000.00'); // 3 × 1000.00
    expect(e.upfront).toBe('0.00');
  });
  it('shows a yearly term as its monthly equivalent, with the year paid upfront', () => {
    const e = ten({ billing: 'yearly', instances: 2 });
    expect(amount(e, 'instance')).toBe('1800.00'); // 10800.00 × 2 ÷ 12
    expect(e.upfront).toBe('21600.00'); // 10800.00 × 2
    expect(line(e, 'instance')?.confidence).toBe('list');
    expect(formulaText(line(e, 'instance')!.calculation)).toBe('10,800.00 × 2 instances ÷ 12 = 1,800.00');
  });
  it('marks a derived yearly price and carries its derivation', () => {
    const e = ten({ edition: 'large', billing: 'yearly' });
    expect(amount(e, 'instance')).toBe('2000.00'); // 24000.00 ÷ 12
    expect(e.upfront).toBe('24000.00');
    expect(line(e, 'instance')?.confidence).toBe('derived');
    expect(line(e, 'instance')?.derivation?.en).toMatch(/^12 × 2000\.00/);
  });
  it('warns when the peak QPS needs more than the edition × instances, and not at the limit', () => {
    expect(ten({ peakQps: 1000 }).warnings).toEqual([]);
    expect(codes(ten({ peakQps: 1001 }))).toEqual(['capacity']);
    expect(ten({ peakQps: 2000, instances: 2 }).warnings).toEqual([]);
  });
  it('gives a capacity warning its numbers as plain decimal strings and the edition by id, with no sentence', () => {
    const [w] = ten({ peakQps: '1000.5' }).warnings;
    expect(w).toEqual({ code: 'capacity', line: 'instance', params: { peakQps: '1000.5', capacity: '1000', edition: 'small', instances: '1' } });
  });
});

describe('discounts and price overrides', () => {
  const ten = (extra: ScenarioJson) => price({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', clientGB: 10, ...extra });
  it('lowers every catalog price by the discount before rounding each item', () => {
    const e = ten({ discountPercent: '12.5' });
    expect(amount(e, 'instance')).toBe('1277.50'); // 730 × 2.00 × 0.875 = 730 × 1.75
    // 10 × 0.50 × 0.875 = 10 × 0.4375 = 4.375 → 4.38 (rounding the price first would give 4.40)
    expect(amount(e, 'traffic')).toBe('4.38');
    expect(line(e, 'instance')?.listPrice).toBe('2.00');
    expect(line(e, 'instance')?.unitPrice).toBe('1.75');
    expect(line(e, 'traffic')?.unitPrice).toBe('0.4375');
    expect(formulaText(line(e, 'traffic')!.calculation)).toBe('10 GB × 0.4375 (0.50 − 12.5%) = 4.38');
  });
  it('makes every catalog price free at 100%', () => {
    expect(ten({ discountPercent: 100 }).total).toBe('0.00');
  });
  it("takes an override as the user's net price, without the discount", () => {
    const e = ten({ discountPercent: 50, prices: { 'instance.payg': '5.00' } });
    expect(amount(e, 'instance')).toBe('3650.00'); // 730 × 5.00
    expect(line(e, 'instance')?.confidence).toBe('override');
    expect(line(e, 'instance')?.source).toBe('');
    expect(line(e, 'instance')).not.toHaveProperty('listPrice');
    expect(amount(e, 'traffic')).toBe('2.50'); // 10 × 0.50 × 0.5
  });
  it('ignores an override key the scenario does not use, and says so', () => {
    const e = ten({ prices: { bandwidth: '9' } });
    expect(e.total).toBe(ten({}).total);
    expect(e.warnings).toEqual([{ code: 'unused-price', params: { key: 'bandwidth' } }]);
  });
});

describe('missing prices, minimum fee, public network (huawei.dedicated)', () => {
  const hw = (extra: ScenarioJson) => price({ offering: 'huawei.dedicated', region: 'cn-north-4', client: 'private', ...extra });
  it('reports a price the vendor does not publish as missing, never as 0', () => {
    const e = hw({ edition: 'basic', hours: 10 });
    expect(e.complete).toBe(false);
    expect(e.missing.map((m) => m.keys)).toEqual([['instance.payg']]);
    expect(e.missing[0]).toMatchObject({ id: 'instance', quantity: '10', unit: 'hour' });
    expect(e.lines.map((l) => l.id)).not.toContain('instance');
    expect(e.warnings).toContainEqual({ code: 'missing-price', line: 'instance', params: { keys: 'instance.payg', vendor: 'huawei' } });
    expect(e.total).toBe('0.00'); // a lower bound: the bandwidth line only
  });
  it('prices zero hours of an unpublished price as 0.00, complete', () => {
    const e = hw({ edition: 'basic', hours: 0 });
    expect(e.complete).toBe(true);
    expect(line(e, 'instance')?.amount).toBe('0.00');
    expect(line(e, 'instance')).not.toHaveProperty('unitPrice');
  });
  it('completes the estimate once the user enters the quoted price', () => {
    const e = hw({ edition: 'basic', billing: 'monthly', prices: { 'instance.monthly': '2000' } });
    expect(e.complete).toBe(true);
    expect(e.total).toBe('2000.00');
    expect(e.warnings).toEqual([]);
  });
  it("marks a price from the vendor's example, and warns about it", () => {
    const e = hw({ edition: 'pro', hours: 1 });
    expect(line(e, 'instance')).toMatchObject({ amount: '10.00', confidence: 'example' });
    expect(e.warnings).toContainEqual({ code: 'example-price', line: 'instance', params: {} });
  });
  it('charges at least 0.01 for a fee that is not zero', () => {
    // 0.01 h × 0.10 = 0.001 → 0.00 by rounding, 0.01 by the minimum fee.
    const raised = line(hw({ edition: 'pro', hours: 1, bandwidthHours: 0.01 }), 'bandwidth');
    expect(raised?.amount).toBe('0.01');
    expect(raised?.calculation.minimumFee).toBe('0.01');
    expect(formulaText(raised!.calculation)).toBe('0.01 h × 0.10 = 0.01 (minimum fee)');
    expect(amount(hw({ edition: 'pro', hours: 1, bandwidthHours: 0 }), 'bandwidth')).toBe('0.00');
    // 0.1 h × 0.10 = 0.01: rounded as it is, not raised.
    expect(line(hw({ edition: 'pro', hours: 1, bandwidthHours: '0.1' }), 'bandwidth')?.calculation).not.toHaveProperty('minimumFee');
  });
  it('bills bandwidth per instance-hour', () => {
    expect(amount(hw({ edition: 'pro', instances: 3, hours: 1, bandwidthHours: 10 }), 'bandwidth')).toBe('3.00'); // 10 × 0.10 × 3
  });
  it('warns that internet clients need an EIP and a public backend needs bandwidth', () => {
    const e = hw({ edition: 'pro', client: 'internet', backend: 'internet' });
    expect(codes(e)).toEqual(expect.arrayContaining(['eip-not-included', 'bandwidth-needed']));
    expect(e.warnings).toContainEqual({ code: 'bandwidth-needed', line: 'bandwidth', params: {} });
  });
  it('warns when the peak QPS needs more than the edition × instances', () => {
    expect(codes(hw({ edition: 'pro', peakQps: 4000 }))).not.toContain('capacity');
    expect(codes(hw({ edition: 'pro', peakQps: 4001 }))).toContain('capacity');
  });
});

describe('topology', () => {
  const ali = (client: string, backend: string) =>
    amount(
      price({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's1', billing: 'monthly', clientGB: 1, backendGB: 2, client, backend }),
      'traffic',
    );
  it('bills public egress to clients and backends, and not over private networks', () => {
    expect(ali('internet', 'internet')).toBe('1.50'); // (1 + 2) × 0.50
    expect(ali('cloud-public', 'cross-region-public')).toBe('1.50');
    expect(ali('private', 'cloud-public')).toBe('1.00'); // 2 × 0.50
    expect(ali('internet', 'private')).toBe('0.50'); // 1 × 0.50
    expect(ali('private', 'none')).toBe('0.00');
  });
  it("derives GB from calls and sizes in binary GB, at the region's price", () => {
    // 1,048,576 calls × 1 KB = 1 GB (1024² KB) × 1.00 in ap-hongkong.
    const e = price({ offering: 'tencent.shared', region: 'ap-hongkong', callsPerMonth: 1048576, responseKB: 1, backend: 'none' });
    expect(line(e, 'traffic')?.quantity).toBe('1');
    expect(amount(e, 'traffic')).toBe('1.00');
  });
  it('adds client and backend egress into one item before rounding', () => {
    // (0.011 + 0.011) GB × 0.50 = 0.011 → 0.01; rounding each first would give 0.01 + 0.01 = 0.02.
    const e = price({ offering: 'tencent.shared', region: 'ap-beijing', clientGB: '0.011', backendGB: '0.011', backend: 'internet' });
    expect(amount(e, 'traffic')).toBe('0.01');
  });
});
