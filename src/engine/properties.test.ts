/** Properties that hold for every scenario (fast-check draws hundreds per property). */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { scenarioArb } from '../testing/scenario-arbitrary.ts';
import { estimate, monthlyTotal, quote, type Estimate } from './estimate.ts';
import { dec } from './money.ts';
import { validateScenario, type ScenarioJson } from './scenario.ts';

const catalogs = loadCatalogs();
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
        expect([m.total.toFixed(2), m.upfront.toFixed(2), m.complete, m.examplePrice]).toEqual([e.total, e.upfront, e.complete, example]);
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
    const more = fc.record({ calls: fc.integer({ min: 0, max: 50_000_000 }), kb: fc.integer({ min: 0, max: 8 }), hours: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(valid, more, (s, d) => {
        const base = priced(s);
        const bigger: ScenarioJson = {
          ...s,
          callsPerMonth: dec(String(s.callsPerMonth ?? 0)).plus(d.calls).toString(),
          responseKB: dec(String(s.responseKB ?? 0)).plus(d.kb).toString(),
          requestKB: dec(String(s.requestKB ?? 0)).plus(d.kb).toString(),
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
        expect(estimate({ ...v.scenario, hours: dec(hours) }, catalogs)).toEqual(estimate(v.scenario, catalogs));
      }),
      { numRuns: 200 },
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
  { field: 'responseKB', apply: (s) => ({ ...s, responseKB: true }) },
  { field: 'requestKB', apply: (s) => ({ ...s, requestKB: null }) },
  { field: 'peakQps', apply: (s) => ({ ...s, peakQps: '-1' }) },
  { field: 'client', apply: (s) => ({ ...s, client: 'vpc' }) },
  { field: 'backend', apply: (s) => ({ ...s, backend: 'cloud' }) },
  { field: 'firstYear', apply: (s) => ({ ...s, firstYear: 1 }) },
  { field: 'discountPercent', apply: (s) => ({ ...s, discountPercent: 250 }) },
  { field: 'prices.cheap', apply: (s) => ({ ...s, prices: { cheap: '0' } }) },
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
