/**
 * One workload priced at every vendor in the same city: every offering sold there, every edition
 * able to carry the peak QPS, every billing mode; ranked by the month's cost. Options whose price
 * a vendor does not publish come after the priced ones ("price on request"), never ranked as free.
 * Each option is a validated scenario built from the base one in typed steps and priced by the
 * estimate's `monthlyTotal`; what an offering is (dedicated, its capacity) is asked of the registry.
 */
import { findOffering, findRegion, type Catalogs, type City } from '../catalog.ts';
import { EXCLUDED_COSTS } from '../charges.ts';
import { capacityOf, monthlyTotal, ruleContext } from '../estimate.ts';
import { priceEstimate, TERM_MONTHS } from '../estimates/pricing.ts';
import { BILLINGS, type Billing, type VendorId } from '../ids.ts';
import { Dec, ZERO, asHours, asMoney, asPercent, dec, moneyString, type Money, type Percent } from '../money.ts';
import { OFFERINGS, offeringModule, takesField, vendorOf, type OfferingId } from '../offerings/registry.ts';
import { MAX_INSTANCES, isDedicated, type Scenario, type ScenarioDoc } from '../scenario.ts';
import { editionsIn } from '../scenario-edit.ts';
import { DEFAULT_HOURS } from '../units.ts';
import { UNUSED_HOURS, productKey, scenarioDoc } from './option.ts';

/**
 * What a row's total rests on (SCENARIO.md, "Comparisons"; RULES.md, "Comparisons must not mislead"):
 * machine-readable in the `compare` command's JSON, words on the page.
 */
export const FLAGS = ['example-price', 'quoted-price', 'discount', 'capacity-unpublished', 'excludes-costs', 'over-capacity', 'incomplete'] as const;
export type Flag = (typeof FLAGS)[number];

/** Months of cash a ranking may be made over: the month, the first year, the 36-month term. */
export const HORIZONS = [1, 12, 36] as const;
export type Horizon = (typeof HORIZONS)[number];

/** How a comparison is made: where, over which horizon, with which vendors' discounts. */
export interface CompareSettings {
  /** The comparison city (default: the scenario's own; a region with none compares within that region). */
  city?: City;
  /** Months of cash to rank by (default 1: the month). */
  horizon?: Horizon;
  /**
   * Each vendor's negotiated discount (an estimate's accounts). The scenario's own `discountPercent`
   * is its vendor's when no entry names that vendor; other vendors get none.
   */
  discounts?: Partial<Record<VendorId, Percent>>;
  /** Over 12 or 36 months: monthly growth in percent, and first-year months left per vendor. */
  growthPercent?: Percent;
  firstYearMonths?: Partial<Record<VendorId, number>>;
}

export interface CompareOption {
  offering: OfferingId;
  region: string;
  edition?: string;
  billing?: Billing;
  instances: number;
  /** The option as priced: the base scenario's workload on this product. */
  scenario: Scenario;
  /** The option as a scenario document: loading it into the calculator shows exactly this estimate. */
  doc: ScenarioDoc;
  /** The month's total ("1234.56"); a lower bound when not complete. */
  total: string;
  /** Paid upfront (a yearly term); "0.00" otherwise. */
  upfront: string;
  complete: boolean;
  /** Some price comes from a vendor's worked example, not a list price. */
  examplePrice: boolean;
  /** Some price is one the user entered (a quoted price). */
  quotedPrice: boolean;
  /** Availability SLA in percent, when the vendor publishes one. */
  sla?: string;
  /** Requests per second the option carries (edition × instances, or a shared service's cap); absent when the vendor publishes none. */
  capacity?: number;
  /** Capacity ÷ peak QPS (when both are known): 2 means twice the peak. */
  headroom?: Dec;
  /** What the total rests on, in the order of FLAGS. */
  flags: Flag[];
  /** The cash of the horizon ranked by ("1234.56"): the month's total over one month. */
  horizonTotal: string;
  /** The recommended row (at most one per ranking). */
  recommended?: true;
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

/** What an option buys: every scenario field that is not the workload. */
export type OptionProduct = Pick<
  Scenario,
  'offering' | 'region' | 'edition' | 'billing' | 'instances' | 'hours' | 'bandwidthHours' | 'discountPercent' | 'prices'
>;

/** The option's product with the workload of `base` (its calls, traffic, topology, peak…). */
export function withProduct(base: Scenario, product: OptionProduct): Scenario {
  const { edition: _edition, billing: _billing, ...workload } = base;
  return { ...workload, ...product };
}

/** An option before pricing: what it is, without the workload. */
export interface PlannedOption {
  offering: OfferingId;
  region: string;
  edition?: string;
  billing?: Billing;
  instances: number;
  product: OptionProduct;
  sla?: string;
  capacity?: number;
}

/** An offering sold in the city that the comparison leaves out, and why: it cannot carry the peak. */
export type ExcludedOption = { offering: OfferingId; region: string } & (
  { reason: 'qps-cap'; cap: number } | { reason: 'instances'; edition: string; instances: number }
);

export interface ComparisonPlan {
  planned: PlannedOption[];
  excluded: ExcludedOption[];
}

/**
 * Which options there are for the scenario in `city` (by default the scenario's own city; a region
 * with no comparison city compares the offerings sold in that very region), and which offerings
 * sold there cannot carry the peak QPS: a service over its cap, or a dedicated one needing more than
 * MAX_INSTANCES of its largest edition. The plan depends on the peak QPS and the product fields but
 * not on the rest of the workload, so a page can keep it while calls are typed (`planKey`).
 */
export function planComparison(base: Scenario, catalogs: Catalogs, settingsOrCity: CompareSettings | City | undefined = {}): ComparisonPlan {
  const settings = settingsOf(settingsOrCity);
  const city = 'city' in settings ? settings.city : cityOf(catalogs, base.offering, base.region);
  const peak = base.peakQps;
  const hours = base.billing === 'payg' ? base.hours : asHours(dec(DEFAULT_HOURS));
  const planned: PlannedOption[] = [];
  const excluded: ExcludedOption[] = [];
  for (const offering of OFFERINGS) {
    const found = findOffering(catalogs, offering);
    if (!found) continue;
    const region = city ? regionIn(catalogs, offering, city) : found.offering.regions.includes(base.region) ? base.region : undefined;
    if (!region) continue;
    // A negotiated discount belongs to its vendor; quoted prices to the scenario's own offering,
    // region and edition (other options use the catalog's); bandwidth hours to an offering billing them.
    const product: OptionProduct = {
      offering,
      region,
      instances: 1,
      hours: UNUSED_HOURS,
      bandwidthHours: takesField(offering, 'bandwidthHours') && takesField(base.offering, 'bandwidthHours') ? base.bandwidthHours : asHours(ZERO),
      discountPercent: discountOf(vendorOf(offering), base, settings),
      prices: {},
    };
    const quoted = (edition?: string) => offering === base.offering && region === base.region && edition === base.edition;
    const capacityOfOption = (p: OptionProduct) => capacityOf(ruleContext(withProduct(base, p), catalogs));

    if (!isDedicated(offering)) {
      const p: OptionProduct = { ...product, ...(quoted() && { prices: base.prices }) };
      const cap = capacityOfOption(p);
      // A service that cannot carry the peak stays in the ranking, tagged `over-capacity`, and is named apart.
      if (cap !== undefined && peak && peak.gt(cap)) excluded.push({ offering, region, reason: 'qps-cap', cap });
      const sla = found.offering.sla;
      planned.push({ offering, region, instances: 1, product: p, ...(sla !== undefined && { sla }), ...(cap !== undefined && { capacity: cap }) });
      continue;
    }
    const sold = editionsIn(catalogs, offering, region);
    const sized = offeringModule(offering).capacity === 'editions';
    let fitting = peak && sized ? sold.filter((e) => peak.lte(e.qps)) : sold;
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
        const p: OptionProduct = {
          ...product,
          edition: e.id,
          billing,
          instances,
          hours: billing === 'payg' ? hours : UNUSED_HOURS,
          ...(quoted(e.id) && { prices: base.prices }),
        };
        const capacity = capacityOfOption(p);
        planned.push({
          offering,
          region,
          edition: e.id,
          billing,
          instances,
          product: p,
          ...(e.sla !== undefined && { sla: e.sla }),
          ...(capacity !== undefined && { capacity }),
        });
      }
    }
  }
  return { planned, excluded };
}

function settingsOf(s: CompareSettings | City | undefined): CompareSettings {
  return typeof s === 'string' ? { city: s } : (s ?? {});
}

/** A vendor's discount in a comparison: the settings' entry for it, else the scenario's own for its own vendor. */
function discountOf(vendor: VendorId, base: Scenario, settings: CompareSettings): Percent {
  const given = settings.discounts?.[vendor];
  if (given !== undefined) return given;
  return vendor === vendorOf(base.offering) ? base.discountPercent : asPercent(ZERO);
}

/**
 * What a plan depends on, as a key for keeping it while the rest of the workload is typed: the
 * scenario's document without its workload fields, except the peak QPS (it picks editions), and the city.
 */
export function planKey(base: Scenario, city: City | undefined): string {
  return productKey(base, base.peakQps?.toString() ?? null, city ?? null);
}

/** The cash of the first `horizon` months of one option, priced as a one-item estimate over the term. */
function horizonCash(scenario: Scenario, catalogs: Catalogs, horizon: Horizon, settings: CompareSettings): string {
  const vendor = vendorOf(scenario.offering);
  const firstYearMonths = settings.firstYearMonths?.[vendor] ?? (scenario.firstYear ? 12 : 0);
  const out = priceEstimate(
    { items: [{ label: '', scenario }], accounts: [{ vendor, firstYearMonths }], growthPercent: settings.growthPercent ?? asPercent(ZERO) },
    catalogs,
    { explain: false },
  );
  if (horizon === TERM_MONTHS) return out.first36;
  return moneyString(asMoney(out.months.slice(0, horizon).reduce<Dec>((a, m) => a.plus(m.cash), ZERO)));
}

/** The flags of a priced option. */
function flagsOf(scenario: Scenario, catalogs: Catalogs, m: ReturnType<typeof monthlyTotal>, capacity: number | undefined): Flag[] {
  const module = offeringModule(scenario.offering);
  const ctx = ruleContext(scenario, catalogs);
  const excludes = (module.warnings?.(ctx) ?? []).some((w) => EXCLUDED_COSTS.includes(w.code));
  const on: Record<Flag, boolean> = {
    'example-price': m.examplePrice,
    'quoted-price': m.quotedPrice,
    discount: !scenario.discountPercent.isZero(),
    'capacity-unpublished': module.capacity === 'unpublished',
    'excludes-costs': excludes,
    'over-capacity': capacity !== undefined && scenario.peakQps !== undefined && scenario.peakQps.gt(capacity),
    incomplete: !m.complete,
  };
  return FLAGS.filter((f) => on[f]);
}

/** The planned options priced for the base scenario's workload, ranked, the recommendation marked. */
export function priceOptions(
  planned: PlannedOption[],
  base: Scenario,
  catalogs: Catalogs,
  settingsOrCity: CompareSettings | City | undefined = {},
  minSla?: string,
): CompareOption[] {
  const settings = settingsOf(settingsOrCity);
  const horizon = settings.horizon ?? 1;
  const options = planned.map((p): CompareOption => {
    const scenario = withProduct(base, p.product);
    const m = monthlyTotal(scenario, catalogs);
    const total = moneyString(m.total);
    return {
      offering: p.offering,
      region: p.region,
      instances: p.instances,
      scenario,
      doc: scenarioDoc(scenario),
      ...(p.edition !== undefined && { edition: p.edition }),
      ...(p.billing !== undefined && { billing: p.billing }),
      total,
      upfront: moneyString(m.upfront),
      complete: m.complete,
      examplePrice: m.examplePrice,
      quotedPrice: m.quotedPrice,
      ...(p.sla !== undefined && { sla: p.sla }),
      ...(p.capacity !== undefined && { capacity: p.capacity }),
      ...(p.capacity !== undefined && base.peakQps && base.peakQps.gt(0) && { headroom: dec(p.capacity).div(base.peakQps) }),
      flags: flagsOf(scenario, catalogs, m, p.capacity),
      horizonTotal: horizon === 1 ? total : horizonCash(scenario, catalogs, horizon, settings),
    };
  });
  const ranked = rank(options);
  const rec = recommend(ranked, minSla, base.peakQps !== undefined);
  return rec ? ranked.map((o) => (o === rec.best ? { ...o, recommended: true } : o)) : ranked;
}

/** Every option for the scenario's workload, priced and ranked (planComparison, then priceOptions). */
export function compareOptions(base: Scenario, catalogs: Catalogs, settingsOrCity: CompareSettings | City | undefined = {}, minSla?: string): CompareOption[] {
  return priceOptions(planComparison(base, catalogs, settingsOrCity).planned, base, catalogs, settingsOrCity, minSla);
}

/** Flags that make a total indicative: it rests on a hypothetical price, leaves costs out, or cannot carry the peak. */
const INDICATIVE: readonly Flag[] = ['example-price', 'excludes-costs', 'over-capacity'];

/** 0: priced from list, derived or the user's own prices; 1: indicative; 2: incomplete (a price is missing). */
export function standing(o: CompareOption): 0 | 1 | 2 {
  if (o.flags.includes('incomplete')) return 2;
  return o.flags.some((f) => INDICATIVE.includes(f)) ? 1 : 0;
}

/**
 * Priced options first, cheapest first over the horizon; then the indicative ones; then the incomplete
 * ones. Ties go to the higher SLA, then the larger capacity.
 */
export function rank(options: CompareOption[]): CompareOption[] {
  const sla = (o: CompareOption) => (o.sla ? dec(o.sla) : dec(0));
  const capacity = (o: CompareOption) => o.capacity ?? Number.MAX_SAFE_INTEGER; // no published limit
  return options.toSorted(
    (a, b) => standing(a) - standing(b) || dec(a.horizonTotal).comparedTo(b.horizonTotal) || sla(b).comparedTo(sla(a)) || capacity(b) - capacity(a),
  );
}

export interface Recommendation {
  best: CompareOption;
  runnerUp?: CompareOption;
  /** How much more the runner-up costs over the horizon (absent when it costs the same). */
  difference?: Money;
  /**
   * A priced option cheaper than the recommendation whose vendor publishes no capacity: shown as
   * "cheapest, capacity not published", never as one that carries the peak.
   */
  cheaperUnpublished?: CompareOption;
}

/**
 * The recommendation: the cheapest priced option (not indicative, not incomplete) with at least
 * `minSla` percent (options without a published SLA do not qualify), and, when a peak is given, whose
 * published capacity carries it. Never an option priced from a vendor's hypothetical figures.
 */
export function recommend(ranked: CompareOption[], minSla?: string, peakGiven = ranked.some((o) => o.headroom !== undefined)): Recommendation | undefined {
  const priced = ranked.filter((o) => standing(o) === 0 && (minSla === undefined || (o.sla !== undefined && dec(o.sla).gte(minSla))));
  const eligible = priced.filter((o) => !peakGiven || !o.flags.includes('capacity-unpublished'));
  const [best, runnerUp] = eligible;
  if (!best) return undefined;
  const cheaper = priced.find((o) => o.flags.includes('capacity-unpublished') && dec(o.horizonTotal).lt(best.horizonTotal));
  const difference = runnerUp ? asMoney(dec(runnerUp.horizonTotal).minus(best.horizonTotal)) : undefined;
  return {
    best,
    ...(runnerUp && { runnerUp }),
    ...(difference && difference.gt(0) && { difference }),
    ...(cheaper && peakGiven && { cheaperUnpublished: cheaper }),
  };
}
