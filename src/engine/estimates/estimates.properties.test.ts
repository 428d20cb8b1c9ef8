/** Properties of estimates billed per account over the term, on the fixture catalogs. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalogs } from '../../testing/fixture-catalogs.ts';
import { scenarioArb, type ArbitraryScenario } from '../../testing/scenario-arbitrary.ts';
import { quote } from '../estimate.ts';
import { dec } from '../money.ts';
import { VENDORS } from '../ids.ts';
import { isDedicated } from '../offerings/registry.ts';
import { quoteEstimate, quoteMonthOne, type EstimateOutput } from './pricing.ts';

const catalogs = fixtureCatalogs();
const RUNS = { numRuns: 60 };

function priced(doc: unknown): EstimateOutput {
  const r = quoteEstimate(doc, catalogs);
  if (!r.ok) throw new Error(`${JSON.stringify(doc)}: ${r.message}`);
  return r.output;
}

/** A scenario that prices the same in any account: no quoted prices, no discount of its own. */
const plain = scenarioArb(catalogs).map(({ prices: _p, discountPercent: _d, firstYear: _f, ...s }) => s as ArbitraryScenario);
/** Every account's first year fixed, so items never disagree on it. */
const accountsArb = fc.record(Object.fromEntries(VENDORS.map((v) => [v, fc.record({ firstYearMonths: fc.integer({ min: 0, max: 12 }) })])));
const doc = (items: ArbitraryScenario[], extra: object = {}) => ({
  version: 1,
  kind: 'estimate',
  items: items.map((scenario, i) => ({ label: `item ${i}`, scenario })),
  ...extra,
});

describe('an estimate', { timeout: 60_000 }, () => {
  it('of one item prices exactly as its scenario alone', () => {
    fc.assert(
      fc.property(scenarioArb(catalogs), (s) => {
        const alone = quote(s, catalogs);
        if (!alone.ok) throw new Error(alone.message);
        const out = priced(doc([s]));
        expect(out.monthly).toBe(alone.estimate.total);
        expect(out.upfront).toBe(alone.estimate.upfront);
        expect(out.complete).toBe(alone.estimate.complete);
        const lines = out.items[0]!.estimate.lines.map(({ pool: _pool, ...l }) => l);
        expect(lines).toEqual(alone.estimate.lines);
      }),
      RUNS,
    );
  });

  it('shares every pooled item out so the shares add up to it exactly', () => {
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 8 }), accountsArb, (items, accounts) => {
        const out = priced(doc(items, { accounts }));
        for (const p of out.pooled) {
          const shares = out.items.flatMap((item) => item.estimate.lines.filter((l) => l.pool === p.id && item.estimate.catalog.vendor === p.account));
          const total = shares.reduce((a, l) => a.plus(l.amount), dec(0));
          expect(total.toFixed(2), p.id).toBe(p.amount);
        }
        // The month's total is the sum of the items' monthly figures.
        expect(out.items.reduce((a, i) => a.plus(i.monthly), dec(0)).toFixed(2)).toBe(out.monthly);
      }),
      RUNS,
    );
  });

  it("never changes the account's total when an item's calls are split over two items", () => {
    const perCall = plain.filter((s) => !isDedicated(s.offering)).map(({ clientGB: _c, backendGB: _b, ...s }) => s as ArbitraryScenario);
    fc.assert(
      fc.property(perCall, fc.double({ min: 0, max: 1, noNaN: true }), accountsArb, fc.integer({ min: 0, max: 5 }), (s, at, accounts, growth) => {
        const calls = Number(s.callsPerMonth ?? 0);
        const a = Math.floor(calls * at); // a split point; positions only, never money
        const whole = priced(doc([s], { accounts, growthPercent: growth }));
        const split = priced(
          doc(
            [
              { ...s, callsPerMonth: a },
              { ...s, callsPerMonth: calls - a },
            ],
            { accounts, growthPercent: growth },
          ),
        );
        expect(split.monthly).toBe(whole.monthly);
        // Growth rounds each item's calls to whole calls, so only the first month is exact to the cent.
        if (growth === 0) expect(split.first36).toBe(whole.first36);
      }),
      RUNS,
    );
  });

  it('gives the same figures with and without the explanation', () => {
    fc.assert(
      fc.property(
        fc.array(plain, { minLength: 1, maxLength: 6 }),
        accountsArb,
        fc.integer({ min: 0, max: 8 }),
        fc.array(fc.constantFrom('a', 'b'), { minLength: 6, maxLength: 6 }),
        (items, accounts, growth, groups) => {
          const d = doc(items, { accounts, growthPercent: growth });
          d.items.forEach((item, i) => Object.assign(item, { group: groups[i] }));
          const explained = priced(d);
          const totals = quoteEstimate(d, catalogs, { explain: false });
          if (!totals.ok) throw new Error(totals.message);
          const strip = (o: EstimateOutput) => ({ ...o, items: o.items.map(({ estimate: _e, ...rest }) => rest) });
          expect(totals.output).toEqual(strip(explained));
        },
      ),
      RUNS,
    );
  });

  it('costs at least three times its first year over 36 months, without growth or first-year quotas', () => {
    const none = Object.fromEntries(VENDORS.map((v) => [v, { firstYearMonths: 0 }]));
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 5 }), (items) => {
        const out = priced(doc(items, { accounts: none }));
        expect(dec(out.first36).gte(dec(out.first12).times(3))).toBe(true);
        expect(out.months).toHaveLength(36);
        expect(out.months.reduce((a, m) => a.plus(m.cash), dec(0)).toFixed(2)).toBe(out.first36);
      }),
      RUNS,
    );
  });

  it('never costs less when an item is added', () => {
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 5 }), plain, accountsArb, fc.integer({ min: 0, max: 10 }), (items, extra, accounts, growth) => {
        const before = priced(doc(items, { accounts, growthPercent: growth }));
        const after = priced(doc([...items, extra], { accounts, growthPercent: growth }));
        expect(dec(after.monthly).gte(before.monthly)).toBe(true);
        expect(dec(after.first12).gte(before.first12)).toBe(true);
        expect(dec(after.first36).gte(before.first36)).toBe(true);
      }),
      RUNS,
    );
  });

  it('refuses every mutated invalid document, naming the path', () => {
    const mutations: [string, (d: Record<string, unknown>) => void][] = [
      ['version', (d) => (d.version = 2)],
      ['kind', (d) => (d.kind = 'scenario')],
      ['name', (d) => (d.name = 'x'.repeat(201))],
      ['items', (d) => (d.items = [])],
      ['items[0].label', (d) => ((d.items as Record<string, unknown>[])[0]!.label = '')],
      ['items[0].group', (d) => ((d.items as Record<string, unknown>[])[0]!.group = 7)],
      ['items[0].colour', (d) => ((d.items as Record<string, unknown>[])[0]!.colour = 'red')],
      ['items[0].scenario.region', (d) => ((d.items as { scenario: Record<string, unknown> }[])[0]!.scenario.region = 'nowhere')],
      ['items[0].scenario.callsPerMonth', (d) => ((d.items as { scenario: Record<string, unknown> }[])[0]!.scenario.callsPerMonth = -1)],
      ['items[0].scenario', (d) => delete (d.items as Record<string, unknown>[])[0]!.scenario],
      ['accounts.nobody', (d) => (d.accounts = { nobody: {} })],
      ['accounts.jdcloud.firstYearMonths', (d) => (d.accounts = { jdcloud: { firstYearMonths: 13 } })],
      ['accounts.tencent.discountPercent', (d) => (d.accounts = { tencent: { discountPercent: '101%' } })],
      ['growthPercent', (d) => (d.growthPercent = -1)],
      ['extra', (d) => (d.extra = true)],
    ];
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 4 }), fc.constantFrom(...mutations), (items, [path, mutate]) => {
        const d = JSON.parse(JSON.stringify(doc(items))) as Record<string, unknown>;
        mutate(d);
        const r = quoteEstimate(d, catalogs);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => e.field)).toContain(path);
      }),
      RUNS,
    );
  });

  it('refuses items of one account that disagree on a pooled price, naming the item', () => {
    const jd = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: 50000 };
    const r = quoteEstimate(doc([jd, { ...jd, discountPercent: 10 }] as ArbitraryScenario[]), catalogs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe('items[1].scenario');
    const ok = quoteEstimate(doc([jd, jd] as ArbitraryScenario[], { accounts: { jdcloud: { discountPercent: 10 } } }), catalogs);
    expect(ok.ok).toBe(true);
  });

  it('refuses items of one vendor that disagree on the first year when no account says it', () => {
    const jd = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1' };
    const r = quoteEstimate(doc([jd, { ...jd, firstYear: true }] as ArbitraryScenario[]), catalogs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe('items[1].scenario.firstYear');
  });

  it("prices month 1 alone (a keystroke's work) exactly as the whole term does, and says when its term is the estimate's", () => {
    fc.assert(
      fc.property(
        fc.array(plain, { minLength: 1, maxLength: 5 }),
        accountsArb,
        fc.constantFrom(undefined, '0', '2.5', '7'),
        fc.nat(4),
        (items, accounts, growthPercent, focus) => {
          const d = doc(items, { accounts, ...(growthPercent !== undefined && { growthPercent }) });
          const options = { explain: false, explainItems: [focus % items.length] } as const;
          const whole = quoteEstimate(d, catalogs, options);
          const month = quoteMonthOne(d, catalogs, options);
          if (!whole.ok || !month.ok) {
            expect(month.ok).toBe(whole.ok);
            return;
          }
          const { first12, first36, months, groups, warnings, ...monthOne } = whole.output;
          const { first12: m12, first36: m36, months: mm, groups: mg, warnings: mw, ...monthOneAlone } = month.output;
          expect(monthOneAlone).toEqual(monthOne);
          expect(mg.map((g) => [g.group, g.monthly])).toEqual(groups.map((g) => [g.group, g.monthly]));
          const growing = growthPercent !== undefined && growthPercent !== '0';
          expect(month.termPriced).toBe(!growing);
          if (!growing) expect({ m12, m36, mm, mg, mw }).toEqual({ m12: first12, m36: first36, mm: months, mg: groups, mw: warnings });
        },
      ),
      RUNS,
    );
  });
});
