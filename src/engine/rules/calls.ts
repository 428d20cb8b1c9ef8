/** Call fees of pay-per-call offerings: a free allowance, then progressive tiers (阶梯) from the catalog. */
import type { Charge, ChargePart } from '../charges.ts';
import { Dec, ZERO, catalogDec, dec, formatNumber } from '../money.ts';
import { CALLS_PER_PRICE_UNIT } from '../units.ts';
import type { RuleContext } from './context.ts';

export interface CallBilling {
  /** Billable calls are counted in whole units of 10,000, a started unit counting whole (JD Cloud). */
  wholeUnits: boolean;
}

const PER_UNIT = dec(CALLS_PER_PRICE_UNIT);

/** The free allowance that applies this month, or zero. */
export function freeAmount(quota: { amount: string; firstYearOnly: boolean } | undefined, firstYear: boolean): Dec {
  return quota && (firstYear || !quota.firstYearOnly) ? catalogDec(quota.amount) : ZERO;
}

export function callsCharge({ scenario, offering, words }: RuleContext, rule: CallBilling): Charge {
  const calls = scenario.callsPerMonth;
  const free = Dec.min(freeAmount(offering.freeCalls, scenario.firstYear), calls);
  const billable = calls.minus(free);
  const lead = free.isZero() ? undefined : () => `${formatNumber(calls)} − ${formatNumber(free)} ${words.free} = ${formatNumber(billable)}; `;
  const tiers = offering.callTiers ?? [];
  const parts: ChargePart[] = [];

  if (rule.wholeUnits) {
    // One tier priced per started unit of 10,000 calls.
    const units = billable.div(PER_UNIT).ceil();
    const key = tiers[0]?.key ?? 'calls';
    parts.push({ key, quantity: units, text: () => [`⌈${formatNumber(billable)} ÷ ${formatNumber(PER_UNIT)}⌉ = ${formatNumber(units)} × `, ''] });
  } else {
    // Progressive: each slice of the billable calls at its own tier's price.
    let lower = ZERO;
    for (const tier of tiers) {
      const upper = tier.upTo === undefined ? undefined : catalogDec(tier.upTo);
      const slice = Dec.max((upper ? Dec.min(billable, upper) : billable).minus(lower), ZERO);
      if (slice.gt(0) || parts.length === 0) {
        parts.push({ key: tier.key, quantity: slice, divisor: PER_UNIT, text: () => [`${formatNumber(slice)} ÷ ${formatNumber(PER_UNIT)} × `, ''] });
      }
      if (!upper || billable.lte(upper)) break;
      lower = upper;
    }
  }
  return {
    id: 'calls',
    quantity: billable,
    unit: 'call',
    priceUnit: '10k calls',
    parts,
    ...(lead !== undefined && { lead }),
    ...(!free.isZero() && { free }),
  };
}
