/** The rules at their edges (RULES.md): tier boundaries, free quotas, whole units and hours, discounts. */
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { quote, type Estimate } from './estimate.ts';
import type { ScenarioJson } from './scenario.ts';

const catalogs = loadCatalogs();

function price(scenario: ScenarioJson): Estimate {
  const r = quote({ version: 1, ...scenario }, catalogs);
  if (!r.ok) throw new Error(r.message);
  return r.estimate;
}
const amount = (e: Estimate, id: string) => e.lines.find((l) => l.id === id)?.amount;
const shared = (calls: number | string, extra: ScenarioJson = {}) =>
  price({ offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: calls, ...extra });

describe('Tencent shared: progressive call tiers', () => {
  it('prices exactly 10,000,000 billable calls all in the first tier', () => {
    expect(amount(shared(10_000_000), 'calls')).toBe('60.00');
    expect(shared(10_000_000).lines[0]?.parts).toBeUndefined();
  });
  it('prices the 10,000,001st call in the second tier', () => {
    const e = shared(10_010_000);
    expect(amount(e, 'calls')).toBe('60.04');
    expect(e.lines[0]?.parts?.map((p) => [p.quantity, p.unitPrice])).toEqual([['10000000', '0.06'], ['10000', '0.04']]);
  });
  it('prices exactly 100,000,000 billable calls in the first two tiers', () => {
    expect(amount(shared(100_000_000), 'calls')).toBe('420.00'); // 60 + 360
    expect(shared(100_000_000).lines[0]?.parts).toHaveLength(2);
  });
  it('prices calls above 100,000,000 at the third tier', () => {
    expect(amount(shared(100_010_000), 'calls')).toBe('420.03');
  });
  it('counts tiers on billable calls, after the first-year free quota', () => {
    // 11,000,000 calls − 1,000,000 free = 10,000,000 billable: all first tier.
    expect(amount(shared(11_000_000, { firstYear: true }), 'calls')).toBe('60.00');
  });
});

describe('Tencent shared: the first-year free quota', () => {
  it('makes 1,000,000 calls free in the first year and charges the 1,000,001st', () => {
    expect(amount(shared(999_999, { firstYear: true }), 'calls')).toBe('0.00');
    expect(amount(shared(1_000_000, { firstYear: true }), 'calls')).toBe('0.00');
    const over = shared(1_000_001, { firstYear: true });
    expect(over.lines[0]?.quantity).toBe('1');
    expect(over.lines[0]?.free).toBe('1000000');
    expect(amount(shared(1_010_000, { firstYear: true }), 'calls')).toBe('0.06');
  });
  it('gives no free calls after the first year', () => {
    expect(amount(shared(1_000_000), 'calls')).toBe('6.00');
  });
  it('makes the first GB of billed egress free in the first year only', () => {
    const oneGB = { clientGB: 1, backend: 'none' };
    expect(amount(shared(0, { ...oneGB, firstYear: true }), 'traffic')).toBe('0.00');
    expect(amount(shared(0, { ...oneGB, firstYear: false }), 'traffic')).toBe('0.80');
    expect(amount(shared(0, { clientGB: 1.5, backend: 'none', firstYear: true }), 'traffic')).toBe('0.40');
  });
  it('warns above the 5,000 QPS cap of a shared service, and not at it', () => {
    expect(shared(0, { peakQps: 5000 }).warnings.map((w) => w.code)).not.toContain('qps-cap');
    expect(shared(0, { peakQps: 5001 }).warnings.map((w) => w.code)).toContain('qps-cap');
  });
});

describe('JD Cloud: started units of 10,000 calls', () => {
  const jd = (calls: number) => price({ offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: calls });
  it('charges nothing for the free 1,000,000 calls of every month', () => {
    expect(amount(jd(1_000_000), 'calls')).toBe('0.00');
  });
  it('charges one unit for 1,000,001 calls and two for 1,010,001', () => {
    expect(amount(jd(1_000_001), 'calls')).toBe('0.04');
    expect(amount(jd(1_010_000), 'calls')).toBe('0.04');
    expect(amount(jd(1_010_001), 'calls')).toBe('0.08');
  });
  it('bills client egress even for a private client, and backend egress except over the intranet', () => {
    const base = { offering: 'jdcloud.shared', region: 'cn-north-1', clientGB: 1, backendGB: 1 };
    expect(amount(price({ ...base, client: 'private', backend: 'private' }), 'traffic')).toBe('0.80');
    expect(amount(price({ ...base, client: 'private', backend: 'internet' }), 'traffic')).toBe('1.60');
  });
});

describe('Alibaba: whole pay-as-you-go hours', () => {
  const ali = (hours: number | string, extra: ScenarioJson = {}) =>
    price({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', hours, ...extra });
  it('bills 0.01 h as one hour', () => {
    expect(amount(ali(0.01), 'instance')).toBe('5.94');
    expect(ali(0.01).lines[0]?.quantity).toBe('1');
  });
  it('bills 619 h as 619 h and 619.01 h as 620 h', () => {
    expect(amount(ali(619), 'instance')).toBe('3676.86');
    expect(amount(ali('619.01'), 'instance')).toBe('3682.80');
  });
  it('bills nothing for 0 h', () => {
    expect(amount(ali(0), 'instance')).toBe('0.00');
  });
  it('prices api.s2.large.x3 at three times api.s2.large, marked derived', () => {
    const x3 = ali(1, { edition: 'api.s2.large.x3' }).lines[0];
    expect(x3?.amount).toBe('138.39');
    expect(x3?.confidence).toBe('derived');
    expect(x3?.derivation).toMatch(/^3 × api\.s2\.large \(46\.130\): Alibaba's billing page/);
  });
  it('explains a derived price in the language of the estimate', () => {
    const r = quote({ version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s2.large.x3', hours: 1 }, catalogs, { locale: 'zh' });
    if (!r.ok) throw new Error(r.message);
    expect(r.estimate.lines[0]?.derivation).toMatch(/^3 × api\.s2\.large（46\.130）：阿里云计费文档/);
  });
  it('uses the region group\'s price (Dubai)', () => {
    expect(amount(ali(1, { region: 'me-east-1' }), 'instance')).toBe('11.08'); // 11.084 → 11.08
  });
});

describe('Tencent dedicated', () => {
  const ten = (extra: ScenarioJson) => price({ offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', ...extra });
  it('bills fractional pay-as-you-go hours as they are, per instance', () => {
    expect(amount(ten({ hours: 0.5 }), 'instance')).toBe('2.97');
    expect(amount(ten({ hours: 730, instances: 2 }), 'instance')).toBe('8672.40');
  });
  it('shows a yearly term as its monthly equivalent, with the year paid upfront', () => {
    const e = ten({ billing: 'yearly', instances: 2 });
    expect(amount(e, 'instance')).toBe('7360.00');
    expect(e.upfront).toBe('88320.00');
    expect(e.lines[0]?.confidence).toBe('derived');
  });
  it('has no free traffic even in the first year', () => {
    expect(amount(ten({ clientGB: 1, firstYear: true }), 'traffic')).toBe('0.80');
  });
  it('warns when the peak QPS needs more than the edition × instances, and not at the limit', () => {
    expect(ten({ peakQps: 2500 }).warnings).toEqual([]);
    expect(ten({ peakQps: 2501 }).warnings.map((w) => w.code)).toEqual(['capacity']);
    expect(ten({ peakQps: 5000, instances: 2 }).warnings).toEqual([]);
  });
  it('names the edition of a capacity warning in the language of the estimate, and by id', () => {
    const r = quote({ version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', peakQps: 2501 }, catalogs, { locale: 'zh' });
    if (!r.ok) throw new Error(r.message);
    expect(r.estimate.warnings[0]?.params).toMatchObject({ edition: 'basic', editionName: '基础版', capacity: '2,500', instances: '1' });
  });
});

describe('discounts and price overrides', () => {
  const ten = (extra: ScenarioJson) => price({ offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', clientGB: 10, ...extra });
  it('lowers every catalog price by the discount before rounding each item', () => {
    const e = ten({ discountPercent: 10 });
    expect(amount(e, 'instance')).toBe('3902.58'); // 730 × 5.346 = 3,902.58
    expect(amount(e, 'traffic')).toBe('7.20');
    expect(e.lines[0]?.listPrice).toBe('5.94');
    expect(e.lines[0]?.unitPrice).toBe('5.346');
  });
  it('makes every catalog price free at 100%', () => {
    expect(ten({ discountPercent: 100 }).total).toBe('0.00');
  });
  it('takes an override as the user\'s net price, without the discount', () => {
    const e = ten({ discountPercent: 50, prices: { 'instance.payg': '5.00' } });
    expect(amount(e, 'instance')).toBe('3650.00');
    expect(e.lines[0]?.confidence).toBe('override');
    expect(amount(e, 'traffic')).toBe('4.00');
  });
  it('ignores an override key the scenario does not use', () => {
    expect(ten({ prices: { bandwidth: '9' } }).total).toBe(ten({}).total);
  });
});

describe('Huawei: missing prices, minimum fee, public network', () => {
  const hw = (extra: ScenarioJson) => price({ offering: 'huawei.dedicated', region: 'cn-north-4', client: 'private', ...extra });
  it('reports a price the vendor does not publish as missing, never as 0', () => {
    const e = hw({ edition: 'basic', hours: 10 });
    expect(e.complete).toBe(false);
    expect(e.missing.map((m) => m.keys)).toEqual([['instance.payg']]);
    expect(e.lines.map((l) => l.id)).not.toContain('instance');
    expect(e.warnings.map((w) => w.code)).toContain('missing-price');
  });
  it('completes the estimate once the user enters the quoted price', () => {
    const e = hw({ edition: 'basic', billing: 'monthly', prices: { 'instance.monthly': '2000' } });
    expect(e.complete).toBe(true);
    expect(e.total).toBe('2000.00');
  });
  it('charges at least 0.01 for a fee that is not zero', () => {
    // 0.01 h × 0.063 = 0.00063 → 0.00 by rounding, 0.01 by Huawei's minimum fee.
    expect(amount(hw({ edition: 'professional', hours: 1, bandwidthHours: 0.01 }), 'bandwidth')).toBe('0.01');
    expect(amount(hw({ edition: 'professional', hours: 1, bandwidthHours: 0 }), 'bandwidth')).toBe('0.00');
  });
  it('warns that internet clients need an EIP and a public backend needs bandwidth', () => {
    const codes = hw({ edition: 'professional', client: 'internet', backend: 'internet' }).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['eip-not-included', 'bandwidth-needed']));
  });
});

describe('topology', () => {
  const ali = (client: string, backend: string) =>
    amount(price({ offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'monthly', clientGB: 1, backendGB: 2, client, backend }), 'traffic');
  it('bills public egress to clients and backends, and not over private networks', () => {
    expect(ali('internet', 'internet')).toBe('2.40');
    expect(ali('cloud-public', 'cross-region-public')).toBe('2.40');
    expect(ali('private', 'cloud-public')).toBe('1.60');
    expect(ali('internet', 'private')).toBe('0.80');
    expect(ali('private', 'none')).toBe('0.00');
  });
  it('derives GB from calls and sizes in binary GB', () => {
    const e = price({ offering: 'tencent.shared', region: 'ap-hongkong', callsPerMonth: 1048576, responseKB: 1, backend: 'none' });
    expect(e.lines.find((l) => l.id === 'traffic')?.quantity).toBe('1');
    expect(amount(e, 'traffic')).toBe('1.00');
  });
});
