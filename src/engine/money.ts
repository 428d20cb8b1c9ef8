/**
 * The one module that owns decimal.js. Every quantity and price is a `Dec`, built from a string;
 * money is rounded only by `roundItem` (half-up to 0.01 CNY per billing item, RULES.md).
 */
import { Decimal } from 'decimal.js';

/**
 * A decimal.js constructor with room for exact intermediate results: inputs are capped at 10^15 with
 * at most 40 decimals (scenario.ts), i.e. at most 55 significant digits, and a billing item multiplies
 * at most four of them (calls × KB ÷ 1024² × price, hours × price × instances) before its single
 * rounding, so 300 significant digits keep every product exact. Only a division that does not
 * terminate (a yearly price ÷ 12) is cut, 300 digits down, far below the cent it is rounded to.
 * Strings never switch to exponent notation within that range.
 */
export const Dec = Decimal.clone({ precision: 300, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -300, toExpPos: 300 });
export type Dec = InstanceType<typeof Dec>;

// ---------------------------------------------------------------------------------------------
// What a number is. Each is a `Dec` with a brand the type checker sees and the runtime does not: an
// amount of money cannot be passed where hours are expected, and money always names its currency.
declare const measure: unique symbol;
type Measure<M extends string> = Dec & { readonly [measure]: M };

/** Currencies the engine prices in: the vendors' China sites bill in CNY (a USD view will add one). */
export type Currency = 'CNY';
/** An amount of money in a currency (a fee, a total), exact until a billing item is rounded. */
export type Money<C extends Currency = 'CNY'> = Measure<`money:${C}`>;
/** Money per unit of something (元/小时, 元/GB, 元/万次…), exact. */
export type UnitPrice<C extends Currency = 'CNY'> = Measure<`unit-price:${C}`>;
/** Hours an instance runs (or bandwidth is used) in a month. */
export type Hours = Measure<'hours'>;
/** A number of API calls. */
export type Calls = Measure<'calls'>;
/** Binary gigabytes of traffic (1 GB = 1024² KB). */
export type GB = Measure<'GB'>;
/** Kilobytes per call. */
export type KB = Measure<'KB'>;
/** Requests per second. */
export type Qps = Measure<'qps'>;
/** A percentage, 0–100 (a negotiated discount). */
export type Percent = Measure<'percent'>;

/** Gives a decimal its meaning; the value is not changed. */
export const asMoney = (d: Dec) => d as Money;
export const asUnitPrice = (d: Dec) => d as UnitPrice;
export const asHours = (d: Dec) => d as Hours;
export const asCalls = (d: Dec) => d as Calls;
export const asGB = (d: Dec) => d as GB;
export const asKB = (d: Dec) => d as KB;
export const asQps = (d: Dec) => d as Qps;
export const asPercent = (d: Dec) => d as Percent;

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
export function roundItem(amount: Money): Money {
  return asMoney(amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
}

/** The sum of amounts of money. */
export function sumMoney(amounts: Iterable<Money>): Money {
  let sum: Dec = ZERO;
  for (const a of amounts) sum = sum.plus(a);
  return asMoney(sum);
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
export function moneyString(amount: Money): string {
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
