/**
 * Pay per call or a dedicated instance? The month's cost against calls per month for the pay-per-call
 * offerings of the city and, for each dedicated offering, its cheapest monthly subscription that
 * carries the peak QPS; with the call volumes where the curves cross, found exactly (to the call)
 * by bisection on the engine's own totals, which only grow with calls.
 */
import type { Catalogs, City } from '../catalog.ts';
import { estimate } from '../estimate.ts';
import type { OfferingId } from '../ids.ts';
import { Dec, dec } from '../money.ts';
import { isDedicated, validateScenario, type Scenario, type ScenarioJson } from '../scenario.ts';
import { compareOptions } from './compare.ts';

export interface VolumeSeries {
  offering: OfferingId;
  region: string;
  edition?: string;
  /** The option at the scenario's own call volume. */
  scenario: ScenarioJson;
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
  /** Call volumes of the chart's points (log-spaced, plus the scenario's and the crossovers). */
  points: { calls: Dec; totals: (Dec | undefined)[] }[];
  crossovers: VolumeCrossover[];
}

/** Upper end of the bisection: far beyond any chart (10^13 calls a month). */
const MAX_CALLS = dec('10000000000000');

function totalAt(doc: ScenarioJson, calls: Dec, catalogs: Catalogs): Dec | undefined {
  const v = validateScenario({ ...doc, callsPerMonth: calls.toString() }, catalogs);
  if (!v.ok) return undefined;
  const e = estimate(v.scenario, catalogs);
  return e.complete ? dec(e.total) : undefined;
}

/** The fewest calls at which `cheapLater` costs no more than `perCall`, or undefined within MAX_CALLS. */
function crossing(perCall: ScenarioJson, dedicated: ScenarioJson, catalogs: Catalogs): Dec | undefined {
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

export function volumeComparison(base: Scenario, doc: ScenarioJson, catalogs: Catalogs, city?: City): VolumeComparison {
  const options = compareOptions(base, doc, catalogs, city);
  const series: VolumeSeries[] = [];
  for (const o of options) {
    if (!o.complete) continue;
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

  // 10^5 … 10^10 calls in steps of 10^0.125, plus the scenario's volume and the crossovers.
  const volumes = new Map<string, Dec>();
  for (let i = 0; i <= 40; i++) {
    const v = dec(10).pow(5 + i / 8).round();
    volumes.set(v.toString(), v);
  }
  for (const v of [base.callsPerMonth, ...crossovers.map((c) => c.calls)]) if (v.gt(0)) volumes.set(v.toString(), v);
  const points = [...volumes.values()]
    .toSorted((a, b) => a.comparedTo(b))
    .map((calls) => ({ calls, totals: series.map((s) => totalAt(s.scenario, calls, catalogs)) }));
  return { series, points, crossovers };
}
