/**
 * The pricing step: looks up each part's unit price (the user's override, else the catalog's less
 * the negotiated discount), multiplies, adds the parts of an item, rounds the item half-up to 0.01
 * (RULES.md) and writes the formula. A price nobody knows is reported missing, never taken as 0.
 */
import { findPrice, type CatalogPrice } from './catalog.ts';
import type { Charge, ChargePart, PriceUnit, QuantityUnit } from './charges.ts';
import type { Confidence, LineId, PriceKey } from './ids.ts';
import { Dec, ZERO, catalogDec, dec, formatMoney, formatPrice, moneyString, priceString, roundItem } from './money.ts';
import type { RuleContext } from './rules/context.ts';

/** Where a line's unit price came from: the catalog (with its confidence) or the user. */
export type PriceOrigin = Confidence | 'override';

/** One slice of a tiered item. */
export interface LinePart {
  key: PriceKey;
  quantity: string;
  unitPrice?: string;
}

/** A priced billing item (SCENARIO.md, the estimate). */
export interface EstimateLine {
  id: LineId;
  /** The price keys the item is priced with (what a `prices` override of it would name). */
  keys: PriceKey[];
  /** Two decimals, rounded half-up. */
  amount: string;
  /** The billed quantity in `unit`. */
  quantity: string;
  unit: QuantityUnit;
  /**
   * The unit price applied (net of any discount), per `priceUnit`; tiered items: the first tier's.
   * Absent only for a zero quantity whose price nobody publishes.
   */
  unitPrice?: string;
  /** The catalog price before the discount, when a discount changed it. */
  listPrice?: string;
  priceUnit: PriceUnit;
  formula: string;
  /** The price's source ("title — section"), or that the user entered it. */
  source: string;
  sourceUrl?: string;
  /** When the price was read from its source (YYYY-MM-DD). */
  asOf?: string;
  confidence: PriceOrigin;
  derivation?: string;
  /** A free allowance deducted from the quantity, in `unit`. */
  free?: string;
  /** Tiered items: each tier's quantity and price. */
  parts?: LinePart[];
}

/** An item that could not be priced: the vendor publishes no price and the user entered none. */
export interface MissingPrice {
  id: LineId;
  keys: PriceKey[];
  quantity: string;
  unit: QuantityUnit;
  priceUnit: PriceUnit;
}

export interface ResolvedPrice {
  net: Dec;
  list?: Dec;
  origin: PriceOrigin;
  catalog?: CatalogPrice;
}

const HUNDRED = dec(100);
const RANK: Record<PriceOrigin, number> = { override: 0, example: 1, derived: 2, list: 3 };

/** A unit price as the estimate applies it: the user's override, else the catalog's less the discount. */
export function resolvePrice(ctx: RuleContext, key: PriceKey): ResolvedPrice | undefined {
  const override = ctx.scenario.prices[key];
  if (override) return { net: override, origin: 'override' };
  const p = findPrice(ctx.offering, key, ctx.edition?.id, ctx.scenario.region);
  if (!p) return undefined;
  const list = catalogDec(p.price);
  const d = ctx.scenario.discountPercent;
  const net = d.isZero() ? list : list.times(HUNDRED.minus(d)).div(HUNDRED);
  return { net, ...(!d.isZero() && { list }), origin: p.confidence, catalog: p };
}

/** A unit price in a formula, with the discount that made it: "5.346 (5.94 − 10%)". */
function priceText(price: ResolvedPrice, discount: Dec): string {
  return price.list ? `${formatPrice(price.net)} (${formatPrice(price.list)} − ${discount.toString()}%)` : formatPrice(price.net);
}

function partAmount(part: ChargePart, price: Dec): Dec {
  const product = part.quantity.times(price);
  return part.divisor ? product.div(part.divisor) : product;
}

/** Half-up to 0.01, and never below the vendor's minimum fee for an item that is not zero. */
export function roundFee(exact: Dec, minimum: Dec | undefined): Dec {
  const rounded = roundItem(exact);
  return minimum && exact.gt(0) && rounded.lt(minimum) ? minimum : rounded;
}

export type PricedCharge =
  | { kind: 'priced'; line: EstimateLine; amount: Dec; upfront?: Dec }
  | { kind: 'missing'; missing: MissingPrice };

/** An item's prices and rounded amount; `amount` is undefined when a price is missing for a quantity. */
export interface ItemAmount {
  prices: (ResolvedPrice | undefined)[];
  amount: Dec | undefined;
  minimum: Dec | undefined;
}

/** The arithmetic of one item: parts added exactly, then rounded once (RULES.md). */
export function itemAmount(ctx: RuleContext, charge: Charge): ItemAmount {
  const prices = charge.parts.map((p) => resolvePrice(ctx, p.key));
  const minimum = ctx.offering.minimumFee ? catalogDec(ctx.offering.minimumFee.amount) : undefined;
  if (charge.parts.every((p) => p.quantity.isZero())) return { prices, amount: ZERO, minimum };
  let exact = ZERO;
  for (const [i, part] of charge.parts.entries()) {
    const price = prices[i];
    if (!price) return { prices, amount: undefined, minimum };
    exact = exact.plus(partAmount(part, price.net));
  }
  return { prices, amount: roundFee(exact, minimum), minimum };
}

/** A yearly term's upfront payment for the item, rounded as its own item; undefined if it has none. */
export function upfrontAmount(charge: Charge, item: ItemAmount): Dec | undefined {
  const up = charge.upfront;
  const price = up ? item.prices[charge.parts.findIndex((p) => p.key === up.key)]?.net : undefined;
  return up && price ? roundFee(partAmount(up, price), item.minimum) : undefined;
}

/** The weakest origin of the prices an item used (a price from a vendor's example is weaker than a list price). */
export function weakestOrigin(prices: (ResolvedPrice | undefined)[]): PriceOrigin | undefined {
  return prices.reduce<PriceOrigin | undefined>((o, p) => (p && (o === undefined || RANK[p.origin] < RANK[o]) ? p.origin : o), undefined);
}

export function priceCharge(ctx: RuleContext, charge: Charge): PricedCharge {
  const item = itemAmount(ctx, charge);
  const { prices, amount } = item;
  if (amount === undefined) {
    const unknown = charge.parts.filter((_, i) => !prices[i]).map((p) => p.key);
    return {
      kind: 'missing',
      missing: { id: charge.id, keys: unknown, quantity: charge.quantity.toString(), unit: charge.unit, priceUnit: charge.priceUnit },
    };
  }
  const terms = charge.parts.map((part, i) => {
    const [before, after] = part.text();
    const price = prices[i];
    return `${before}${price ? priceText(price, ctx.scenario.discountPercent) : '—'}${after}`;
  });
  const formula = `${charge.lead?.() ?? ''}${terms.join(' + ')} = ${formatMoney(amount)}`;

  // The line's price facts: the first part's, with the weakest confidence of all parts.
  const first = prices.find((p) => p !== undefined);
  const origin = weakestOrigin(prices) ?? 'list';
  const source = sourceOf(ctx, first);
  const line: EstimateLine = {
    id: charge.id,
    keys: [...new Set(charge.parts.map((p) => p.key))],
    amount: moneyString(amount),
    quantity: charge.quantity.toString(),
    unit: charge.unit,
    ...(first && { unitPrice: priceString(first.net) }),
    ...(first?.list && { listPrice: priceString(first.list) }),
    priceUnit: charge.priceUnit,
    formula,
    ...source,
    confidence: origin,
    ...(first?.catalog?.derivation !== undefined && { derivation: first.catalog.derivation[ctx.locale] }),
    ...(charge.free && { free: charge.free.toString() }),
    ...(charge.parts.length > 1 && {
      parts: charge.parts.map((p, i) => {
        const net = prices[i]?.net;
        return { key: p.key, quantity: p.quantity.toString(), ...(net && { unitPrice: priceString(net) }) };
      }),
    }),
  };

  const upfront = upfrontAmount(charge, item);
  return { kind: 'priced', line, amount, ...(upfront && { upfront }) };
}

function sourceOf(ctx: RuleContext, price: ResolvedPrice | undefined): { source: string; sourceUrl?: string; asOf?: string } {
  if (!price) return { source: '' };
  if (!price.catalog) return { source: 'price entered by the user' };
  const src = ctx.catalog.sources[price.catalog.source];
  return {
    source: `${src?.title ?? price.catalog.source} — ${price.catalog.section}`,
    ...(src?.url !== undefined && { sourceUrl: src.url }),
    ...(src?.read !== undefined && { asOf: src.read }),
  };
}
