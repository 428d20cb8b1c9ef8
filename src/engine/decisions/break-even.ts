/**
 * Subscription or pay-as-you-go? For a dedicated scenario, the month's cost against the hours the
 * instances run, and the exact hours above which each subscription is cheaper (computed from the
 * unit prices, not sampled). Only the instance fee depends on the billing mode; every other line
 * (traffic, bandwidth) is the same in all three and is carried as a constant.
 */
import type { Catalogs } from '../catalog.ts';
import { INSTANCE_BILLING, estimate, ruleContext } from '../estimate.ts';
import type { Billing } from '../ids.ts';
import { Dec, ZERO, dec } from '../money.ts';
import { resolvePrice, roundFee } from '../price.ts';
import { billedHours } from '../rules/instance.ts';
import { isDedicated, type Scenario } from '../scenario.ts';
import { DEFAULT_HOURS, MAX_HOURS, MONTHS_PER_YEAR } from '../units.ts';

export interface Crossover {
  billing: Exclude<Billing, 'payg'>;
  /** The month's cost on this subscription (a yearly term's monthly equivalent), all lines. */
  monthly: Dec;
  /**
   * Hours a month above which the subscription is cheaper than pay-as-you-go; undefined when it
   * never is within a month (above 744 h). With whole-hour billing this is a whole number of hours.
   */
  hours?: Dec;
  /** `hours` as a share of a 730-hour month, in percent. */
  percentOfMonth?: Dec;
}

export interface BreakEven {
  /** Pay-as-you-go instance fee per hour for all instances (net of discount). */
  hourly: Dec;
  wholeHours: boolean;
  /** The lines that do not depend on the billing mode, summed (rounded per item, as billed). */
  other: Dec;
  /** The vendor's minimum fee for an item that is not zero (Huawei), if any. */
  minimumFee?: Dec;
  crossovers: Crossover[];
  /** Billing modes whose instance price nobody publishes (no crossover can be drawn for them). */
  missing: Billing[];
}

const HOURS_IN_MONTH = dec(DEFAULT_HOURS);
const MAX = dec(MAX_HOURS);

/** The month's total on pay-as-you-go for `hours` (the instance fee rounded as one item). */
export function paygCost(b: BreakEven, hours: Dec): Dec {
  return b.other.plus(roundFee(billedHours(hours, b).times(b.hourly), b.minimumFee));
}

export function breakEven(scenario: Scenario, catalogs: Catalogs): BreakEven | undefined {
  if (!isDedicated(scenario.offering)) return undefined;
  const wholeHours = INSTANCE_BILLING[scenario.offering]?.wholeHours ?? false;
  const ctx = ruleContext(scenario, catalogs);
  const n = dec(scenario.instances);
  // Lines other than the instance fee, from the engine itself (pay-as-you-go at 0 h has no instance fee).
  const base = estimate({ ...scenario, billing: 'payg', hours: ZERO }, catalogs);
  const other = base.lines.filter((l) => l.id !== 'instance').reduce((a, l) => a.plus(l.amount), ZERO);

  const minimumFee = ctx.offering.minimumFee ? dec(ctx.offering.minimumFee.amount) : undefined;
  const missing: Billing[] = [];
  const payg = resolvePrice(ctx, 'instance.payg');
  if (!payg) missing.push('payg');
  const hourly = payg ? payg.net.times(n) : ZERO;

  const crossovers: Crossover[] = [];
  for (const billing of ['monthly', 'yearly'] as const) {
    const price = resolvePrice(ctx, billing === 'monthly' ? 'instance.monthly' : 'instance.yearly');
    if (!price) {
      missing.push(billing);
      continue;
    }
    // The month's instance fee on the subscription, exact; rounded as the estimate rounds it.
    const exact = billing === 'monthly' ? price.net.times(n) : price.net.times(n).div(MONTHS_PER_YEAR);
    const monthly = other.plus(roundFee(exact, minimumFee));
    let hours: Dec | undefined;
    if (payg && hourly.gt(0)) {
      // Pay-as-you-go costs hours × hourly; it passes the subscription at exact ÷ hourly hours. With
      // whole-hour billing it steps at whole hours, so it is dearer once the hours pass the whole part.
      const even = exact.div(hourly);
      hours = wholeHours ? even.floor() : even;
      if (hours.gt(MAX)) hours = undefined;
    }
    crossovers.push({
      billing,
      monthly,
      ...(hours !== undefined && { hours, percentOfMonth: hours.div(HOURS_IN_MONTH).times(100) }),
    });
  }
  return { hourly, wholeHours, other, crossovers, missing, ...(minimumFee && { minimumFee }) };
}

/** Points of the pay-as-you-go curve for a chart: the ends, each whole hour if billing steps, and the crossovers. */
export function paygCurve(b: BreakEven): { hours: Dec; cost: Dec }[] {
  const hours = new Set<string>(['0', MAX_HOURS]);
  if (b.wholeHours) for (let h = 1; h < 744; h++) hours.add(String(h));
  for (const c of b.crossovers) if (c.hours) hours.add(c.hours.toString());
  return [...hours].map((h) => new Dec(h)).toSorted((a, c) => a.comparedTo(c)).map((h) => ({ hours: h, cost: paygCost(b, h) }));
}
