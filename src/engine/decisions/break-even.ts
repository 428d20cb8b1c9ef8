/**
 * Subscription or pay-as-you-go? For a dedicated scenario, the month's cost against the hours the
 * instances run, and the exact hours above which each subscription is cheaper. Every amount comes
 * from the estimate's own pricing step (`charges`, `itemAmount`, `monthlyTotal`): the crossover is
 * where the exact (unrounded) instance items meet — the subscription's month against the
 * pay-as-you-go item per hour — with whole-hour billing read from the catalog. Only the instance fee
 * depends on the billing mode; every other item (traffic, bandwidth) is the same in all three and is
 * carried as a constant.
 */
import type { Catalogs } from '../catalog.ts';
import { monthlyTotal } from '../estimate.ts';
import type { Billing } from '../ids.ts';
import { Dec, asHours, asMoney, dec, type Hours, type Money } from '../money.ts';
import { isDedicated, type Scenario } from '../scenario.ts';
import { DEFAULT_HOURS, MAX_HOURS } from '../units.ts';
import { billsWholeHours, instanceItem, isInstanceItem, isNotInstanceItem, onBilling } from './option.ts';

export type Subscription = Exclude<Billing, 'payg'>;

export interface Crossover {
  billing: Subscription;
  /** The month's cost on this subscription (a yearly term's monthly equivalent), all items, as the estimate totals it. */
  monthly: Money;
  /**
   * Hours a month above which the subscription is cheaper than pay-as-you-go; undefined when it
   * never is within a month (above 744 h). With whole-hour billing this is a whole number of hours.
   */
  hours?: Hours;
  /** `hours` as a share of a 730-hour month, in percent (for words and charts). */
  percentOfMonth?: Dec;
}

export interface BreakEven {
  /** The scenario on pay-as-you-go: `paygCost` prices it at other hours. */
  payg: Scenario;
  /** The pay-as-you-go instance item for one hour, all instances, net of discount, exact (0 when its price is missing). */
  hourly: Money;
  /** The catalog bills a started hour whole. */
  wholeHours: boolean;
  /** The items that do not depend on the billing mode, each rounded as billed, summed. */
  other: Money;
  crossovers: Crossover[];
  /** Billing modes whose instance price nobody publishes (no crossover can be drawn for them). */
  missing: Billing[];
}

const HOURS_IN_MONTH = dec(DEFAULT_HOURS);
const MAX = dec(MAX_HOURS);
const ONE_HOUR = asHours(dec(1));
/** Division rounding up: an hour count at which pay-as-you-go has surely reached the subscription. */
const Up = Dec.clone({ rounding: Dec.ROUND_UP });

/** The pay-as-you-go instance item at `hours`, as the estimate bills it (0 when its price is missing). */
function paygInstance(b: BreakEven, hours: Dec, catalogs: Catalogs): Money {
  return monthlyTotal(onBilling(b.payg, 'payg', asHours(hours)), catalogs, isInstanceItem).total;
}

/** The month's total on pay-as-you-go for `hours`: the estimate's instance item at those hours plus the other items. */
export function paygCost(b: BreakEven, hours: Dec, catalogs: Catalogs): Money {
  return asMoney(b.other.plus(paygInstance(b, hours, catalogs)));
}

export function breakEven(scenario: Scenario, catalogs: Catalogs): BreakEven | undefined {
  if (!isDedicated(scenario.offering)) return undefined;
  const payg = onBilling(scenario, 'payg');
  const wholeHours = billsWholeHours(scenario, catalogs);
  const other = monthlyTotal(scenario, catalogs, isNotInstanceItem).total;
  const missing: Billing[] = [];
  // Pay-as-you-go is linear in the (billed) hours: its item for one hour is the rate.
  const perHour = instanceItem(onBilling(scenario, 'payg', ONE_HOUR), catalogs)?.exact;
  if (perHour === undefined) missing.push('payg');

  const crossovers: Crossover[] = [];
  for (const billing of ['monthly', 'yearly'] as const) {
    const subscribed = onBilling(scenario, billing);
    const month = instanceItem(subscribed, catalogs)?.exact;
    if (month === undefined) {
      missing.push(billing);
      continue;
    }
    let hours: Dec | undefined;
    if (perHour !== undefined && perHour.gt(0)) {
      // Pay-as-you-go reaches the subscription's exact month at month ÷ rate hours (rounded up in the
      // last of the engine's digits, so that the items do meet there). Billed in whole hours, it
      // steps past the subscription once the hours pass the whole part.
      const even = dec(new Up(month).div(perHour).toString());
      hours = wholeHours ? even.floor() : even;
      if (hours.gt(MAX)) hours = undefined;
    }
    crossovers.push({
      billing,
      monthly: monthlyTotal(subscribed, catalogs).total,
      ...(hours !== undefined && { hours: asHours(hours), percentOfMonth: hours.div(HOURS_IN_MONTH).times(100) }),
    });
  }
  return { payg, hourly: perHour ?? asMoney(dec(0)), wholeHours, other, crossovers, missing };
}

/**
 * Points of the pay-as-you-go curve for a chart: the ends, each whole hour if billing steps, and the
 * crossovers; each with the instance item alone (which depends on the product, not the workload) and
 * the month's total.
 */
export function paygCurve(b: BreakEven, catalogs: Catalogs): { hours: Dec; instance: Money; cost: Money }[] {
  const hours = new Set<string>(['0', MAX_HOURS]);
  if (b.wholeHours) for (let h = 1; h < Number(MAX_HOURS); h++) hours.add(String(h));
  for (const c of b.crossovers) if (c.hours) hours.add(c.hours.toString());
  return [...hours]
    .map((h) => dec(h))
    .toSorted((a, c) => a.comparedTo(c))
    .map((h) => {
      const instance = paygInstance(b, h, catalogs);
      return { hours: h, instance, cost: asMoney(b.other.plus(instance)) };
    });
}
