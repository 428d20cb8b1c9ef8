/**
 * One workload priced at every vendor in the same city: every offering sold there, every edition
 * able to carry the peak QPS, every billing mode; ranked by the month's cost. Options whose price
 * a vendor does not publish come after the priced ones ("price on request"), never ranked as free.
 */
import { findOffering, findRegion, type Catalogs, type City } from '../catalog.ts';
import { monthlyTotal } from '../estimate.ts';
import { BILLINGS, OFFERINGS, type Billing, type OfferingId } from '../ids.ts';
import { Dec, dec, moneyString } from '../money.ts';
import { MAX_INSTANCES, isDedicated, validateScenario, type Scenario, type ScenarioJson } from '../scenario.ts';
import { WORKLOAD_FIELDS, editionsIn, withOffering } from '../scenario-edit.ts';
import { isRecord } from '../issues.ts';
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

/** An option before pricing: what it is, with its validated scenario. */
export interface PlannedOption {
  offering: OfferingId;
  region: string;
  edition?: string;
  billing?: Billing;
  instances: number;
  scenario: Scenario;
  doc: ScenarioJson;
  sla?: string;
  capacity?: number;
}

/** An offering sold in the city that the comparison leaves out, and why: it cannot carry the peak. */
export type ExcludedOption = { offering: OfferingId; region: string } & (
  | { reason: 'qps-cap'; cap: number }
  | { reason: 'instances'; edition: string; instances: number }
);

export interface ComparisonPlan {
  planned: PlannedOption[];
  excluded: ExcludedOption[];
}

/**
 * Which options there are for the scenario in `city` (by default the scenario's own city; a region
 * with no comparison city compares the offerings sold in that very region), and which offerings
 * sold there cannot carry the peak QPS: a shared service over its cap, or a dedicated one needing
 * more than MAX_INSTANCES of its largest edition. The plan depends on the peak QPS and hours but not
 * on the rest of the workload, so a page can keep it while calls are typed.
 */
export function planComparison(base: Scenario, doc: ScenarioJson, catalogs: Catalogs, city = cityOf(catalogs, base.offering, base.region)): ComparisonPlan {
  const peak = base.peakQps;
  const hours = base.billing === 'payg' ? base.hours.toString() : DEFAULT_HOURS;
  const planned: PlannedOption[] = [];
  const excluded: ExcludedOption[] = [];
  const add = (d: ScenarioJson, o: Omit<PlannedOption, 'scenario' | 'doc'>) => {
    const v = validateScenario(d, catalogs);
    if (v.ok) planned.push({ ...o, scenario: v.scenario, doc: d });
  };
  for (const offering of OFFERINGS) {
    const found = findOffering(catalogs, offering);
    if (!found) continue;
    const region = city ? regionIn(catalogs, offering, city) : found.offering.regions.includes(base.region) ? base.region : undefined;
    if (!region) continue;
    const moved: ScenarioJson = { ...withOffering(doc, offering, catalogs), region };
    // Quoted prices are for the scenario's own offering, region and edition; other options use the catalog's.
    const quoted = (edition?: string) => offering === base.offering && region === base.region && edition === base.edition;
    if (!quoted(undefined)) delete moved.prices;

    if (!isDedicated(offering)) {
      const cap = found.offering.qpsCap;
      if (cap !== undefined && peak && peak.gt(cap)) {
        excluded.push({ offering, region, reason: 'qps-cap', cap });
        continue;
      }
      add(moved, { offering, region, instances: 1, ...(found.offering.sla !== undefined && { sla: found.offering.sla }), ...(cap !== undefined && { capacity: cap }) });
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
      if (instances > MAX_INSTANCES) {
        excluded.push({ offering, region, reason: 'instances', edition: largest.id, instances });
        continue;
      }
    }
    for (const e of fitting) {
      for (const billing of BILLINGS) {
        const d: ScenarioJson = { ...moved, edition: e.id, billing, instances };
        if (quoted(e.id) && isRecord(doc.prices)) d.prices = doc.prices;
        else delete d.prices;
        if (billing === 'payg') d.hours = hours;
        else delete d.hours;
        if (instances === 1) delete d.instances;
        add(d, { offering, region, edition: e.id, billing, instances, ...(e.sla !== undefined && { sla: e.sla }), capacity: e.qps * instances });
      }
    }
  }
  return { planned, excluded };
}

/** A validated option with the base scenario's workload (the same in every option, valid for each). */
function withWorkloadOf(s: Scenario, base: Scenario): Scenario {
  const out: Record<string, unknown> = { ...s };
  const from = base as unknown as Record<string, unknown>;
  for (const f of WORKLOAD_FIELDS) {
    if (from[f] === undefined) delete out[f];
    else out[f] = from[f];
  }
  return out as unknown as Scenario;
}

/** The planned options priced for the base scenario's workload, ranked. */
export function priceOptions(planned: PlannedOption[], base: Scenario, doc: ScenarioJson, catalogs: Catalogs): CompareOption[] {
  const options = planned.map((p): CompareOption => {
    const m = monthlyTotal(withWorkloadOf(p.scenario, base), catalogs);
    const scenario: ScenarioJson = { ...p.doc };
    for (const f of WORKLOAD_FIELDS) {
      if (doc[f] === undefined) delete scenario[f];
      else scenario[f] = doc[f];
    }
    return {
      offering: p.offering, region: p.region, instances: p.instances, scenario,
      ...(p.edition !== undefined && { edition: p.edition }),
      ...(p.billing !== undefined && { billing: p.billing }),
      total: moneyString(m.total),
      upfront: moneyString(m.upfront),
      complete: m.complete,
      examplePrice: m.examplePrice,
      ...(p.sla !== undefined && { sla: p.sla }),
      ...(p.capacity !== undefined && { capacity: p.capacity }),
      ...(p.capacity !== undefined && base.peakQps && base.peakQps.gt(0) && { headroom: dec(p.capacity).div(base.peakQps) }),
    };
  });
  return rank(options);
}

/** Every option for the scenario's workload, priced and ranked (planComparison, then priceOptions). */
export function compareOptions(base: Scenario, doc: ScenarioJson, catalogs: Catalogs, city = cityOf(catalogs, base.offering, base.region)): CompareOption[] {
  return priceOptions(planComparison(base, doc, catalogs, city).planned, base, doc, catalogs);
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
