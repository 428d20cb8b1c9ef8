import { describe, expect, it } from 'vitest';
import { compareOptions, recommend, standing } from '../../engine/decisions/compare.ts';
import { ESTIMATE_KIND, type EstimateDoc } from '../../engine/estimates/document.ts';
import { quoteEstimate } from '../../engine/estimates/pricing.ts';
import { dec } from '../../engine/money.ts';
import { validateScenario, type ScenarioDoc } from '../../engine/scenario.ts';
import { en } from '../../lib/i18n/en.ts';
import { zh } from '../../lib/i18n/zh.ts';
import { fixtureCatalogs } from '../../testing/fixture-catalogs.ts';
import { alternativeTo, compareSettings, planAlternatives } from './alternative.ts';
import { estimateProblems, fieldError } from './estimate-errors.ts';
import { productText } from '../../lib/item-text.ts';
import { discountsOf, listToNet, withoutDiscounts } from './list-price.ts';

const catalogs = fixtureCatalogs();

/** JD Cloud (fixture): 10,000 free calls a month, started units of 10,000 at 0.10; no traffic. */
const jd = (calls: string, extra: Partial<ScenarioDoc> = {}): ScenarioDoc => ({
  version: 1,
  offering: 'jdcloud.shared',
  region: 'cn-north-1',
  callsPerMonth: calls,
  client: 'private',
  backend: 'private',
  ...extra,
});
const tencent = (calls: string, extra: Partial<ScenarioDoc> = {}): ScenarioDoc => ({
  version: 1,
  offering: 'tencent.shared',
  region: 'ap-beijing',
  callsPerMonth: calls,
  client: 'private',
  backend: 'private',
  ...extra,
});
const estimate = (items: ScenarioDoc[], extra: Partial<EstimateDoc> = {}): EstimateDoc => ({
  version: 1,
  kind: ESTIMATE_KIND,
  items: items.map((scenario, i) => ({ label: `Item ${i + 1}`, scenario })),
  ...extra,
});

describe('list → discount → net', () => {
  it('prices the estimate without its discounts: list, what the discount takes off, net', () => {
    // 200,000 − 10,000 free = 190,000 calls: 19 units × 0.10 = 1.90 at list; × 0.90 = 1.71 with 10% off.
    const f = listToNet(estimate([jd('200000')], { accounts: { jdcloud: { discountPercent: '10%' } } }), catalogs)!;
    expect(f).toMatchObject({
      list: '1.90',
      discount: '0.19',
      net: '1.71',
      list12: '22.80',
      discount12: '2.28',
      net12: '20.52',
      complete: true,
      percents: ['10'],
    });
  });

  it('without a discount the list is the net', () => {
    const doc = estimate([jd('200000')]);
    expect(withoutDiscounts(doc)).toBeUndefined();
    expect(listToNet(doc, catalogs)).toMatchObject({ list: '1.90', discount: '0.00', net: '1.90', percents: [] });
  });

  it("keeps the user's quoted prices (net already) and removes item and account discounts", () => {
    const doc = estimate([jd('200000', { discountPercent: '15', prices: { traffic: '0.4' } })], {
      accounts: { jdcloud: { discountPercent: 10, firstYearMonths: 0 } },
    });
    const stripped = withoutDiscounts(doc)!;
    expect(stripped.items[0]!.scenario).not.toHaveProperty('discountPercent');
    expect(stripped.items[0]!.scenario.prices).toEqual({ traffic: '0.4' });
    expect(stripped.accounts).toEqual({ jdcloud: { firstYearMonths: 0 } });
  });

  it('names each distinct discount once, zero ones left out', () => {
    const doc = estimate([jd('1', { discountPercent: '10' }), tencent('1', { discountPercent: '0' })], {
      accounts: { jdcloud: { discountPercent: '10%' }, tencent: { discountPercent: '12.5' } },
    });
    expect(discountsOf(doc)).toEqual(['10', '12.5']);
  });

  it('gives nothing while the document is invalid', () => {
    expect(listToNet(estimate([jd('12abc')]), catalogs)).toBeUndefined();
  });
});

describe("the estimate's errors", () => {
  const problems = (doc: EstimateDoc, t = en) => {
    const q = quoteEstimate(doc, catalogs);
    if (q.ok) throw new Error('expected errors');
    return estimateProblems(
      q.errors,
      t,
      t === en ? 'en' : 'zh',
      doc.items.map((i) => i.label),
      catalogs,
    );
  };

  it('names both items of an account that price a pooled item differently, and the prices, once', () => {
    const doc = estimate([tencent('2000000'), tencent('3000000', { discountPercent: '10' })]);
    doc.items[0]!.label = 'Production';
    doc.items[1]!.label = 'Staging';
    // One problem for the pair, naming every price they disagree on (the engine reports each).
    const all = problems(doc);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ field: 'items[1].scenario', item: 1 });
    expect(all[0]!.text).toBe(
      'Staging and Production are on one Tencent (fixture) account, which bills their combined usage at one price, but they price “Calls, first tier, per 10,000”, “Calls, second tier, per 10,000”, “Calls, third tier, per 10,000”, “Traffic, per GB” differently: give them the same discount and quoted prices (or set the discount on the account).',
    );
    expect(problems(doc, zh)[0]!.text).toContain('“Staging”与“Production”属于同一个腾讯云（测试）账号');
  });

  it("names the items that disagree on an account's first year", () => {
    const doc = estimate([tencent('1'), tencent('1', { firstYear: true })]);
    expect(problems(doc)[0]).toMatchObject({
      field: 'items[1].scenario.firstYear',
      item: 1,
      text: 'Item 2 and Item 1 disagree on whether the Tencent (fixture) account is in its first year: one account has one first year. Set its first-year months under “Vendor accounts”.',
    });
  });

  it('asks for a name by position, and leaves the estimate’s own fields to their inputs', () => {
    const doc = estimate([jd('1'), jd('1')], { accounts: { jdcloud: { discountPercent: '150' } }, growthPercent: 'x' });
    doc.items[1]!.label = ' ';
    const q = quoteEstimate(doc, catalogs);
    expect(q.ok).toBe(false);
    if (q.ok) return;
    expect(problems(doc).map((p) => p.text)).toEqual(['Item 2 needs a name.']);
    expect(fieldError(en, q.errors, 'accounts.jdcloud.discountPercent')).toBe(en.fieldErrors.percent);
    expect(fieldError(en, q.errors, 'growthPercent')).toBe(en.fieldErrors.percent);
    expect(fieldError(en, q.errors, 'name')).toBeUndefined();
  });
});

describe('the cheapest honest alternative', () => {
  it('is the recommendation of the comparison, never indicative, with its saving against the configuration', () => {
    const base = validateScenario(tencent('30000000', { responseKB: '2' }), catalogs);
    if (!base.ok) throw new Error('invalid');
    const settings = compareSettings(base.scenario, []);
    const alt = alternativeTo(base.scenario, planAlternatives(base.scenario, catalogs, settings), catalogs, settings);
    const best = recommend(compareOptions(base.scenario, catalogs, settings), undefined, false)!.best;
    // Alibaba serverless: the same tiers with 20,000 free calls every month, taken from the top tier
    // (0.02 per 10,000): 0.04 less; too little to say in percent.
    expect(alt).toMatchObject({ kind: 'cheaper', current: '63.50', saving: '0.04' });
    expect(alt).not.toHaveProperty('percent');
    if (alt.kind !== 'cheaper') return;
    expect(alt.option.offering).toBe('alibaba.shared');
    expect(alt.option.offering).toBe(best.offering);
    expect(alt.option.total).toBe(best.total);
    expect(standing(alt.option)).toBe(0);
  });

  it('gives each vendor its own account discount, and the item’s vendor the discount it is priced with', () => {
    const base = validateScenario(tencent('1', { discountPercent: '5' }), catalogs);
    if (!base.ok) throw new Error('invalid');
    const settings = compareSettings(base.scenario, [{ vendor: 'jdcloud', firstYearMonths: 0, discountPercent: dec('20') as never }]);
    expect(Object.fromEntries(Object.entries(settings.discounts!).map(([v, d]) => [v, d!.toString()]))).toEqual({ jdcloud: '20', tencent: '5' });
  });
});

it('names an item by vendor, kind, edition and billing, and region', () => {
  expect(productText(catalogs, en, 'en', { offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's1', billing: 'yearly', instances: '2' })).toMatch(
    /^Alibaba \(fixture\) · dedicated · .+ × 2 · yearly · /,
  );
  expect(productText(catalogs, zh, 'zh', tencent('1'))).toBe('腾讯云（测试） · 按调用量计费 · 北京');
});
