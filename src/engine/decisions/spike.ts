/**
 * A traffic spike (seed 003's advice): keep the baseline instance on its subscription and, for the
 * event, run a larger pay-as-you-go instance for the event's hours plus the switch-over lead time;
 * compared with upgrading the subscription to the larger edition for the month. Each part is the
 * scenario changed in typed steps and priced by the estimate's `monthlyTotal`; the event instance is
 * its instance item alone (the baseline already carries the workload's traffic).
 */
import type { Catalogs } from '../catalog.ts';
import { monthlyTotal, type MonthlyTotal } from '../estimate.ts';
import { ZERO, asHours, asMoney, type Dec, type Money } from '../money.ts';
import { isDedicated, type Scenario } from '../scenario.ts';
import { editionsIn } from '../scenario-edit.ts';
import { MAX_HOURS } from '../units.ts';
import { isInstanceItem, onBilling } from './option.ts';

export interface SpikeInput {
  /** The edition that carries the everyday load, on its subscription. */
  baseline: string;
  baselineBilling: 'monthly' | 'yearly';
  /** The larger edition that carries the spike. */
  spike: string;
  /** Hours of the event, and hours the larger instance runs before it (the switch-over lead time). */
  eventHours: Dec;
  leadHours: Dec;
}

export interface SpikePlan {
  /** The baseline subscription's month, with the workload's traffic. */
  baseline: MonthlyTotal;
  /** The larger instance on pay-as-you-go for the event and lead hours (its instance fee only). */
  spike: MonthlyTotal;
  /** Baseline plus the spike instance (a lower bound when either lacks a price). */
  plan: Money;
  /** Both parts of the plan are priced. */
  planComplete: boolean;
  /** The larger edition on a monthly subscription instead, with the same traffic. */
  upgrade: MonthlyTotal;
  complete: boolean;
  /** Upgrade minus plan: what the plan saves (negative when upgrading is cheaper). */
  saving: Money;
}

/**
 * The spike plan for a dedicated scenario, or undefined when it has none: an edition not sold in the
 * scenario's region, or event and lead hours beyond a month.
 */
export function spikePlan(s: Scenario, input: SpikeInput, catalogs: Catalogs): SpikePlan | undefined {
  if (!isDedicated(s.offering)) return undefined;
  const sold = editionsIn(catalogs, s.offering, s.region).map((e) => e.id);
  const hours = input.eventHours.plus(input.leadHours);
  if (!sold.includes(input.baseline) || !sold.includes(input.spike) || hours.gt(MAX_HOURS)) return undefined;

  const baseline = monthlyTotal(onBilling({ ...s, edition: input.baseline }, input.baselineBilling), catalogs);
  // The larger edition: one instance at the catalog's prices (quoted prices were for the baseline's),
  // with the vendor's discount, as the calculator would price it.
  const larger: Scenario = { ...s, edition: input.spike, instances: 1, prices: {} };
  const spike = monthlyTotal(onBilling(larger, 'payg', asHours(hours)), catalogs, isInstanceItem);
  const upgrade = monthlyTotal(onBilling(larger, 'monthly'), catalogs);
  const plan = asMoney(baseline.total.plus(spike.total));
  const planComplete = baseline.complete && spike.complete;
  const complete = planComplete && upgrade.complete;
  return { baseline, spike, plan, planComplete, upgrade, complete, saving: asMoney(complete ? upgrade.total.minus(plan) : ZERO) };
}
