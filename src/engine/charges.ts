/**
 * What a rule declares: billing items with their quantities and *which* price each part takes, never
 * a price itself. `price.ts` looks the prices up, multiplies, rounds and writes the formula.
 */
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
   * Formula text before the unit price ("5,000,000 ÷ 10,000 × ") and after it (" × 2 instances"):
   * written only when an estimate is explained, not when only its total is wanted.
   */
  text: () => [before: string, after: string];
}

/** One billing item: its parts are added, then the item is rounded once (RULES.md, rounding). */
export interface Charge {
  id: LineId;
  /** The billed quantity shown for the item (hours after any rounding up, billable calls, GB). */
  quantity: Dec;
  unit: QuantityUnit;
  priceUnit: PriceUnit;
  parts: ChargePart[];
  /** Formula text before the parts: how the billed quantity was reached ("5,000,000 − 1,000,000 free = 4,000,000; "). */
  lead?: () => string;
  /** A free allowance deducted from the quantity, in `unit`. */
  free?: Dec;
  /** A yearly subscription's upfront payment, priced from the same key: quantity × price. */
  upfront?: ChargePart;
}

/** Warning codes; the page translates each from its code and params. */
export type WarningCode =
  | 'missing-price'
  | 'capacity'
  | 'qps-cap'
  | 'example-price'
  | 'eip-not-included'
  | 'bandwidth-needed';

export interface EstimateWarning {
  code: WarningCode;
  /** The line it concerns, when there is one. */
  line?: LineId;
  /** Plain-text values the message quotes (for translation). */
  params: Record<string, string>;
  /** English message, for the command line and logs. */
  message: string;
}

/** Languages the formulas are written in. */
export type FormulaLocale = 'en' | 'zh';

/** The few words a formula holds besides numbers and symbols. */
export interface FormulaWords {
  hour: string;
  oneMonth: string;
  instances: string;
  free: string;
}

export const FORMULA_WORDS: Record<FormulaLocale, FormulaWords> = {
  en: { hour: 'h', oneMonth: '1 month', instances: 'instances', free: 'free' },
  zh: { hour: '小时', oneMonth: '1 个月', instances: '个实例', free: '免费' },
};
