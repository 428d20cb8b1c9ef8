/**
 * Properties that hold for every scenario (fast-check draws hundreds per property), on the fixture
 * catalogs (src/testing/fixture-catalogs.ts): a vendor's price update cannot break them.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs.ts';
import { amountArb, scenarioArb } from '../testing/scenario-arbitrary.ts';
import { estimate, monthlyTotal, quote, type Estimate } from './estimate.ts';
import { asHours, dec } from './money.ts';
import { validateScenario, type ScenarioJson } from './scenario.ts';

const catalogs = FIXTURE_CATALOGS;
const valid = scenarioArb(catalogs);

function priced(s: ScenarioJson): Estimate {
  const r = quote(s, catalogs);
  if (!r.ok) throw new Error(`${JSON.stringify(s)}: ${r.message}`);
  return r.estimate;
}

describe('every valid scenario', () => {
  it('yields an estimate whose total is the sum of its two-decimal lines', () => {
    fc.assert(
      fc.property(valid, (s) => {
        const e = priced(s);
        for (const l of e.lines) expect(l.amount).toMatch(/^\d+\.\d{2}$/);
        const sum = e.lines.reduce((a, l) => a.plus(l.amount), dec(0));
        expect(dec(e.total).eq(sum)).toBe(true);
        expect(e.total).toMatch(/^\d+\.\d{2}$/);
        expect(e.complete).toBe(e.missing.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it('has the same total, upfront, completeness and price origin from monthlyTotal as from the explained estimate', () => {
    fc.assert(
      fc.property(valid, (s) => {
        const v = validateScenario(s, catalogs);
        if (!v.ok) throw new Error('refused');
        const e = estimate(v.scenario, catalogs);
        const m = monthlyTotal(v.scenario, catalogs);
        const example = e.lines.some((l) => l.confidence === 'example' && l.amount !== '0.00');
        const quoted = e.lines.some((l) => l.confidence === 'override');
        expect([m.total.toFixed(2), m.upfront.toFixed(2), m.complete, m.examplePrice, m.quotedPrice]).toEqual([
          e.total,
          e.upfront,
          e.complete,
          example,
          quoted,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result every time, whatever was priced before (no state carries over)', () => {
    fc.assert(
      fc.property(valid, fc.array(valid, { minLength: 1, maxLength: 5 }), (s, others) => {
        const first = priced(s);
        for (const o of others) priced(o);
        expect(priced(s)).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('never costs less with more calls, bigger payloads or more hours', () => {
    const more = fc.record({ calls: fc.integer({ min: 0, max: 5_000_000 }), kb: fc.integer({ min: 0, max: 8 }), hours: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(valid, more, (s, d) => {
        const base = priced(s);
        const bigger: ScenarioJson = {
          ...s,
          callsPerMonth: dec(String(s.callsPerMonth ?? 0))
            .plus(d.calls)
            .toString(),
          responseKB: dec(String(s.responseKB ?? 0))
            .plus(d.kb)
            .toString(),
          requestKB: dec(String(s.requestKB ?? 0))
            .plus(d.kb)
            .toString(),
        };
        if (s.hours !== undefined) bigger.hours = dec(String(s.hours)).plus(d.hours).clampedTo(0, 744).toString();
        // Compare complete estimates only: a lower bound can drop a line that a quantity makes missing.
        const after = priced(bigger);
        if (base.complete && after.complete) expect(dec(after.total).gte(base.total)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('prices a subscription the same whatever the hours', () => {
    const subscription = valid.filter((s) => s.billing === 'monthly' || s.billing === 'yearly');
    fc.assert(
      fc.property(subscription, fc.integer({ min: 0, max: 744 }), (s, hours) => {
        const v = validateScenario(s, catalogs);
        if (!v.ok) throw new Error('refused');
        expect(estimate({ ...v.scenario, hours: asHours(dec(hours)) }, catalogs)).toEqual(estimate(v.scenario, catalogs));
      }),
      { numRuns: 200 },
    );
  });
});

// -------------------------------------------------------------------------------------------------
// Exactness: numbers with many decimals give exactly the amount of the exact decimal arithmetic,
// computed here with integers (BigInt) so the check does not lean on decimal.js.

/** A decimal string as an integer over 10^scale. */
function scaled(text: string, scale: number): bigint {
  const [int = '0', frac = ''] = text.split('.');
  return BigInt(int + frac.padEnd(scale, '0'));
}
/** num / den rounded half-up to cents, as "x.yz" (num, den ≥ 0). */
function centsHalfUp(num: bigint, den: bigint): string {
  const cents = (num * 100n * 2n + den) / (den * 2n);
  const s = cents.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
const SCALE = 40;
const long = (max: number) => amountArb(max, 40).map(String);

describe('exact arithmetic', () => {
  it('prices fractional hours with up to 40 decimals exactly (tencent.dedicated small, 2.00 元/h × instances)', () => {
    fc.assert(
      fc.property(long(744), fc.integer({ min: 1, max: 5 }), (hours, instances) => {
        const e = priced({ version: 1, offering: 'tencent.dedicated', region: 'ap-beijing', edition: 'small', hours, instances, client: 'private' });
        // hours × 2.00 × instances, then half-up to the cent.
        const expected = centsHalfUp(scaled(hours, SCALE) * 200n * BigInt(instances), 10n ** BigInt(SCALE) * 100n);
        expect(e.lines.find((l) => l.id === 'instance')?.amount).toBe(expected);
        expect(e.total).toBe(expected); // a private client and backend: no traffic
      }),
      { numRuns: 300 },
    );
  });

  it('prices traffic from calls × KB ÷ 1024² with a many-decimal discount exactly (tencent.shared, 0.50 元/GB)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        long(64),
        long(100).filter((d) => dec(d).lte(100)),
        (calls, kb, discount) => {
          const e = priced({
            version: 1,
            offering: 'tencent.shared',
            region: 'ap-beijing',
            callsPerMonth: calls,
            responseKB: kb,
            backend: 'none',
            discountPercent: discount,
          });
          // calls × kb ÷ 1048576 GB × 0.50 × (100 − discount) ÷ 100, then half-up to the cent.
          const one = 10n ** BigInt(SCALE);
          const num = BigInt(calls) * scaled(kb, SCALE) * 50n * (100n * one - scaled(discount, SCALE));
          const den = one * 1048576n * 100n * 100n * one;
          expect(e.lines.find((l) => l.id === 'traffic')?.amount).toBe(centsHalfUp(num, den));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Ways to break one field of a valid scenario, with the field each must name. */
const MUTATIONS: { field: string; apply: (s: ScenarioJson) => ScenarioJson }[] = [
  { field: 'version', apply: (s) => ({ ...s, version: 3 }) },
  { field: 'offering', apply: (s) => ({ ...s, offering: 'tencent.serverless' }) },
  { field: 'region', apply: (s) => ({ ...s, region: 'atlantis-1' }) },
  { field: 'callsPerMonth', apply: (s) => ({ ...s, callsPerMonth: -5 }) },
  { field: 'callsPerMonth', apply: (s) => ({ ...s, callsPerMonth: '12abc' }) },
  { field: 'callsPerMonth', apply: (s) => ({ ...s, callsPerMonth: '1.5' }) },
  { field: 'responseKB', apply: (s) => ({ ...s, responseKB: true }) },
  { field: 'responseKB', apply: (s) => ({ ...s, responseKB: `1.${'1'.repeat(41)}` }) },
  { field: 'requestKB', apply: (s) => ({ ...s, requestKB: null }) },
  { field: 'clientGB', apply: (s) => ({ ...s, clientGB: '1e3' }) },
  { field: 'peakQps', apply: (s) => ({ ...s, peakQps: '-1' }) },
  { field: 'client', apply: (s) => ({ ...s, client: 'vpc' }) },
  { field: 'backend', apply: (s) => ({ ...s, backend: 'cloud' }) },
  { field: 'firstYear', apply: (s) => ({ ...s, firstYear: 1 }) },
  { field: 'discountPercent', apply: (s) => ({ ...s, discountPercent: 250 }) },
  { field: 'discountPercent', apply: (s) => ({ ...s, discountPercent: '101%' }) },
  { field: 'discountPercent', apply: (s) => ({ ...s, discountPercent: '15%%' }) },
  { field: 'prices.cheap', apply: (s) => ({ ...s, prices: { cheap: '0' } }) },
  { field: 'prices.traffic', apply: (s) => ({ ...s, prices: { traffic: 0.5 } }) },
  { field: 'prices', apply: (s) => ({ ...s, prices: { calls: '0.05', 'calls.tier2': '0.04' } }) },
  { field: 'surprise', apply: (s) => ({ ...s, surprise: 1 }) },
];

describe('every mutated scenario', () => {
  it('is refused with an error naming the broken field', () => {
    fc.assert(
      fc.property(valid, fc.constantFrom(...MUTATIONS), (s, m) => {
        const r = quote(m.apply(s), catalogs);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => e.field)).toContain(m.field);
      }),
      { numRuns: 500 },
    );
  });
});
