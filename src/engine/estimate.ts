/**
 * One month's estimate of a validated scenario: the offering's rules declare the billing items,
 * `price.ts` prices them, and the total is the sum of the rounded items (RULES.md).
 */
import { findEdition, findOffering, type Catalogs } from './catalog.ts';
import { FORMULA_WORDS, type Charge, type EstimateWarning, type FormulaLocale } from './charges.ts';
import type { OfferingId } from './ids.ts';
import { formatInputError, type FieldError } from './issues.ts';
import { ZERO, dec, formatNumber, moneyString, type Dec } from './money.ts';
import { itemAmount, priceCharge, upfrontAmount, weakestOrigin, type EstimateLine, type MissingPrice } from './price.ts';
import { callsCharge } from './rules/calls.ts';
import type { RuleContext } from './rules/context.ts';
import { bandwidthCharge, instanceCharge, type InstanceBilling } from './rules/instance.ts';
import { trafficCharge } from './rules/traffic.ts';
import { validateScenario, type Scenario } from './scenario.ts';
import { publicNetwork } from './topology.ts';

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

/**
 * How each dedicated offering bills pay-as-you-go hours. Tencent and Huawei meter per second and
 * settle hourly, so fractional hours are billed as they are (seeds 000, 002); Alibaba's "minimum
 * billing cycle is one hour" bills a started hour whole (seed 003).
 */
export const INSTANCE_BILLING: Partial<Record<OfferingId, InstanceBilling>> = {
  'tencent.dedicated': { wholeHours: false },
  'alibaba.dedicated': { wholeHours: true },
  'huawei.dedicated': { wholeHours: false },
};

function instance(ctx: RuleContext): Charge {
  const rule = INSTANCE_BILLING[ctx.scenario.offering];
  if (!rule) throw new Error(`${ctx.scenario.offering} has no instances`);
  return instanceCharge(ctx, rule);
}

/** What each offering bills: the rules declare items; none of them holds a price. */
const RULES: Record<OfferingId, (ctx: RuleContext) => Charge[]> = {
  'tencent.dedicated': (ctx) => [instance(ctx), trafficCharge(ctx, { freeAllowance: false })],
  'tencent.shared': (ctx) => [callsCharge(ctx, { wholeUnits: false }), trafficCharge(ctx, { freeAllowance: true })],
  'alibaba.dedicated': (ctx) => [instance(ctx), trafficCharge(ctx, { freeAllowance: false })],
  // Public egress is billed as bandwidth per instance-hour, not per GB (seed 002).
  'huawei.dedicated': (ctx) => [instance(ctx), bandwidthCharge(ctx)],
  // Calls counted in started units of 10,000 (seed 004).
  'jdcloud.shared': (ctx) => [callsCharge(ctx, { wholeUnits: true }), trafficCharge(ctx, { freeAllowance: false })],
};

function warn(w: Omit<EstimateWarning, 'params'> & { params?: Record<string, string> }): EstimateWarning {
  return { params: {}, ...w };
}

/** Capacity and topology warnings: never a silent change of the scenario. */
function workloadWarnings(ctx: RuleContext): EstimateWarning[] {
  const { scenario: s, offering, edition } = ctx;
  const out: EstimateWarning[] = [];
  if (s.peakQps !== undefined && edition) {
    const capacity = dec(edition.qps).times(s.instances);
    if (s.peakQps.gt(capacity)) {
      const params = { peakQps: formatNumber(s.peakQps), capacity: formatNumber(capacity), edition: edition.id, editionName: edition.name[ctx.locale], instances: String(s.instances) };
      out.push(warn({ code: 'capacity', line: 'instance', params, message: `peak ${params.peakQps} QPS exceeds the ${params.capacity} QPS of ${s.instances} × ${edition.id}: choose a larger edition or more instances` }));
    }
  }
  if (s.peakQps !== undefined && offering.qpsCap !== undefined && s.peakQps.gt(offering.qpsCap)) {
    const params = { peakQps: formatNumber(s.peakQps), cap: formatNumber(dec(offering.qpsCap)) };
    out.push(warn({ code: 'qps-cap', params, message: `peak ${params.peakQps} QPS exceeds the ${params.cap} QPS cap of one ${offering.id} service, which cannot be raised` }));
  }
  if (offering.id === 'huawei.dedicated') {
    const pub = publicNetwork(s.client, s.backend);
    if (pub.client) {
      out.push(warn({ code: 'eip-not-included', message: 'calls from the public network need an EIP bound to the gateway, billed by the EIP service and not included here' }));
    }
    if (pub.backend && s.bandwidthHours.isZero()) {
      out.push(warn({ code: 'bandwidth-needed', line: 'bandwidth', message: 'a backend on the public network needs public bandwidth: set bandwidthHours to price it' }));
    }
  }
  return out;
}

export interface EstimateOptions {
  /** The language of the formulas' few words; English by default. */
  locale?: FormulaLocale;
}

/** What the rules and the pricing step see of a validated scenario. Throws if its catalog is absent. */
export function ruleContext(scenario: Scenario, catalogs: Catalogs, options: EstimateOptions = {}): RuleContext {
  const found = findOffering(catalogs, scenario.offering);
  if (!found) throw new Error(`no catalog for ${scenario.offering}`);
  const edition = findEdition(found.offering, scenario.edition);
  const locale = options.locale ?? 'en';
  return { scenario, catalog: found.catalog, offering: found.offering, locale, words: FORMULA_WORDS[locale], ...(edition && { edition }) };
}

/** Prices a validated scenario. Throws only if the scenario's catalog is not among `catalogs`. */
export function estimate(scenario: Scenario, catalogs: Catalogs, options: EstimateOptions = {}): Estimate {
  const ctx = ruleContext(scenario, catalogs, options);

  let total = ZERO;
  let upfront = ZERO;
  const lines: EstimateLine[] = [];
  const missing: MissingPrice[] = [];
  const warnings: EstimateWarning[] = [];
  for (const charge of RULES[scenario.offering](ctx)) {
    const priced = priceCharge(ctx, charge);
    if (priced.kind === 'missing') {
      missing.push(priced.missing);
      const keys = priced.missing.keys.join(', ');
      warnings.push(warn({ code: 'missing-price', line: charge.id, params: { keys }, message: `${ctx.catalog.name.en} publishes no ${keys} price for this configuration: enter a quoted price (prices.${priced.missing.keys[0]}) to complete the estimate` }));
      continue;
    }
    lines.push(priced.line);
    total = total.plus(priced.amount);
    if (priced.upfront) upfront = upfront.plus(priced.upfront);
    if (priced.line.confidence === 'example' && !priced.amount.isZero()) {
      warnings.push(warn({ code: 'example-price', line: charge.id, message: `the ${charge.id} price is a figure from the vendor's worked example, not a published list price` }));
    }
  }
  warnings.push(...workloadWarnings(ctx));
  return {
    currency: 'CNY',
    total: moneyString(total),
    upfront: moneyString(upfront),
    complete: missing.length === 0,
    lines,
    missing,
    warnings,
    catalog: { vendor: ctx.catalog.vendor, version: ctx.catalog.version, asOf: ctx.catalog.asOf },
  };
}

/**
 * The month's total alone, without the explanation: what comparisons, break-even and volume charts
 * need many of. The same rules and arithmetic as `estimate`, so the figures agree to the cent.
 */
export function monthlyTotal(scenario: Scenario, catalogs: Catalogs): MonthlyTotal {
  const ctx = ruleContext(scenario, catalogs);
  let total = ZERO;
  let upfront = ZERO;
  let complete = true;
  let examplePrice = false;
  for (const charge of RULES[scenario.offering](ctx)) {
    const item = itemAmount(ctx, charge);
    if (item.amount === undefined) {
      complete = false;
      continue;
    }
    total = total.plus(item.amount);
    upfront = upfront.plus(upfrontAmount(charge, item) ?? ZERO);
    if (!item.amount.isZero() && weakestOrigin(item.prices) === 'example') examplePrice = true;
  }
  return { total, upfront, complete, examplePrice };
}

export interface MonthlyTotal {
  total: Dec;
  upfront: Dec;
  complete: boolean;
  /** Some item is priced from a vendor's worked example rather than a list price. */
  examplePrice: boolean;
}

export type QuoteResult = { ok: true; scenario: Scenario; estimate: Estimate } | { ok: false; errors: FieldError[]; message: string };

/** Validates a parsed scenario document and prices it: the one entry point of the CLI and the page. */
export function quote(input: unknown, catalogs: Catalogs, options: EstimateOptions = {}): QuoteResult {
  const v = validateScenario(input, catalogs);
  if (!v.ok) return { ok: false, errors: v.errors, message: formatInputError(v.errors) };
  return { ok: true, scenario: v.scenario, estimate: estimate(v.scenario, catalogs, options) };
}
