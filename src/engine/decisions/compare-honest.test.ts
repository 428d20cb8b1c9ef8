/**
 * Comparisons that do not mislead (RULES.md, 2026-11-30), on the fixture catalogs. Fixture prices
 * (src/testing/fixture-catalogs.ts): Tencent small 2.00/h, 1000.00/month, 10800.00/year; Huawei pro
 * 10.00/h (a vendor-example figure), Huawei basic unpublished; traffic 0.50/GB.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCatalogs } from '../../testing/fixture-catalogs.ts';
import { asPercent, dec } from '../money.ts';
import { validateScenario, type ScenarioDoc } from '../scenario.ts';
import { compareOptions, recommend, standing } from './compare.ts';

const catalogs = fixtureCatalogs();
function scenario(doc: Omit<ScenarioDoc, 'version'>) {
  const v = validateScenario({ version: 1, ...doc }, catalogs);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

// Huawei pro for one hour at 90% off its example price: 1.00, cheaper than anything priced from list prices.
const HUAWEI = {
  offering: 'huawei.dedicated',
  region: 'cn-north-4',
  edition: 'pro',
  billing: 'payg',
  hours: 1,
  discountPercent: 90,
  callsPerMonth: 10000000,
  client: 'private',
  backend: 'private',
} as const;

describe('a comparison that does not mislead', () => {
  it('ranks a total resting on a vendor example after every priced one, and never recommends it', () => {
    const options = compareOptions(scenario(HUAWEI), catalogs);
    const example = options.find((o) => o.offering === 'huawei.dedicated' && o.edition === 'pro' && o.billing === 'payg')!;
    expect(example).toMatchObject({ total: '1.00', flags: ['example-price', 'discount'] });
    expect(standing(example)).toBe(1);
    expect(options.indexOf(example)).toBeGreaterThan(options.findLastIndex((o) => standing(o) === 0));
    // The cheapest priced option: Tencent small for one hour, 2.00.
    expect(options[0]).toMatchObject({ offering: 'tencent.dedicated', edition: 'small', billing: 'payg', total: '2.00', recommended: true });
    expect(recommend(options)?.best).toBe(options[0]);
    expect(options.filter((o) => o.recommended)).toHaveLength(1);
    // Options without a price come last, flagged.
    expect(options.at(-1)?.flags).toContain('incomplete');
  });

  it('gives each vendor its own discount only, and says so on every row', () => {
    // The scenario's own 90% belongs to Huawei; Tencent's 50% comes from the settings (an estimate's accounts).
    const options = compareOptions(scenario(HUAWEI), catalogs, { discounts: { tencent: asPercent(dec(50)) } });
    for (const o of options) {
      const vendorDiscount = o.offering.startsWith('huawei') || o.offering.startsWith('tencent');
      expect(o.flags.includes('discount'), `${o.offering} ${o.edition}`).toBe(vendorDiscount);
    }
    expect(options.find((o) => o.offering === 'tencent.dedicated' && o.edition === 'small' && o.billing === 'payg')?.total).toBe('1.00'); // 2.00 − 50%
    expect(options.find((o) => o.offering === 'alibaba.dedicated' && o.billing === 'payg')?.total).toBe('3.00'); // no discount: 1 h × 3.00
  });

  it('says when the real bill has costs it cannot price (an EIP for internet clients)', () => {
    const options = compareOptions(scenario({ ...HUAWEI, client: 'internet' }), catalogs);
    const huawei = options.filter((o) => o.offering === 'huawei.dedicated');
    expect(huawei.length).toBeGreaterThan(0);
    expect(huawei.every((o) => o.flags.includes('excludes-costs'))).toBe(true);
    expect(options.filter((o) => o.offering !== 'huawei.dedicated').every((o) => !o.flags.includes('excludes-costs'))).toBe(true);
  });

  it('ranks over 12 or 36 months of cash: a yearly term paid whole, first-year quotas where they fall', () => {
    const base = scenario({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', billing: 'yearly', clientGB: 10 });
    const month = compareOptions(base, catalogs);
    const year = compareOptions(base, catalogs, { horizon: 12 });
    const term = compareOptions(base, catalogs, { horizon: 36 });
    const yearly = (list: typeof month) => list.find((o) => o.offering === 'tencent.dedicated' && o.edition === 'small' && o.billing === 'yearly')!;
    // 10800.00 ÷ 12 + 10 GB × 0.50 = 905.00 a month; paid as 10800.00 + 12 × 5.00 in the first year.
    expect(yearly(month).horizonTotal).toBe('905.00');
    expect(yearly(year).horizonTotal).toBe('10860.00');
    expect(yearly(term).horizonTotal).toBe('32580.00');
    // In its first year a Tencent account gets 1 GB free: 12 months × 0.50 less over the year.
    const firstYear = compareOptions(
      scenario({ offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', billing: 'yearly', clientGB: 10, firstYear: true }),
      catalogs,
      { horizon: 36 },
    );
    expect(yearly(firstYear).horizonTotal).toBe('32574.00');
    for (const list of [year, term]) {
      const priced = list.filter((o) => standing(o) === 0);
      expect(priced.every((o, i) => i === 0 || dec(o.horizonTotal).gte(priced[i - 1]!.horizonTotal))).toBe(true);
    }
  });
});
