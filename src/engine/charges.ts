/**
 * What a rule declares: billing items with their quantities and *which* price each part takes, never
 * a price itself. `price.ts` looks the prices up, multiplies, rounds once and records the formula.
 */
import type { FormulaLead, FormulaQuantity } from './explain.ts';
import type { LineId, PriceKey } from './ids.ts';
import type { Dec } from './money.ts';

/** Units of a line's quantity, as shown to people. */
export type QuantityUnit = 'hour' | 'month' | 'call' | 'GB';
/** Units a unit price is quoted in. */
export type PriceUnit = 'hour' | 'month' | 'year' | 'GB' | '10k calls';

/** One priced part of an item: amount = quantity × price ÷ divisor. */
export interface ChargePart {
  key: PriceKey;
  /** In the price's unit, or a multiple of it that `divisor` brings back (calls ÷ 10,000). */
  quantity: Dec;
  divisor?: Dec;
  /**
   * How the part reads in a formula: the quantity as billed. A function, so the decimals are written
   * out only when an estimate is explained (totals for comparisons and terms never need them).
   */
  shown: () => FormulaQuantity;
  instances?: number;
  divideByMonths?: string;
}

/** Note codes: readings of the rules shown on a line (the page writes the words). */
export type NoteCode = 'first-year-traffic-account' | 'flat-call-price';

/** One billing item: its parts are added, then the item is rounded once (RULES.md, rounding). */
export interface Charge {
  id: LineId;
  /** The billed quantity shown for the item (hours after any rounding up, billable calls, GB). */
  quantity: Dec;
  unit: QuantityUnit;
  priceUnit: PriceUnit;
  parts: ChargePart[];
  /** How the billed quantity was reached (gross − free = billable), written when explained. */
  lead?: () => FormulaLead;
  /** A free allowance deducted from the quantity, in `unit`. */
  free?: Dec;
  /** A yearly subscription's upfront payment, priced from the same key: quantity × price. */
  upfront?: ChargePart;
  notes?: NoteCode[];
  /**
   * Usage the vendor bills per account, not per item (RULES.md, "Estimates"): an estimate adds it up
   * over the account's items and prices the sum once. Gross quantities, before any free allowance.
   * The billable quantity (gross − `free`) is laid out over the parts in order, each part's slice at
   * its own price, except where calls are counted in started units (`startedUnits`: the unit's size).
   */
  usage?: { kind: 'calls'; calls: Dec; startedUnits?: Dec } | { kind: 'egress'; gb: Dec[] };
}

/** Warning codes; the page and the command line write each from its code and params. */
export type WarningCode =
  | 'missing-price'
  | 'capacity'
  | 'qps-cap'
  | 'example-price'
  | 'eip-not-included'
  | 'bandwidth-needed'
  | 'unused-price'
  /** An estimate's growth takes an item's peak past its capacity (params: item, month, peakQps, capacity). */
  | 'capacity-growth';

export interface EstimateWarning {
  code: WarningCode;
  /** The line it concerns, when there is one. */
  line?: LineId;
  /** Values the message quotes: numbers as plain decimal strings, ids as ids (never words). */
  params: Record<string, string>;
}

/** Warnings that say the real bill has items the calculator cannot price (RULES.md, "Comparisons"). */
export const EXCLUDED_COSTS: readonly WarningCode[] = ['eip-not-included', 'bandwidth-needed'];
