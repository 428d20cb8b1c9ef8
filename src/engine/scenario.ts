/**
 * The scenario (SCENARIO.md, version 1): what a user wants priced. `validateScenario` checks a parsed
 * JSON document against the contract and the catalogs, naming every bad field; nothing is defaulted
 * silently (defaults are the contract's own, listed in DEFAULTS).
 */
import { findEdition, findOffering, regionsSold, type Catalogs } from './catalog.ts';
import { BACKENDS, BILLINGS, CLIENTS, PRICE_KEYS, isOneOf, type BackendPlace, type Billing, type ClientPlace, type PriceKey } from './ids.ts';
import { DECIMAL_RE, isRecord, show, type FieldError } from './issues.ts';
import {
  asCalls,
  asGB,
  asHours,
  asKB,
  asPercent,
  asQps,
  asUnitPrice,
  dec,
  type Calls,
  type Dec,
  type GB,
  type Hours,
  type KB,
  type Percent,
  type Qps,
  type UnitPrice,
} from './money.ts';
import { OFFERINGS, isDedicated, isOfferingId, offeringModule, type OfferingId } from './offerings/registry.ts';
import { DEFAULT_HOURS, MAX_HOURS } from './units.ts';

export const SCENARIO_VERSION = 1;

/** A number in a document: a JSON number or a decimal string (which keeps it exact). */
export type NumberText = number | string;

/**
 * A scenario document (SCENARIO.md) as the page and tools hold it: typed fields, numbers as typed.
 * It may still be invalid (a number field holding "abc"); `validateScenario` says what is wrong.
 */
export interface ScenarioDoc {
  version: typeof SCENARIO_VERSION;
  offering: OfferingId;
  region: string;
  edition?: string;
  instances?: NumberText;
  billing?: Billing;
  hours?: NumberText;
  callsPerMonth?: NumberText;
  peakQps?: NumberText;
  responseKB?: NumberText;
  requestKB?: NumberText;
  clientGB?: NumberText;
  backendGB?: NumberText;
  client?: ClientPlace;
  backend?: BackendPlace;
  firstYear?: boolean;
  bandwidthHours?: NumberText;
  discountPercent?: NumberText;
  prices?: Partial<Record<PriceKey, string>>;
}

/** A scenario as parsed JSON of unknown shape (the share link, the command line, an embedding page). */
export type ScenarioJson = Record<string, unknown>;

/** The contract's defaults (SCENARIO.md), in one place: validation applies them, the page shows them. */
export const SCENARIO_DEFAULTS = {
  instances: '1',
  billing: 'payg',
  hours: DEFAULT_HOURS,
  callsPerMonth: '0',
  responseKB: '0',
  requestKB: '0',
  client: 'internet',
  backend: 'private',
  firstYear: false,
  bandwidthHours: '0',
  discountPercent: '0',
} as const satisfies Partial<ScenarioDoc>;

/** A field of a document, or the contract's default where it has one. */
export function fieldOr<K extends keyof typeof SCENARIO_DEFAULTS>(doc: Partial<ScenarioDoc>, field: K): NonNullable<ScenarioDoc[K]> {
  return (doc[field] ?? SCENARIO_DEFAULTS[field]) as NonNullable<ScenarioDoc[K]>;
}

/** A validated scenario with the contract's defaults applied; every quantity exact and named. */
export interface Scenario {
  version: typeof SCENARIO_VERSION;
  offering: OfferingId;
  region: string;
  /** Dedicated offerings only. */
  edition?: string;
  instances: number;
  /** Dedicated offerings only. */
  billing?: Billing;
  /** Pay-as-you-go hours in the month (dedicated, payg). */
  hours: Hours;
  callsPerMonth: Calls;
  peakQps?: Qps;
  responseKB: KB;
  requestKB: KB;
  clientGB?: GB;
  backendGB?: GB;
  client: ClientPlace;
  backend: BackendPlace;
  firstYear: boolean;
  bandwidthHours: Hours;
  discountPercent: Percent;
  prices: Partial<Record<PriceKey, UnitPrice>>;
  /**
   * A seller's margin in percent (a partner's `markup`), raising every billing item after discounts,
   * before the item's single rounding. Never part of the scenario document: the page sets it
   * (`withMarkup`), a document cannot.
   */
  markupPercent?: Percent;
}

/** The scenario priced with a seller's margin (none when `markup` is absent or zero). */
export function withMarkup<S extends Scenario>(scenario: S, markup: Percent | undefined): S {
  if (!markup || markup.isZero()) {
    if (scenario.markupPercent === undefined) return scenario;
    const { markupPercent: _, ...rest } = scenario;
    return rest as S;
  }
  return { ...scenario, markupPercent: markup };
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

export { isDedicated };

const FIELDS = [
  'version',
  'offering',
  'region',
  'edition',
  'instances',
  'billing',
  'hours',
  'callsPerMonth',
  'peakQps',
  'responseKB',
  'requestKB',
  'clientGB',
  'backendGB',
  'client',
  'backend',
  'firstYear',
  'bandwidthHours',
  'discountPercent',
  'prices',
] as const;

/**
 * Largest number any field accepts. Far above any real workload (10^15 calls a month is about 385
 * million calls a second), and it keeps every product exact within the engine's decimal precision.
 */
const MAX_NUMBER = dec('1000000000000000');
/** The most instances a scenario (and so a comparison option) may have. */
export const MAX_INSTANCES = 1000;
/**
 * Most fractional digits a number may carry: enough for a duration in seconds written as hours with a
 * spreadsheet's or Python's full precision (179,996 s = "49.99888888888888888888888889" h), and the
 * engine's precision keeps every product of such numbers exact (money.ts).
 */
export const MAX_DECIMALS = 40;

export interface NumberRule {
  integer?: boolean;
  /** A percentage: "15%" is read as 15. */
  percent?: boolean;
  min: Dec;
  max: Dec;
  /** Words for the allowed range in messages. */
  allowed: string;
}

const NON_NEGATIVE: NumberRule = { min: dec(0), max: MAX_NUMBER, allowed: 'a number ≥ 0' };
const COUNT: NumberRule = { integer: true, min: dec(0), max: MAX_NUMBER, allowed: 'a whole number ≥ 0' };
const HOURS: NumberRule = { min: dec(0), max: dec(MAX_HOURS), allowed: `a number from 0 to ${MAX_HOURS}` };

/** Reads a number given as a JSON number or a decimal string, exactly. */
export function readNumber(value: unknown, field: string, rule: NumberRule, errors: FieldError[]): Dec | undefined {
  let text: string | undefined;
  const typed = typeof value === 'string' && rule.percent ? value.trim().replace(/\s*[%％]$/, '') : typeof value === 'string' ? value.trim() : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (typed !== undefined && DECIMAL_RE.test(typed)) text = typed;
  if (text === undefined) {
    errors.push({ field, message: `must be ${rule.allowed}, as a number or a decimal string (got ${show(value)})` });
    return undefined;
  }
  const n = dec(text);
  if (n.isNegative() && !n.isZero()) {
    errors.push({ field, message: `must be ${rule.allowed} (got ${show(value)})` });
    return undefined;
  }
  if (rule.integer && !n.isInteger()) {
    errors.push({ field, message: `must be ${rule.allowed} (got ${show(value)})` });
    return undefined;
  }
  if (n.lt(rule.min) || n.gt(rule.max)) {
    const range = rule.max.eq(MAX_NUMBER) ? `${rule.allowed}, at most 10^15` : rule.allowed;
    errors.push({ field, message: `must be ${range} (got ${show(value)})` });
    return undefined;
  }
  if (n.decimalPlaces() > MAX_DECIMALS) {
    errors.push({ field, message: `must have at most ${MAX_DECIMALS} decimals (got ${show(value)})` });
    return undefined;
  }
  return n.abs(); // -0 → 0
}

function readEnum<T extends string>(value: unknown, field: string, list: readonly T[], errors: FieldError[]): T | undefined {
  if (isOneOf(list, value)) return value;
  const got = value === undefined ? 'is required' : `got ${show(value)}`;
  errors.push({ field, message: `must be one of ${list.join(', ')} (${got})` });
  return undefined;
}

function notApplicable(field: string, why: string, errors: FieldError[]): void {
  errors.push({ field, message: `does not apply ${why}; remove it` });
}

function readPrices(value: unknown, errors: FieldError[]): Partial<Record<PriceKey, UnitPrice>> {
  const out: Partial<Record<PriceKey, UnitPrice>> = {};
  if (!isRecord(value)) {
    errors.push({ field: 'prices', message: `must be an object of unit prices such as {"traffic": "0.80"} (got ${show(value)})` });
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    const field = `prices.${key}`;
    if (!isOneOf(PRICE_KEYS, key)) {
      errors.push({ field, message: `is not a price key; allowed: ${PRICE_KEYS.join(', ')}` });
      continue;
    }
    if (typeof v !== 'string' || !DECIMAL_RE.test(v.trim()) || v.trim().startsWith('-')) {
      errors.push({ field, message: `must be a decimal string ≥ 0 such as "0.80" (got ${show(v)})` });
      continue;
    }
    const n = readNumber(v, field, NON_NEGATIVE, errors);
    if (n) out[key] = asUnitPrice(n);
  }
  const tiers = PRICE_KEYS.filter((k) => k.startsWith('calls.tier') && out[k] !== undefined);
  if (out.calls !== undefined && tiers.length > 0) {
    errors.push({
      field: 'prices',
      message: `gives calls (one flat rate for every call) together with ${tiers.join(', ')} (one tier's rate): give one or the other`,
    });
  }
  return out;
}

/**
 * Validates a parsed scenario document against SCENARIO.md and the catalogs. Every problem is
 * reported with its field; the result carries no guessed values.
 */
export function validateScenario(input: unknown, catalogs: Catalogs): ScenarioResult {
  const errors: FieldError[] = [];
  if (!isRecord(input)) {
    return { ok: false, errors: [{ field: '', message: `a scenario must be a JSON object (got ${show(input)})` }] };
  }
  for (const key of Object.keys(input)) {
    if (!isOneOf(FIELDS, key)) errors.push({ field: key, message: `is not a scenario field; allowed: ${FIELDS.join(', ')}` });
  }
  if (input.version !== SCENARIO_VERSION) {
    const got = input.version === undefined ? 'it is required' : `got ${show(input.version)}`;
    errors.push({ field: 'version', message: `must be ${SCENARIO_VERSION} (${got})` });
  }

  const offering = isOfferingId(input.offering) ? input.offering : undefined;
  if (!offering) {
    const got = input.offering === undefined ? 'is required' : `got ${show(input.offering)}`;
    errors.push({ field: 'offering', message: `must be one of ${OFFERINGS.join(', ')} (${got})` });
  }
  const found = offering ? findOffering(catalogs, offering) : undefined;
  if (offering && !found) errors.push({ field: 'offering', message: `has no price catalog loaded (${offering})` });
  const dedicated = offering ? isDedicated(offering) : false;

  // Region, then edition within the region.
  let region: string | undefined;
  if (typeof input.region !== 'string' || input.region === '') {
    errors.push({
      field: 'region',
      message: input.region === undefined ? "is required: the vendor's region id" : `must be the vendor's region id, a string (got ${show(input.region)})`,
    });
  } else if (found && !found.offering.regions.includes(input.region)) {
    errors.push({ field: 'region', message: `must be a region of ${found.offering.id}: ${found.offering.regions.join(', ')} (got ${show(input.region)})` });
  } else region = input.region;

  let edition: string | undefined;
  if (offering && !dedicated) {
    if (input.edition !== undefined) notApplicable('edition', `to ${offering}, which is priced per call`, errors);
  } else if (found) {
    const ids = found.offering.editions?.map((e) => e.id) ?? [];
    const e = typeof input.edition === 'string' ? findEdition(found.offering, input.edition) : undefined;
    if (input.edition === undefined) errors.push({ field: 'edition', message: `is required for ${found.offering.id}: one of ${ids.join(', ')}` });
    else if (!e) errors.push({ field: 'edition', message: `must be one of ${ids.join(', ')} (got ${show(input.edition)})` });
    else if (region && !regionsSold(found.offering, e).includes(region)) {
      errors.push({ field: 'edition', message: `${e.id} is not sold in ${region}; it is sold in ${regionsSold(found.offering, e).join(', ')}` });
    } else edition = e.id;
  }

  // Instance fields: dedicated offerings only.
  let instances = Number(SCENARIO_DEFAULTS.instances);
  let billing: Billing | undefined;
  let hours = asHours(dec(SCENARIO_DEFAULTS.hours));
  const perCall = offering && !dedicated ? `to ${offering}, which is priced per call` : undefined;
  if (input.instances !== undefined) {
    if (perCall) notApplicable('instances', perCall, errors);
    else {
      const n = readNumber(
        input.instances,
        'instances',
        { integer: true, min: dec(1), max: dec(MAX_INSTANCES), allowed: `a whole number from 1 to ${MAX_INSTANCES}` },
        errors,
      );
      if (n) instances = n.toNumber();
    }
  }
  if (input.billing !== undefined) {
    if (perCall) notApplicable('billing', perCall, errors);
    else billing = readEnum(input.billing, 'billing', BILLINGS, errors);
  } else if (dedicated) billing = SCENARIO_DEFAULTS.billing;
  if (input.hours !== undefined) {
    if (perCall) notApplicable('hours', perCall, errors);
    else if (billing && billing !== 'payg') notApplicable('hours', `to a ${billing} subscription, which is priced per term`, errors);
    else hours = asHours(readNumber(input.hours, 'hours', HOURS, errors) ?? hours);
  }

  const num = (field: string, rule: NumberRule): Dec | undefined => (input[field] === undefined ? undefined : readNumber(input[field], field, rule, errors));

  const callsPerMonth = asCalls(num('callsPerMonth', COUNT) ?? dec(SCENARIO_DEFAULTS.callsPerMonth));
  const peak = num('peakQps', NON_NEGATIVE);
  const peakQps = peak && asQps(peak);
  const responseKB = asKB(num('responseKB', NON_NEGATIVE) ?? dec(SCENARIO_DEFAULTS.responseKB));
  const requestKB = asKB(num('requestKB', NON_NEGATIVE) ?? dec(SCENARIO_DEFAULTS.requestKB));
  const cGB = num('clientGB', NON_NEGATIVE);
  const bGB = num('backendGB', NON_NEGATIVE);
  const clientGB = cGB && asGB(cGB);
  const backendGB = bGB && asGB(bGB);
  const client = input.client === undefined ? SCENARIO_DEFAULTS.client : readEnum(input.client, 'client', CLIENTS, errors);
  const backend = input.backend === undefined ? SCENARIO_DEFAULTS.backend : readEnum(input.backend, 'backend', BACKENDS, errors);

  let firstYear: boolean = SCENARIO_DEFAULTS.firstYear;
  if (input.firstYear !== undefined) {
    if (typeof input.firstYear === 'boolean') firstYear = input.firstYear;
    else errors.push({ field: 'firstYear', message: `must be true or false (got ${show(input.firstYear)})` });
  }

  let bandwidthHours = asHours(dec(SCENARIO_DEFAULTS.bandwidthHours));
  if (input.bandwidthHours !== undefined) {
    if (offering && !offeringModule(offering).fields.includes('bandwidthHours'))
      notApplicable('bandwidthHours', `to ${offering}, which bills no bandwidth by the hour`, errors);
    else bandwidthHours = asHours(readNumber(input.bandwidthHours, 'bandwidthHours', HOURS, errors) ?? bandwidthHours);
  }

  const discountPercent = asPercent(
    num('discountPercent', { min: dec(0), max: dec(100), percent: true, allowed: 'a percentage from 0 to 100 (15 or "15%")' }) ??
      dec(SCENARIO_DEFAULTS.discountPercent),
  );
  const prices = input.prices === undefined ? {} : readPrices(input.prices, errors);

  if (errors.length > 0 || !offering || !region || !client || !backend) return { ok: false, errors };
  return {
    ok: true,
    scenario: {
      version: SCENARIO_VERSION,
      offering,
      region,
      ...(edition !== undefined && { edition }),
      instances,
      ...(billing !== undefined && { billing }),
      hours,
      callsPerMonth,
      ...(peakQps !== undefined && { peakQps }),
      responseKB,
      requestKB,
      ...(clientGB !== undefined && { clientGB }),
      ...(backendGB !== undefined && { backendGB }),
      client,
      backend,
      firstYear,
      bandwidthHours,
      discountPercent,
      prices,
    },
  };
}
