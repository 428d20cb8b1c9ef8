/**
 * The one module that owns decimal.js. Every quantity and price is a `Dec`, built from a string;
 * money is rounded only by `roundItem` (half-up to 0.01 CNY per billing item, RULES.md).
 */
import { Decimal } from 'decimal.js';

/**
 * A decimal.js constructor with room for exact intermediate results: inputs are capped at 10^15 with
 * at most 20 decimals (scenario.ts), so products of a few of them stay exact in 80 significant digits.
 * Strings never switch to exponent notation within that range.
 */
export const Dec = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 100 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** A decimal from a string (or a safe integer count such as an instance count). */
export function dec(value: string | number): Dec {
  return new Dec(typeof value === 'number' ? String(value) : value);
}

const parsed = new Map<string, Dec>();

/**
 * A decimal from a catalog string, parsed once: catalogs hold a few hundred distinct strings and every
 * estimate reads them again (decimals are immutable, so sharing one is safe).
 */
export function catalogDec(value: string): Dec {
  let d = parsed.get(value);
  if (!d) {
    d = new Dec(value);
    if (parsed.size < 10_000) parsed.set(value, d);
  }
  return d;
}

/** Rounds one billing item half-up to 0.01 CNY. */
export function roundItem(amount: Dec): Dec {
  return amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Exactly `places` decimals, rounded half-up: a string built from the decimal, never a float. */
export function fixed(value: Dec, places: number): string {
  const text = value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toString();
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  return places === 0 ? int : `${int}.${frac.padEnd(places, '0')}`;
}

/** A money amount as the contract's decimal string with exactly two decimals ("45.26"). */
export function moneyString(amount: Dec): string {
  return fixed(amount, 2);
}

/** A unit price as a plain decimal string with at least two decimals ("0.80", "6.324", "0.054"). */
export function priceString(value: Dec): string {
  return value.decimalPlaces() <= 2 ? fixed(value, 2) : value.toString();
}

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

function group(plain: string): string {
  const dot = plain.indexOf('.');
  const int = dot < 0 ? plain : plain.slice(0, dot);
  const frac = dot < 0 ? '' : plain.slice(dot);
  return int.replace(GROUP, ',') + frac;
}

/** A number for a formula, grouped by thousands, at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: Dec, maxDecimals = 3): string {
  const rounded = value.toDecimalPlaces(maxDecimals, Dec.ROUND_HALF_UP);
  return group(rounded.toString());
}

/** A unit price for a formula: at least two decimals, more when the price has them ("0.80", "6.324"). */
export function formatPrice(value: Dec): string {
  return group(priceString(value));
}

/** A money amount for a formula: grouped, exactly two decimals ("3,680.00"). */
export function formatMoney(value: Dec): string {
  return group(fixed(value, 2));
}
