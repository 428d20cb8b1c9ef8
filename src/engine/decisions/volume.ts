/**
 * Pay per call or a dedicated instance? The month's cost against calls per month for the pay-per-call
 * offerings of the city and, for each dedicated offering, its cheapest monthly subscription that
 * carries the peak QPS; with the call volumes where the curves cross, found exactly (to the call)
 * by bisection on the engine's own totals, which only grow with calls.
 */
import type { Catalogs, City } from '../catalog.ts';
import { monthlyTotal } from '../estimate.ts';
import { Dec, asCalls, dec, type Money } from '../money.ts';
import type { OfferingId } from '../offerings/registry.ts';
import { isDedicated, type Scenario } from '../scenario.ts';
import { compareOptions, standing } from './compare.ts';

export interface VolumeSeries {
  offering: OfferingId;
  region: string;
  edition?: string;
  /** The option at the scenario's own call volume. */
  scenario: Scenario;
}

export interface VolumeCrossover {
  /** The pay-per-call offering, and the dedicated option it is compared with. */
  perCall: OfferingId;
  dedicated: OfferingId;
  /** The fewest calls a month at which the dedicated option costs no more than paying per call. */
  calls: Dec;
}

export interface VolumeComparison {
  series: VolumeSeries[];
  /** Call volumes of the chart's points: log-spaced, plus the crossovers (not the scenario's own, so the chart keeps its shape as calls are typed). */
  points: { calls: Dec; totals: (Money | undefined)[] }[];
  crossovers: VolumeCrossover[];
}

/**
 * Where the chart samples the curves: 10^5 … 10^10 calls in steps of 10^0.125, as whole call counts
 * (positions on a chart, computed once; no price passes through them).
 */
const SAMPLE_VOLUMES = Array.from({ length: 41 }, (_, i) => dec(String(Math.round(10 ** (5 + i / 8)))));

/** Upper end of the bisection: far beyond any chart (10^13 calls a month). */
const MAX_CALLS = dec('10000000000000');

/** The month's total of a validated option at another call volume (a whole number of calls, so still valid). */
function totalAt(s: Scenario, calls: Dec, catalogs: Catalogs): Money | undefined {
  const m = monthlyTotal({ ...s, callsPerMonth: asCalls(calls) }, catalogs);
  return m.complete ? m.total : undefined;
}

/** The fewest calls at which `dedicated` costs no more than `perCall`, or undefined within MAX_CALLS. */
function crossing(perCall: Scenario, dedicated: Scenario, catalogs: Catalogs): Dec | undefined {
  const gap = (n: Dec) => {
    const a = totalAt(perCall, n, catalogs);
    const b = totalAt(dedicated, n, catalogs);
    return a !== undefined && b !== undefined ? a.minus(b) : undefined;
  };
  const atMax = gap(MAX_CALLS);
  if (atMax === undefined || atMax.lt(0)) return undefined;
  let lo = dec(0);
  let hi = MAX_CALLS;
  if (gap(lo)!.gte(0)) return lo;
  while (hi.minus(lo).gt(1)) {
    const mid = lo.plus(hi).div(2).floor();
    if (gap(mid)!.gte(0)) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function volumeComparison(base: Scenario, catalogs: Catalogs, city?: City): VolumeComparison {
  const options = compareOptions(base, catalogs, city);
  const series: VolumeSeries[] = [];
  for (const o of options) {
    // Only options priced from published (or the user's) prices that carry the peak are drawn.
    if (standing(o) !== 0) continue;
    if (isDedicated(o.offering)) {
      if (o.billing !== 'monthly' || series.some((s) => s.offering === o.offering)) continue;
    } else if (series.some((s) => s.offering === o.offering)) continue;
    series.push({ offering: o.offering, region: o.region, ...(o.edition !== undefined && { edition: o.edition }), scenario: o.scenario });
  }

  const crossovers: VolumeCrossover[] = [];
  for (const p of series.filter((s) => !isDedicated(s.offering))) {
    for (const d of series.filter((s) => isDedicated(s.offering))) {
      const calls = crossing(p.scenario, d.scenario, catalogs);
      if (calls !== undefined) crossovers.push({ perCall: p.offering, dedicated: d.offering, calls });
    }
  }

  const volumes = new Map<string, Dec>(SAMPLE_VOLUMES.map((v) => [v.toString(), v]));
  for (const v of crossovers.map((c) => c.calls)) if (v.gt(0)) volumes.set(v.toString(), v);
  const points = [...volumes.values()]
    .toSorted((a, b) => a.comparedTo(b))
    .map((calls) => ({ calls, totals: series.map((s) => totalAt(s.scenario, calls, catalogs)) }));
  return { series, points, crossovers };
}
