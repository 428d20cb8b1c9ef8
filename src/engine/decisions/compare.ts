/**
 * One workload priced at every vendor in the same city: every offering sold there, every edition
 * able to carry the peak QPS, every billing mode; ranked by the month's cost. Options whose price
 * a vendor does not publish come after the priced ones ("price on request"), never ranked as free.
 */
import { findOffering, findRegion, type Catalogs, type City } from '../catalog.ts';
import { monthlyTotal, type MonthlyTotal } from '../estimate.ts';
import { BILLINGS, OFFERINGS, type Billing, type OfferingId } from '../ids.ts';
import { Dec, dec, moneyString } from '../money.ts';
import { isDedicated, validateScenario, type Scenario, type ScenarioJson } from '../scenario.ts';
import { editionsIn, withOffering } from '../scenario-edit.ts';
import { DEFAULT_HOURS } from '../units.ts';

export interface CompareOption {
  offering: OfferingId;
  region: string;
  edition?: string;
  billing?: Billing;
  instances: number;
  /** The option as a scenario document: loading it into the calculator shows exactly this estimate. */
  scenario: ScenarioJson;
  /** The month's total ("1234.56"); a lower bound when not complete. */
  total: string;
  /** Paid upfront (a yearly term); "0.00" otherwise. */
  upfront: string;
  complete: boolean;
  /** Some price comes from a vendor's worked example, not a list price. */
  examplePrice: boolean;
  /** Availability SLA in percent, when the vendor publishes one. */
  sla?: string;
  /** Requests per second the option carries (edition × instances, or a shared service's cap); absent when unlimited or unpublished. */
  capacity?: number;
  /** Capacity ÷ peak QPS (when both are known): 2 means twice the peak. */
  headroom?: Dec;
}

/** The region of an offering in a city, if it is sold there. */
function regionIn(catalogs: Catalogs, offering: OfferingId, city: City): string | undefined {
  const found = findOffering(catalogs, offering);
  return found?.offering.regions.find((id) => findRegion(found.catalog, id)?.city === city);
}

/** The comparison city of a scenario's region, if it has one. */
export function cityOf(catalogs: Catalogs, offering: OfferingId, region: string): City | undefined {
  const found = findOffering(catalogs, offering);
  return found ? findRegion(found.catalog, region)?.city : undefined;
}

/** An option's month, priced without the explanation (the calculator explains the one the user loads). */
function priced(doc: ScenarioJson, catalogs: Catalogs): MonthlyTotal | undefined {
  const v = validateScenario(doc, catalogs);
  return v.ok ? monthlyTotal(v.scenario, catalogs) : undefined;
}

/**
 * Every option for the scenario's workload in `city` (by default the scenario's own city; a region
 * with no comparison city compares the offerings sold in that very region).
 */
export function compareOptions(base: Scenario, doc: ScenarioJson, catalogs: Catalogs, city = cityOf(catalogs, base.offering, base.region)): CompareOption[] {
  const peak = base.peakQps;
  const hours = base.billing === 'payg' ? base.hours.toString() : DEFAULT_HOURS;
  const options: CompareOption[] = [];
  for (const offering of OFFERINGS) {
    const found = findOffering(catalogs, offering);
    if (!found) continue;
    const region = city ? regionIn(catalogs, offering, city) : found.offering.regions.includes(base.region) ? base.region : undefined;
    if (!region) continue;
    const moved = { ...withOffering(doc, offering, catalogs), region };

    if (!isDedicated(offering)) {
      const cap = found.offering.qpsCap;
      if (cap !== undefined && peak && peak.gt(cap)) continue; // cannot carry the peak
      const p = priced(moved, catalogs);
      if (p) options.push(option(offering, region, moved, p, found.offering.sla, cap, peak));
      continue;
    }
    const sold = editionsIn(catalogs, offering, region);
    let fitting = peak ? sold.filter((e) => peak.lte(e.qps)) : sold;
    let instances = 1;
    if (fitting.length === 0 && peak && sold.length > 0) {
      // No single instance carries the peak: the largest edition, enough instances of it.
      const largest = sold[sold.length - 1]!;
      fitting = [largest];
      instances = peak.div(largest.qps).ceil().toNumber();
    }
    for (const e of fitting) {
      for (const billing of BILLINGS) {
        const d: ScenarioJson = { ...moved, edition: e.id, billing, instances };
        if (billing === 'payg') d.hours = hours;
        else delete d.hours;
        if (instances === 1) delete d.instances;
        const p = priced(d, catalogs);
        if (p) options.push(option(offering, region, d, p, e.sla, e.qps * instances, peak, e.id, billing, instances));
      }
    }
  }
  return rank(options);
}

function option(
  offering: OfferingId, region: string, scenario: ScenarioJson, p: MonthlyTotal, sla: string | undefined,
  capacity: number | undefined, peak: Dec | undefined, edition?: string, billing?: Billing, instances = 1,
): CompareOption {
  return {
    offering, region, scenario, instances,
    ...(edition !== undefined && { edition }),
    ...(billing !== undefined && { billing }),
    total: moneyString(p.total),
    upfront: moneyString(p.upfront),
    complete: p.complete,
    examplePrice: p.examplePrice,
    ...(sla !== undefined && { sla }),
    ...(capacity !== undefined && { capacity }),
    ...(capacity !== undefined && peak && peak.gt(0) && { headroom: dec(capacity).div(peak) }),
  };
}

/** Cheapest complete first; ties go to the higher SLA, then the larger capacity. Incomplete options follow. */
export function rank(options: CompareOption[]): CompareOption[] {
  const sla = (o: CompareOption) => (o.sla ? dec(o.sla) : dec(0));
  const capacity = (o: CompareOption) => o.capacity ?? Number.MAX_SAFE_INTEGER; // no published limit
  return options.toSorted(
    (a, b) =>
      Number(b.complete) - Number(a.complete) ||
      dec(a.total).comparedTo(b.total) ||
      sla(b).comparedTo(sla(a)) ||
      capacity(b) - capacity(a),
  );
}

export interface Recommendation {
  best: CompareOption;
  runnerUp?: CompareOption;
  /** How much more the runner-up costs a month. */
  difference?: Dec;
}

/** The cheapest complete option with at least `minSla` percent (options without a published SLA do not qualify). */
export function recommend(ranked: CompareOption[], minSla?: string): Recommendation | undefined {
  const ok = ranked.filter((o) => o.complete && (minSla === undefined || (o.sla !== undefined && dec(o.sla).gte(minSla))));
  const [best, runnerUp] = ok;
  if (!best) return undefined;
  return { best, ...(runnerUp && { runnerUp, difference: dec(runnerUp.total).minus(best.total) }) };
}
