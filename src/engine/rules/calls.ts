/** Call fees of pay-per-call offerings: a free allowance, then progressive tiers (阶梯) or started units. */
import type { CallUnit, CatalogOffering, FreeQuota } from '../catalog.ts';
import type { Charge, ChargePart } from '../charges.ts';
import type { PriceKey } from '../ids.ts';
import { Dec, ZERO, catalogDec, type Calls } from '../money.ts';
import { missingFact } from './context.ts';

/** The free allowance that applies this month, or zero. */
export function freeAmount(quota: FreeQuota | undefined, firstYear: boolean): Dec {
  return quota && (firstYear || !quota.firstYearOnly) ? catalogDec(quota.amount) : ZERO;
}

function unitOf(offering: CatalogOffering): CallUnit {
  if (!offering.callUnit) throw missingFact(offering, 'callUnit');
  return offering.callUnit;
}

export interface CallsInput {
  calls: Calls;
  firstYear: boolean;
  /**
   * One negotiated rate for every billable call, replacing the tiers (a `prices.calls` override on a
   * tiered offering, RULES.md).
   */
  flatRate: boolean;
}

/**
 * The month's call fee: billable = calls − the free quota; on a tiered offering each slice of the
 * billable calls at its own tier's price (progressive), else one price per unit of calls, a started
 * unit counting whole where the vendor says so (JD Cloud).
 */
export function callsCharge(offering: CatalogOffering, input: CallsInput): Charge {
  const { calls } = input;
  const unit = unitOf(offering);
  const per = catalogDec(unit.size);
  const free = Dec.min(freeAmount(offering.freeCalls, input.firstYear), calls);
  const billable = calls.minus(free);
  const tiers = offering.callTiers ?? [{ key: 'calls' as PriceKey }];
  const parts: ChargePart[] = [];

  if (unit.roundUp) {
    // One price per started unit of calls.
    const units = billable.div(per).ceil();
    const key = input.flatRate ? 'calls' : (tiers[0]?.key ?? 'calls');
    parts.push({ key, quantity: units, shown: () => ({ kind: 'started-units', calls: billable.toString(), per: per.toString(), units: units.toString() }) });
  } else if (input.flatRate || tiers.length <= 1) {
    const key = input.flatRate ? 'calls' : (tiers[0]?.key ?? 'calls');
    parts.push({ key, quantity: billable, divisor: per, shown: () => ({ kind: 'per-unit', calls: billable.toString(), per: per.toString() }) });
  } else {
    // Progressive: each slice of the billable calls at its own tier's price.
    let lower = ZERO;
    for (const tier of tiers) {
      const upper = tier.upTo === undefined ? undefined : catalogDec(tier.upTo);
      const slice = Dec.max((upper ? Dec.min(billable, upper) : billable).minus(lower), ZERO);
      if (slice.gt(0) || parts.length === 0) {
        parts.push({ key: tier.key, quantity: slice, divisor: per, shown: () => ({ kind: 'per-unit', calls: slice.toString(), per: per.toString() }) });
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
    ...(!free.isZero() && { free, lead: () => ({ gross: calls.toString(), free: free.toString(), billable: billable.toString() }) }),
    ...(input.flatRate && tiers.length > 1 && { notes: ['flat-call-price'] }),
    usage: { kind: 'calls', calls, ...(unit.roundUp && { startedUnits: per }) },
  };
}
