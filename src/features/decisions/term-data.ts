/**
 * The facts behind the term chart and the side-by-side view, computed with the engine's own estimate
 * pricing (no React here).
 *
 * - The estimate over its term: `quoteEstimate(estimate, catalogs, { explain: false })`, its 36 months of cash.
 * - A picked estimate item: priced *alone*, as a one-item estimate with its account's settings (discount,
 *   first-year months) and the estimate's growth. Alone it gets the free quotas and the cheapest tiers to
 *   itself, so its figures can differ from its share of the estimate's pooled billing, which is shown beside.
 * - A picked comparison option: the comparison's own row (flags, SLA, capacity), priced over the term as
 *   the comparison's horizons price it (a one-item estimate with its vendor's first-year months and the
 *   estimate's growth).
 *
 * Every figure of a column comes from that column's one-item estimate: the month (month 1, a yearly term
 * at its monthly equivalent), the upfront payment (month 1's yearly payments), and the cash of the first
 * 12 and of all 36 months.
 */
import type { Catalogs } from '../../engine/catalog.ts';
import { EXCLUDED_COSTS } from '../../engine/charges.ts';
import { FLAGS, priceOptions, type CompareSettings, type ComparisonPlan, type Flag } from '../../engine/decisions/compare.ts';
import { capacityOf, ruleContext } from '../../engine/estimate.ts';
import { ESTIMATE_KIND, type Estimate36, type EstimateDoc } from '../../engine/estimates/document.ts';
import { quoteEstimate, type EstimateOutput, type EstimateItemTotals } from '../../engine/estimates/pricing.ts';
import type { Billing, VendorId } from '../../engine/ids.ts';
import { ZERO, asMoney, dec, moneyString, type Dec, type Percent } from '../../engine/money.ts';
import { isDedicated, isOfferingId, offeringModule, vendorOf, type OfferingId } from '../../engine/offerings/registry.ts';
import type { Scenario, ScenarioDoc } from '../../engine/scenario.ts';

/** At most this many columns side by side. */
export const MAX_PICKS = 4;

/**
 * A pick for the side-by-side view: an estimate item (by position, with its label to find it again
 * when items move) or a comparison option (by its key).
 */
export type Pick = { kind: 'item'; index: number; label: string } | { kind: 'option'; key: string };

export const pickId = (p: Pick): string => (p.kind === 'item' ? `item:${p.index}` : `option:${p.key}`);

/**
 * A pick as it stands in the estimate now: an item picked at `index` is the item there if it still has
 * its label, else the first item with that label (it moved), else gone (removed or renamed).
 */
export function resolvePick(p: Pick, estimate: EstimateDoc): Pick | undefined {
  if (p.kind === 'option') return p;
  if (estimate.items[p.index]?.label === p.label) return p;
  const index = estimate.items.findIndex((item) => item.label === p.label);
  return index < 0 ? undefined : { ...p, index };
}

/** A comparison option's key: one row of a comparison (its offering, region, edition and billing). */
export function optionKey(o: { offering: OfferingId; region: string; edition?: string; billing?: Billing }): string {
  return [o.offering, o.region, o.edition ?? '', o.billing ?? ''].join('|');
}

/** Cash over the term: each month's, and what has been paid by the end of each month (exact decimal strings). */
export interface TermCash {
  /** Cash paid in months 1 … 36. */
  months: string[];
  /** Cash paid in months 1 … m, for m = 1 … 36. */
  cumulative: string[];
}

export function termCash(months: readonly { month: number; cash: string }[]): TermCash {
  let sum: Dec = ZERO;
  const cumulative = months.map((m) => {
    sum = sum.plus(m.cash);
    return moneyString(asMoney(sum));
  });
  return { months: months.map((m) => m.cash), cumulative };
}

/** A one-item estimate's figures. */
export interface Figures extends TermCash {
  /** Month 1, a yearly term at its monthly equivalent. */
  monthly: string;
  /** Month 1's yearly payments. */
  upfront: string;
  first12: string;
  first36: string;
  /** Every price is known (else the figures are lower bounds). */
  complete: boolean;
}

function figuresOf(o: EstimateOutput<EstimateItemTotals>): Figures {
  return { monthly: o.monthly, upfront: o.upfront, first12: o.first12, first36: o.first36, complete: o.complete, ...termCash(o.months) };
}

/** One column of the side-by-side view. */
export interface Column {
  id: string;
  kind: 'item' | 'option';
  /** An item's label. */
  label?: string;
  offering: OfferingId;
  region: string;
  edition?: string;
  billing?: Billing;
  instances?: number;
  /** Absent when the column cannot be priced (an item with a field to correct). */
  figures?: Figures;
  /** An item's month 1 within the estimate (its own items and its shares of the pooled ones). */
  inEstimate?: string;
  sla?: string;
  capacity?: number;
  flags: Flag[];
}

/** SLA of a configuration: its edition's, or a pay-per-call service's. */
function slaOf(scenario: Scenario, catalogs: Catalogs): string | undefined {
  const ctx = ruleContext(scenario, catalogs);
  return ctx.edition?.sla ?? (isDedicated(scenario.offering) ? undefined : ctx.offering.sla);
}

/**
 * An estimate item as its own one-item estimate: the item's account (discount, first-year months) and
 * the estimate's growth go with it. Its flags are the comparison's, read from its explained lines.
 */
export function itemColumn(estimate: EstimateDoc, index: number, inEstimate: string | undefined, catalogs: Catalogs, markupPercent = '0'): Column | undefined {
  const item = estimate.items[index];
  if (!item) return undefined;
  const offering = item.scenario.offering;
  if (!isOfferingId(offering)) return undefined;
  const vendor = vendorOf(offering);
  const account = estimate.accounts?.[vendor];
  const doc: EstimateDoc = {
    version: 1,
    kind: ESTIMATE_KIND,
    items: [{ label: item.label, scenario: item.scenario }],
    ...(account && { accounts: { [vendor]: account } }),
    ...(estimate.growthPercent !== undefined && { growthPercent: estimate.growthPercent }),
  };
  const base = {
    id: pickId({ kind: 'item', index, label: item.label }),
    kind: 'item' as const,
    label: item.label,
    offering,
    region: item.scenario.region,
    ...(item.scenario.edition !== undefined && { edition: item.scenario.edition }),
    ...(item.scenario.billing !== undefined && { billing: item.scenario.billing }),
    ...(inEstimate !== undefined && { inEstimate }),
  };
  const q = quoteEstimate(doc, catalogs, { markupPercent });
  if (!q.ok) return { ...base, flags: [] };
  const scenario = q.estimate.items[0]!.scenario;
  const priced = q.output.items[0]!.estimate;
  const capacity = capacityOf(ruleContext(scenario, catalogs));
  const sla = slaOf(scenario, catalogs);
  const quoted = Object.keys(scenario.prices).filter((k) => scenario.prices[k as keyof typeof scenario.prices] !== undefined);
  const on: Record<Flag, boolean> = {
    'example-price': priced.lines.some((l) => l.confidence === 'example' && !dec(l.amount).isZero()),
    'quoted-price': priced.lines.some((l) => l.confidence === 'override' || l.keys.some((k) => quoted.includes(k))),
    discount: !scenario.discountPercent.isZero(),
    'capacity-unpublished': offeringModule(offering).capacity === 'unpublished',
    'excludes-costs': priced.warnings.some((w) => EXCLUDED_COSTS.includes(w.code)),
    'over-capacity': capacity !== undefined && scenario.peakQps !== undefined && scenario.peakQps.gt(capacity),
    incomplete: !q.output.complete,
  };
  return {
    ...base,
    instances: scenario.instances,
    figures: figuresOf(q.output),
    ...(sla !== undefined && { sla }),
    ...(capacity !== undefined && { capacity }),
    flags: FLAGS.filter((f) => on[f]),
  };
}

/**
 * A comparison option as a column: the comparison's row for the base scenario's workload, and its
 * term as the comparison's horizons price it.
 */
export function optionColumn(plan: ComparisonPlan, key: string, base: Scenario, catalogs: Catalogs, settings: CompareSettings): Column | undefined {
  const planned = plan.planned.find((p) => optionKey(p) === key);
  if (!planned) return undefined;
  const [o] = priceOptions([planned], base, catalogs, { ...settings, horizon: 1 });
  if (!o) return undefined;
  const vendor = vendorOf(o.offering);
  const firstYearMonths = settings.firstYearMonths?.[vendor] ?? (base.firstYear ? 12 : 0);
  const doc: EstimateDoc = {
    version: 1,
    kind: ESTIMATE_KIND,
    items: [{ label: key, scenario: o.doc }],
    accounts: { [vendor]: { firstYearMonths } },
    ...(settings.growthPercent && !settings.growthPercent.isZero() && { growthPercent: settings.growthPercent.toString() }),
  };
  // The option is priced with the base's seller's margin, as the comparison's row is.
  const q = quoteEstimate(doc, catalogs, { explain: false, markupPercent: base.markupPercent?.toString() ?? '0' });
  return {
    id: pickId({ kind: 'option', key }),
    kind: 'option',
    offering: o.offering,
    region: o.region,
    ...(o.edition !== undefined && { edition: o.edition }),
    ...(o.billing !== undefined && { billing: o.billing }),
    instances: o.instances,
    ...(q.ok && { figures: figuresOf(q.output) }),
    ...(o.sla !== undefined && { sla: o.sla }),
    ...(o.capacity !== undefined && { capacity: o.capacity }),
    flags: o.flags,
  };
}

/**
 * The comparison's settings from the estimate: each vendor account's discount (the item in focus keeps
 * its own when it gives one), first-year months, and the estimate's growth (RULES.md, "Comparisons must
 * not mislead": a discount belongs to its vendor).
 */
export function compareSettingsOf(e: Estimate36, focus: ScenarioDoc): CompareSettings {
  const own = isOfferingId(focus.offering) ? vendorOf(focus.offering) : undefined;
  const discounts: Partial<Record<VendorId, Percent>> = {};
  const firstYearMonths: Partial<Record<VendorId, number>> = {};
  for (const a of e.accounts) {
    firstYearMonths[a.vendor] = a.firstYearMonths;
    if (a.discountPercent && !(a.vendor === own && focus.discountPercent !== undefined)) discounts[a.vendor] = a.discountPercent;
  }
  return { discounts, firstYearMonths, growthPercent: e.growthPercent };
}

/** A first-year end worth marking: an account whose items have a first-year-only free quota, ending within the term. */
export interface FirstYearEnd {
  vendor: VendorId;
  /** The last month with the first-year quotas (1–12). */
  months: number;
}

export function firstYearEnds(e: Estimate36, catalogs: Catalogs): FirstYearEnd[] {
  return e.accounts
    .filter((a) => a.firstYearMonths > 0)
    .filter((a) =>
      e.items.some((item) => {
        if (vendorOf(item.scenario.offering) !== a.vendor) return false;
        const o = ruleContext(item.scenario, catalogs).offering;
        return Boolean(o.freeCalls?.firstYearOnly || o.freeTrafficGB?.firstYearOnly);
      }),
    )
    .map((a) => ({ vendor: a.vendor, months: a.firstYearMonths }));
}
