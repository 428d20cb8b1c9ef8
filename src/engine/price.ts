/**
 * The pricing step: looks up each part's unit price (the user's override, else the catalog's less
 * the negotiated discount), multiplies, adds the parts of an item, rounds the item half-up to 0.01
 * (RULES.md) and records how, as data. A price nobody knows is reported missing, never taken as 0.
 */
import { findPrice, type CatalogPrice, type LocalText } from './catalog.ts';
import type { Charge, ChargePart, NoteCode, PriceUnit, QuantityUnit } from './charges.ts';
import type { Formula, FormulaPrice } from './explain.ts';
import type { Confidence, LineId, PriceKey } from './ids.ts';
import { ZERO, asMoney, asUnitPrice, catalogDec, dec, moneyString, priceString, roundItem, type Money, type Percent, type UnitPrice } from './money.ts';
import type { RuleContext } from './rules/context.ts';

/** Where a line's unit price came from: the catalog (with its confidence) or the user. */
export type PriceOrigin = Confidence | 'override';

/** One slice of a tiered item. */
export interface LinePart {
  key: PriceKey;
  quantity: string;
  unitPrice?: string;
}

/** Where a catalog price was read, as data: the catalog's source entry, its title and the section, in both languages. */
export interface SourceRef {
  /** The catalog's `sources` key. */
  id: string;
  title: LocalText;
  section: LocalText;
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
  /** How the amount is computed, as data: `formulaText` writes it in a language. */
  calculation: Formula;
  /**
   * The price's source ("title — section"), in English as the command line has always written it; empty
   * for a price the user entered. `sourceRef` has the same in both languages.
   */
  source: string;
  /** The price's source as data, in both languages (the page writes it in its own); absent for a price the user entered. */
  sourceRef?: SourceRef;
  sourceUrl?: string;
  /** When the price was read from its source (YYYY-MM-DD). */
  asOf?: string;
  confidence: PriceOrigin;
  /** How a `derived` price was computed, in both languages of the page. */
  derivation?: LocalText;
  /** A free allowance deducted from the quantity, in `unit`. */
  free?: string;
  /** Tiered items: each tier's quantity and price. */
  parts?: LinePart[];
  /** Readings of the rules that apply to this line (codes; the page writes the words). */
  notes?: NoteCode[];
  /**
   * In an estimate of several items: the account's pooled item this line is a share of (`calls:<offering>`,
   * `traffic:<region>`); `amount` and `quantity` are then the item's share, `calculation` the pooled item's.
   */
  pool?: string;
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
  net: UnitPrice;
  list?: UnitPrice;
  origin: PriceOrigin;
  catalog?: CatalogPrice;
}

const HUNDRED = dec(100);
const RANK: Record<PriceOrigin, number> = { override: 0, example: 1, derived: 2, list: 3 };

/** A catalog unit price less a negotiated discount, exact. */
export function discounted(list: UnitPrice, discount: Percent): UnitPrice {
  return discount.isZero() ? list : asUnitPrice(list.times(HUNDRED.minus(discount)).div(HUNDRED));
}

/** Prices already resolved for a context (a context's scenario and catalog never change). */
const resolved = new WeakMap<RuleContext, Map<PriceKey, ResolvedPrice | undefined>>();

/** A unit price as the estimate applies it: the user's override, else the catalog's less the discount. */
export function resolvePrice(ctx: RuleContext, key: PriceKey): ResolvedPrice | undefined {
  let known = resolved.get(ctx);
  if (!known) resolved.set(ctx, (known = new Map()));
  if (known.has(key)) return known.get(key);
  const price = lookUpPrice(ctx, key);
  known.set(key, price);
  return price;
}

function lookUpPrice(ctx: RuleContext, key: PriceKey): ResolvedPrice | undefined {
  const override = ctx.scenario.prices[key];
  if (override) return { net: override, origin: 'override' };
  const p = findPrice(ctx.offering, key, ctx.edition?.id, ctx.scenario.region);
  if (!p) return undefined;
  const list = asUnitPrice(catalogDec(p.price));
  const d = ctx.scenario.discountPercent;
  return { net: discounted(list, d), ...(!d.isZero() && { list }), origin: p.confidence, catalog: p };
}

/**
 * An item's exact amount with the seller's margin of the context's scenario (a partner's markup):
 * × (100 + m) / 100, exact, before the item's single rounding. Unchanged without a margin.
 */
export function withMargin(ctx: RuleContext, exact: Money): Money {
  const m = ctx.scenario.markupPercent;
  return m === undefined || m.isZero() ? exact : asMoney(exact.times(HUNDRED.plus(m)).div(HUNDRED));
}

/** One part's exact amount: quantity × price (÷ divisor). */
export function partAmount(part: ChargePart, price: UnitPrice): Money {
  const product = part.quantity.times(price);
  return asMoney(part.divisor ? product.div(part.divisor) : product);
}

/** Half-up to 0.01, and never below the vendor's minimum fee for an item that is not zero. */
export function roundFee(exact: Money, minimum: Money | undefined): Money {
  const rounded = roundItem(exact);
  return minimum && exact.gt(0) && rounded.lt(minimum) ? minimum : rounded;
}

export type PricedCharge = { kind: 'priced'; line: EstimateLine; amount: Money; upfront?: Money } | { kind: 'missing'; missing: MissingPrice };

/** An item's prices and amounts; the amounts are undefined when a price is missing for a quantity. */
export interface ItemAmount {
  prices: (ResolvedPrice | undefined)[];
  /** The parts added (with any seller's margin), before the item's single rounding. */
  exact: Money | undefined;
  /** Rounded once (and raised to the minimum fee where one applies). */
  amount: Money | undefined;
  minimum: Money | undefined;
}

/** The vendor's minimum fee for an item that is not zero, if it has one. */
export function minimumFee(ctx: RuleContext): Money | undefined {
  return ctx.offering.minimumFee ? asMoney(catalogDec(ctx.offering.minimumFee.amount)) : undefined;
}

/** The arithmetic of one item: parts added exactly, any seller's margin applied, then rounded once (RULES.md). */
export function itemAmount(ctx: RuleContext, charge: Charge): ItemAmount {
  const prices = charge.parts.map((p) => resolvePrice(ctx, p.key));
  const minimum = minimumFee(ctx);
  if (charge.parts.every((p) => p.quantity.isZero())) return { prices, exact: asMoney(ZERO), amount: asMoney(ZERO), minimum };
  let exact = asMoney(ZERO);
  for (const [i, part] of charge.parts.entries()) {
    const price = prices[i];
    if (!price) return { prices, exact: undefined, amount: undefined, minimum };
    exact = asMoney(exact.plus(partAmount(part, price.net)));
  }
  const marked = withMargin(ctx, exact);
  return { prices, exact: marked, amount: roundFee(marked, minimum), minimum };
}

/** A yearly term's upfront payment for the item (with any seller's margin), rounded as its own item; undefined if it has none. */
export function upfrontAmount(ctx: RuleContext, charge: Charge, item: ItemAmount): Money | undefined {
  const up = charge.upfront;
  const price = up ? item.prices[charge.parts.findIndex((p) => p.key === up.key)]?.net : undefined;
  return up && price ? roundFee(withMargin(ctx, partAmount(up, price)), item.minimum) : undefined;
}

/** The weakest origin of the prices an item used (a price from a vendor's example is weaker than a list price). */
export function weakestOrigin(prices: (ResolvedPrice | undefined)[]): PriceOrigin | undefined {
  return prices.reduce<PriceOrigin | undefined>((o, p) => (p && (o === undefined || RANK[p.origin] < RANK[o]) ? p.origin : o), undefined);
}

function formulaPrice(price: ResolvedPrice | undefined, discount: Percent): FormulaPrice | undefined {
  if (!price) return undefined;
  return { value: priceString(price.net), ...(price.list && { list: priceString(price.list), discountPercent: discount.toString() }) };
}

function calculation(ctx: RuleContext, charge: Charge, item: ItemAmount, amount: Money): Formula {
  const raised = item.minimum !== undefined && item.exact !== undefined && item.exact.gt(0) && roundItem(item.exact).lt(item.minimum);
  return {
    ...(charge.lead && { lead: charge.lead() }),
    terms: charge.parts.map((part, i) => ({
      quantity: part.shown(),
      ...(item.prices[i] && { price: formulaPrice(item.prices[i], ctx.scenario.discountPercent) }),
      ...(part.instances !== undefined && part.instances > 1 && { instances: part.instances }),
      ...(part.divideByMonths !== undefined && { divideByMonths: part.divideByMonths }),
    })),
    ...(ctx.scenario.markupPercent && !ctx.scenario.markupPercent.isZero() && { markupPercent: ctx.scenario.markupPercent.toString() }),
    amount: moneyString(amount),
    ...(raised && { minimumFee: moneyString(amount) }),
  };
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
  // The line's price facts: the first part's, with the weakest confidence of all parts.
  const first = prices.find((p) => p !== undefined);
  const origin = weakestOrigin(prices) ?? 'list';
  const line: EstimateLine = {
    id: charge.id,
    keys: [...new Set(charge.parts.map((p) => p.key))],
    amount: moneyString(amount),
    quantity: charge.quantity.toString(),
    unit: charge.unit,
    ...(first && { unitPrice: priceString(first.net) }),
    ...(first?.list && { listPrice: priceString(first.list) }),
    priceUnit: charge.priceUnit,
    calculation: calculation(ctx, charge, item, amount),
    ...sourceOf(ctx, first),
    confidence: origin,
    ...(first?.catalog?.derivation !== undefined && { derivation: first.catalog.derivation }),
    ...(charge.free && { free: charge.free.toString() }),
    ...(charge.parts.length > 1 && {
      parts: charge.parts.map((p, i) => {
        const net = prices[i]?.net;
        return { key: p.key, quantity: p.quantity.toString(), ...(net && { unitPrice: priceString(net) }) };
      }),
    }),
    ...(charge.notes && { notes: charge.notes }),
  };

  const upfront = upfrontAmount(ctx, charge, item);
  return { kind: 'priced', line, amount, ...(upfront && { upfront }) };
}

function sourceOf(ctx: RuleContext, price: ResolvedPrice | undefined): Pick<EstimateLine, 'source' | 'sourceRef' | 'sourceUrl' | 'asOf'> {
  if (!price?.catalog) return { source: '' };
  const { source: id, section } = price.catalog;
  const src = ctx.catalog.sources[id];
  // The catalog check makes every price name one of its sources; the id stands in should one not.
  const title = src?.title ?? { zh: id, en: id };
  return {
    source: `${title.en} — ${section.en}`,
    sourceRef: { id, title, section },
    ...(src?.url !== undefined && { sourceUrl: src.url }),
    ...(src?.read !== undefined && { asOf: src.read }),
  };
}
