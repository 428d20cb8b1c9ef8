/**
 * The cheapest honest alternative to an item's configuration (RULES.md, "Comparisons must not
 * mislead"): the comparison's recommendation (never an indicative option), and what it saves against
 * the configuration as it stands, each vendor with its own negotiated discount.
 */
import type { Catalogs } from '../../engine/catalog.ts';
import { planComparison, priceOptions, recommend, type CompareOption, type ComparisonPlan, type CompareSettings } from '../../engine/decisions/compare.ts';
import type { Account } from '../../engine/estimates/document.ts';
import { monthlyTotal } from '../../engine/estimate.ts';
import type { VendorId } from '../../engine/ids.ts';
import { asMoney, dec, moneyString, type Percent } from '../../engine/money.ts';
import { vendorOf } from '../../engine/offerings/registry.ts';
import type { Scenario } from '../../engine/scenario.ts';

/** Each vendor's discount: the accounts', and for the item's own vendor the discount its scenario is priced with. */
export function discountsFor(base: Scenario, accounts: readonly Account[]): Partial<Record<VendorId, Percent>> {
  const out: Partial<Record<VendorId, Percent>> = {};
  for (const a of accounts) if (a.discountPercent !== undefined) out[a.vendor] = a.discountPercent;
  out[vendorOf(base.offering)] = base.discountPercent;
  return out;
}

export function compareSettings(base: Scenario, accounts: readonly Account[]): CompareSettings {
  return { discounts: discountsFor(base, accounts) };
}

export function planAlternatives(
  base: Scenario,
  catalogs: Catalogs,
  settings: CompareSettings,
  offered: (offering: string) => boolean = () => true,
): ComparisonPlan {
  // Only the offerings a partner offers (all without a partner).
  const plan = planComparison(base, catalogs, settings);
  return { ...plan, planned: plan.planned.filter((p) => offered(p.offering)), excluded: plan.excluded.filter((x) => offered(x.offering)) };
}

export type Alternative =
  /** A cheaper option: what it saves a month, and in percent of the configuration's month. */
  | { kind: 'cheaper'; option: CompareOption; current: string; saving: string; percent?: string }
  /** The configuration is the recommendation itself, or costs no more. */
  | { kind: 'best'; option: CompareOption; current: string }
  /** The recommendation costs more than the configuration (whose own total is indicative or cannot carry the peak). */
  | { kind: 'dearer'; option: CompareOption; current: string; difference: string }
  /** The configuration lacks a price: the recommendation, without a saving. */
  | { kind: 'unknown'; option: CompareOption }
  /** No option is priced from published prices (or carries the peak). */
  | { kind: 'none' };

function sameProduct(o: CompareOption, base: Scenario): boolean {
  return o.offering === base.offering && o.region === base.region && o.edition === base.edition && o.billing === base.billing && o.instances === base.instances;
}

/** The recommendation for the item's workload, against the item's configuration, over one month. */
export function alternativeTo(base: Scenario, plan: ComparisonPlan, catalogs: Catalogs, settings: CompareSettings): Alternative {
  const options = priceOptions(plan.planned, base, catalogs, settings);
  const rec = recommend(options, undefined, base.peakQps !== undefined);
  if (!rec) return { kind: 'none' };
  const option = rec.best;
  const mine = monthlyTotal(base, catalogs);
  if (!mine.complete) return { kind: 'unknown', option };
  const current = moneyString(mine.total);
  const saving = dec(current).minus(option.total);
  if (sameProduct(option, base) || saving.isZero()) return { kind: 'best', option, current };
  if (saving.isNegative()) return { kind: 'dearer', option, current, difference: moneyString(asMoney(saving.negated())) };
  // In whole percent, when at least 1% (a saving of a few fen on a large bill says nothing in percent).
  const share = dec(current).isZero() ? undefined : saving.div(current).times(100).toDecimalPlaces(0, 4);
  const percent = share?.gte(1) ? share.toString() : undefined;
  return { kind: 'cheaper', option, current, saving: moneyString(asMoney(saving)), ...(percent !== undefined && { percent }) };
}
