/**
 * One month's estimate of a validated scenario: the offering's module declares the billing items,
 * `price.ts` prices them, and the total is the sum of the rounded items (RULES.md). The estimate is
 * data: amounts, quantities, structured formulas, and warnings as codes with parameters.
 */
import { findEdition, findOffering, type Catalogs } from './catalog.ts';
import type { Charge, EstimateWarning } from './charges.ts';
import type { PriceKey } from './ids.ts';
import { formatInputError, type FieldError } from './issues.ts';
import { ZERO, asMoney, asPercent, dec, moneyString, type Money } from './money.ts';
import { offeringModule } from './offerings/registry.ts';
import { itemAmount, priceCharge, upfrontAmount, weakestOrigin, type EstimateLine, type MissingPrice } from './price.ts';
import type { RuleContext } from './rules/context.ts';
import { validateScenario, withMarkup, type Scenario } from './scenario.ts';

export interface Estimate {
  currency: 'CNY';
  /** The month's total: the sum of the rounded lines (a lower bound when not complete). */
  total: string;
  /** Paid when ordering: a yearly subscription's yearly price; otherwise "0.00". */
  upfront: string;
  complete: boolean;
  lines: EstimateLine[];
  /** Items without a price: the vendor publishes none and the scenario supplies none. */
  missing: MissingPrice[];
  warnings: EstimateWarning[];
  catalog: { vendor: string; version: string; asOf: string };
}

/** What the rules and the pricing step see of a validated scenario. Throws if its catalog is absent. */
export function ruleContext(scenario: Scenario, catalogs: Catalogs): RuleContext {
  const found = findOffering(catalogs, scenario.offering);
  if (!found) throw new Error(`no catalog for ${scenario.offering}`);
  const edition = findEdition(found.offering, scenario.edition);
  return { scenario, catalog: found.catalog, offering: found.offering, ...(edition && { edition }) };
}

/** The scenario's billing items, as its offering's module declares them. */
export function charges(ctx: RuleContext): Charge[] {
  return offeringModule(ctx.scenario.offering).charges(ctx);
}

/** Requests per second the scenario's configuration carries, when the vendor publishes it. */
export function capacityOf(ctx: RuleContext): number | undefined {
  const m = offeringModule(ctx.scenario.offering);
  if (m.capacity === 'editions') return ctx.edition ? ctx.edition.qps * ctx.scenario.instances : undefined;
  if (m.capacity === 'service-cap') return ctx.offering.qpsCap;
  return undefined;
}

/** Capacity warnings: never a silent change of the scenario. */
function capacityWarnings(ctx: RuleContext): EstimateWarning[] {
  const { scenario: s, edition } = ctx;
  const m = offeringModule(s.offering);
  const capacity = capacityOf(ctx);
  if (s.peakQps === undefined || capacity === undefined || s.peakQps.lte(capacity)) return [];
  if (m.capacity === 'editions' && edition) {
    return [
      {
        code: 'capacity',
        line: 'instance',
        params: { peakQps: s.peakQps.toString(), capacity: String(capacity), edition: edition.id, instances: String(s.instances) },
      },
    ];
  }
  return [{ code: 'qps-cap', params: { peakQps: s.peakQps.toString(), cap: String(capacity) } }];
}

/** Every price key that could apply to this configuration: its items' keys, and all tiers of a tiered call price. */
function keysThatApply(ctx: RuleContext, items: Charge[]): Set<PriceKey> {
  const keys = new Set<PriceKey>(items.flatMap((c) => c.parts.map((p) => p.key)));
  const tiers = ctx.offering.callTiers ?? [];
  if (keys.has('calls') || tiers.some((t) => keys.has(t.key))) {
    if (ctx.scenario.prices.calls === undefined) for (const t of tiers) keys.add(t.key);
  }
  return keys;
}

/** A quoted price this configuration does not use is ignored, and the estimate says so (SCENARIO.md). */
function unusedPriceWarnings(ctx: RuleContext, items: Charge[]): EstimateWarning[] {
  const given = Object.keys(ctx.scenario.prices) as PriceKey[];
  if (given.length === 0) return [];
  const apply = keysThatApply(ctx, items);
  return given.filter((k) => !apply.has(k)).map((key) => ({ code: 'unused-price', params: { key } }));
}

/** Prices a validated scenario. Throws only if the scenario's catalog is not among `catalogs`. */
export function estimate(scenario: Scenario, catalogs: Catalogs): Estimate {
  const ctx = ruleContext(scenario, catalogs);
  return explain(ctx, charges(ctx));
}

/** The explained estimate of a context's billing items (`charges(ctx)`). */
export function explain(ctx: RuleContext, items: Charge[]): Estimate {
  const { scenario } = ctx;
  let total = ZERO;
  let upfront = ZERO;
  const lines: EstimateLine[] = [];
  const missing: MissingPrice[] = [];
  const warnings: EstimateWarning[] = [];
  for (const charge of items) {
    const priced = priceCharge(ctx, charge);
    if (priced.kind === 'missing') {
      missing.push(priced.missing);
      warnings.push({ code: 'missing-price', line: charge.id, params: { keys: priced.missing.keys.join(', '), vendor: ctx.catalog.vendor } });
      continue;
    }
    lines.push(priced.line);
    total = total.plus(priced.amount);
    if (priced.upfront) upfront = upfront.plus(priced.upfront);
    if (priced.line.confidence === 'example' && !priced.amount.isZero()) {
      warnings.push({ code: 'example-price', line: charge.id, params: {} });
    }
  }
  warnings.push(...capacityWarnings(ctx), ...(offeringModule(scenario.offering).warnings?.(ctx) ?? []), ...unusedPriceWarnings(ctx, items));
  return {
    currency: 'CNY',
    total: moneyString(asMoney(total)),
    upfront: moneyString(asMoney(upfront)),
    complete: missing.length === 0,
    lines,
    missing,
    warnings,
    catalog: { vendor: ctx.catalog.vendor, version: ctx.catalog.version, asOf: ctx.catalog.asOf },
  };
}

export interface MonthlyTotal {
  total: Money;
  upfront: Money;
  complete: boolean;
  /** Some item is priced from a vendor's worked example rather than a list price. */
  examplePrice: boolean;
  /** Some item is priced from a price the user entered. */
  quotedPrice: boolean;
}

/**
 * The month's total of some of a scenario's items (all by default), without the explanation: what
 * comparisons, break-even and volume charts need many of. The same rules and arithmetic as
 * `estimate`, so the figures agree to the cent.
 */
export function monthlyTotal(scenario: Scenario, catalogs: Catalogs, only?: (c: Charge) => boolean): MonthlyTotal {
  const ctx = ruleContext(scenario, catalogs);
  let total = ZERO;
  let upfront = ZERO;
  let complete = true;
  let examplePrice = false;
  let quotedPrice = false;
  for (const charge of charges(ctx)) {
    if (only && !only(charge)) continue;
    const item = itemAmount(ctx, charge);
    if (item.amount === undefined) {
      complete = false;
      continue;
    }
    total = total.plus(item.amount);
    upfront = upfront.plus(upfrontAmount(ctx, charge, item) ?? ZERO);
    const origin = weakestOrigin(item.prices);
    if (!item.amount.isZero() && origin === 'example') examplePrice = true;
    if (item.prices.some((p) => p?.origin === 'override')) quotedPrice = true;
  }
  return { total: asMoney(total), upfront: asMoney(upfront), complete, examplePrice, quotedPrice };
}

export type QuoteResult = { ok: true; scenario: Scenario; estimate: Estimate } | { ok: false; errors: FieldError[]; message: string };

/**
 * Validates a parsed scenario document and prices it: the one entry point of the CLI and the page.
 * `markupPercent` (0–100, a decimal string): a seller's margin on every billing item (see `priceEstimate`).
 */
export function quote(input: unknown, catalogs: Catalogs, options: { markupPercent?: string } = {}): QuoteResult {
  const v = validateScenario(input, catalogs);
  if (!v.ok) return { ok: false, errors: v.errors, message: formatInputError(v.errors) };
  const m = options.markupPercent === undefined ? undefined : dec(options.markupPercent);
  if (m && (!m.isFinite() || m.lt(0) || m.gt(100))) throw new RangeError(`markupPercent must be a decimal from 0 to 100 (got ${options.markupPercent})`);
  const scenario = withMarkup(v.scenario, m && asPercent(m));
  return { ok: true, scenario, estimate: estimate(scenario, catalogs) };
}
