/**
 * The one module that owns decimal.js. Every quantity and price is a `Dec`, built from a string;
 * money is rounded only by `roundItem` (half-up to 0.01 CNY per billing item, RULES.md).
 */
import Decimal from 'decimal.js';

/** A decimal.js constructor with room for exact intermediate results (60 significant digits). */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const CENT = new Dec('0.01');

/** A decimal from a string (or a safe integer count such as an instance count). */
export function dec(value: string | number): Dec {
  return new Dec(typeof value === 'number' ? String(value) : value);
}

/** Rounds one billing item half-up to 0.01 CNY. */
export function roundItem(amount: Dec): Dec {
  return amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** A money amount as the contract's decimal string with exactly two decimals ("45.26"). */
export function moneyString(amount: Dec): string {
  return amount.toFixed(2);
}

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

function group(fixed: string): string {
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? '' : fixed.slice(dot);
  return int.replace(GROUP, ',') + frac;
}

/** A number for a formula, grouped by thousands, at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: Dec, maxDecimals = 3): string {
  const rounded = value.toDecimalPlaces(maxDecimals, Dec.ROUND_HALF_UP);
  return group(rounded.toFixed());
}

/** A unit price for a formula: at least two decimals, more when the price has them ("0.80", "6.324"). */
export function formatPrice(value: Dec): string {
  return group(value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed());
}

/** A money amount for a formula: grouped, exactly two decimals ("3,680.00"). */
export function formatMoney(value: Dec): string {
  return group(value.toFixed(2));
}
