/**
 * The estimate document (SCENARIO.md, "The estimate document"): several scenarios ("items") billed per
 * vendor account over a 36-month term. `validateEstimate` checks a parsed document and names every bad
 * field by its path (`items[2].scenario.region: …`); a scenario alone is read as a one-item estimate.
 */
import type { Catalogs } from '../catalog.ts';
import { VENDORS, isOneOf, type VendorId } from '../ids.ts';
import { isRecord, show, type FieldError } from '../issues.ts';
import { ZERO, asPercent, dec, type Percent } from '../money.ts';
import { vendorOf } from '../offerings/registry.ts';
import { readNumber, validateScenario, type NumberText, type Scenario, type ScenarioDoc } from '../scenario.ts';

export const ESTIMATE_KIND = 'estimate';
/** Items an estimate may hold. */
export const MAX_ITEMS = 50;
const MAX_NAME = 200;
const MAX_LABEL = 100;
/** Months of an account's first year a document may say are left. */
const MONTHS_IN_FIRST_YEAR = 12;

export interface EstimateItemDoc {
  label: string;
  group?: string;
  scenario: ScenarioDoc;
}

export interface AccountDoc {
  firstYearMonths?: NumberText;
  discountPercent?: NumberText;
}

/** The document as the page, links and tools hold it. */
export interface EstimateDoc {
  version: 1;
  kind: typeof ESTIMATE_KIND;
  name?: string;
  /** Who the estimate is for (printed on the quote). */
  customer?: string;
  /** What it is for (printed on the quote). */
  project?: string;
  items: EstimateItemDoc[];
  accounts?: Partial<Record<VendorId, AccountDoc>>;
  growthPercent?: NumberText;
}

export interface EstimateItem {
  label: string;
  group?: string;
  /** Validated, with the account's discount applied where the item gives none. */
  scenario: Scenario;
}

/** A vendor account's settings, as they apply to every item of that vendor. */
export interface Account {
  vendor: VendorId;
  /** Months of the account's first year left at month 1 (first-year free quotas apply in months 1 … this). */
  firstYearMonths: number;
  discountPercent?: Percent;
}

/** A validated estimate. */
export interface Estimate36 {
  name?: string;
  customer?: string;
  project?: string;
  items: EstimateItem[];
  /** One per vendor that has items, in the order vendors first appear. */
  accounts: Account[];
  /** Monthly compound growth of calls, traffic and peak, in percent. */
  growthPercent: Percent;
}

export type EstimateResult = { ok: true; estimate: Estimate36; doc: EstimateDoc } | { ok: false; errors: FieldError[] };

/** A parsed document that says it is an estimate (not a scenario). */
export function isEstimateJson(input: unknown): boolean {
  return isRecord(input) && input.kind === ESTIMATE_KIND;
}

/** A scenario document as a one-item estimate (SCENARIO.md: a scenario alone means a one-item estimate). */
export function estimateOfScenario(scenario: ScenarioDoc, label = '1'): EstimateDoc {
  return { version: 1, kind: ESTIMATE_KIND, items: [{ label, scenario }] };
}

const FIELDS = ['version', 'kind', 'name', 'customer', 'project', 'items', 'accounts', 'growthPercent'] as const;
const ITEM_FIELDS = ['label', 'group', 'scenario'] as const;
const ACCOUNT_FIELDS = ['firstYearMonths', 'discountPercent'] as const;

function readText(value: unknown, field: string, max: number, errors: FieldError[], required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push({ field, message: `${required ? 'is required: ' : 'must be '}a non-empty text of at most ${max} characters (got ${show(value)})` });
    return undefined;
  }
  if ([...value].length > max) {
    errors.push({ field, message: `must be at most ${max} characters (got ${[...value].length})` });
    return undefined;
  }
  return value;
}

function unknownFields(r: Record<string, unknown>, allowed: readonly string[], prefix: string, what: string, errors: FieldError[]): void {
  for (const k of Object.keys(r)) {
    if (!allowed.includes(k)) errors.push({ field: `${prefix}${k}`, message: `is not ${what} field; allowed: ${allowed.join(', ')}` });
  }
}

function readAccounts(value: unknown, errors: FieldError[]): Partial<Record<VendorId, { firstYearMonths?: number; discountPercent?: Percent }>> {
  const out: Partial<Record<VendorId, { firstYearMonths?: number; discountPercent?: Percent }>> = {};
  if (value === undefined) return out;
  if (!isRecord(value)) {
    errors.push({ field: 'accounts', message: `must be an object keyed by vendor (${VENDORS.join(', ')}) (got ${show(value)})` });
    return out;
  }
  for (const [vendor, v] of Object.entries(value)) {
    const field = `accounts.${vendor}`;
    if (!isOneOf(VENDORS, vendor)) {
      errors.push({ field, message: `is not a vendor; allowed: ${VENDORS.join(', ')}` });
      continue;
    }
    if (!isRecord(v)) {
      errors.push({ field, message: `must be an object such as {"firstYearMonths": 7, "discountPercent": 12} (got ${show(v)})` });
      continue;
    }
    unknownFields(v, ACCOUNT_FIELDS, `${field}.`, 'an account', errors);
    const account: { firstYearMonths?: number; discountPercent?: Percent } = {};
    if (v.firstYearMonths !== undefined) {
      const n = readNumber(
        v.firstYearMonths,
        `${field}.firstYearMonths`,
        { integer: true, min: dec(0), max: dec(MONTHS_IN_FIRST_YEAR), allowed: `a whole number of months from 0 to ${MONTHS_IN_FIRST_YEAR}` },
        errors,
      );
      if (n) account.firstYearMonths = n.toNumber();
    }
    if (v.discountPercent !== undefined) {
      const n = readNumber(
        v.discountPercent,
        `${field}.discountPercent`,
        { min: dec(0), max: dec(100), percent: true, allowed: 'a percentage from 0 to 100 (12 or "12%")' },
        errors,
      );
      if (n) account.discountPercent = asPercent(n);
    }
    out[vendor] = account;
  }
  return out;
}

/**
 * Validates a parsed estimate document against SCENARIO.md and the catalogs. Items are validated as
 * scenarios, their errors prefixed with the item's path. Items of one vendor with no account entry
 * must agree on `firstYear`; items of one account that disagree on a pooled usage price are refused
 * by `checkPooledPrices` (pricing.ts), which needs the priced items.
 */
export function validateEstimateDoc(input: unknown, catalogs: Catalogs): EstimateResult {
  const errors: FieldError[] = [];
  if (!isRecord(input)) return { ok: false, errors: [{ field: '', message: `an estimate must be a JSON object (got ${show(input)})` }] };
  unknownFields(input, FIELDS, '', 'an estimate', errors);
  if (input.version !== 1)
    errors.push({ field: 'version', message: `must be 1 (${input.version === undefined ? 'it is required' : `got ${show(input.version)}`})` });
  if (input.kind !== ESTIMATE_KIND) errors.push({ field: 'kind', message: `must be "${ESTIMATE_KIND}" (got ${show(input.kind)})` });
  const name = readText(input.name, 'name', MAX_NAME, errors, false);
  const customer = readText(input.customer, 'customer', MAX_NAME, errors, false);
  const project = readText(input.project, 'project', MAX_NAME, errors, false);
  const meta = { ...(name !== undefined && { name }), ...(customer !== undefined && { customer }), ...(project !== undefined && { project }) };

  const items: EstimateItem[] = [];
  const docs: EstimateItemDoc[] = [];
  if (!Array.isArray(input.items) || input.items.length < 1 || input.items.length > MAX_ITEMS) {
    const got = Array.isArray(input.items) ? `${input.items.length} items` : show(input.items);
    errors.push({ field: 'items', message: `must be a list of 1 to ${MAX_ITEMS} items {label, group?, scenario} (got ${got})` });
  }
  const list: unknown[] = Array.isArray(input.items) ? input.items.slice(0, MAX_ITEMS) : [];
  const accounts = readAccounts(input.accounts, errors);
  let growth = asPercent(ZERO);
  if (input.growthPercent !== undefined) {
    const g = readNumber(
      input.growthPercent,
      'growthPercent',
      { min: dec(0), max: dec(100), percent: true, allowed: 'a percentage from 0 to 100 (monthly, compound)' },
      errors,
    );
    if (g) growth = asPercent(g);
  }

  list.forEach((raw, i) => {
    const field = `items[${i}]`;
    if (!isRecord(raw)) {
      errors.push({ field, message: `must be an object {label, group?, scenario} (got ${show(raw)})` });
      return;
    }
    unknownFields(raw, ITEM_FIELDS, `${field}.`, 'an item', errors);
    const label = readText(raw.label, `${field}.label`, MAX_LABEL, errors, true);
    const group = readText(raw.group, `${field}.group`, MAX_LABEL, errors, false);
    if (raw.scenario === undefined) {
      errors.push({ field: `${field}.scenario`, message: 'is required: the item as a scenario' });
      return;
    }
    const v = validateScenario(raw.scenario, catalogs);
    if (!v.ok) {
      for (const e of v.errors) errors.push({ field: e.field ? `${field}.scenario.${e.field}` : `${field}.scenario`, message: e.message });
      return;
    }
    if (label === undefined) return;
    const doc = raw.scenario as ScenarioDoc; // validated
    const account = accounts[vendorOf(v.scenario.offering)];
    const scenario: Scenario =
      doc.discountPercent === undefined && account?.discountPercent !== undefined ? { ...v.scenario, discountPercent: account.discountPercent } : v.scenario;
    items.push({ label, ...(group !== undefined && { group }), scenario });
    docs.push({ label, ...(group !== undefined && { group }), scenario: doc });
  });

  // Each vendor with items has an account; its first-year months from the document, else from the items.
  const byVendor = new Map<VendorId, number[]>();
  items.forEach((item, i) => {
    const vendor = vendorOf(item.scenario.offering);
    byVendor.set(vendor, [...(byVendor.get(vendor) ?? []), i]);
  });
  const out: Account[] = [];
  for (const [vendor, indexes] of byVendor) {
    const given = accounts[vendor];
    let firstYearMonths = given?.firstYearMonths;
    if (firstYearMonths === undefined) {
      const first = items[indexes[0]!]!.scenario.firstYear;
      const odd = indexes.find((i) => items[i]!.scenario.firstYear !== first);
      if (odd !== undefined) {
        errors.push({
          field: `items[${odd}].scenario.firstYear`,
          message: `disagrees with items[${indexes[0]}] on whether the ${vendor} account is in its first year: one account has one first year; set accounts.${vendor}.firstYearMonths instead`,
        });
      }
      firstYearMonths = first ? MONTHS_IN_FIRST_YEAR : 0;
    }
    out.push({ vendor, firstYearMonths, ...(given?.discountPercent !== undefined && { discountPercent: given.discountPercent }) });
  }

  if (errors.length > 0) return { ok: false, errors };
  const doc: EstimateDoc = {
    version: 1,
    kind: ESTIMATE_KIND,
    ...meta,
    items: docs,
    ...(input.accounts !== undefined && { accounts: input.accounts as EstimateDoc['accounts'] }),
    ...(input.growthPercent !== undefined && { growthPercent: input.growthPercent as NumberText }),
  };
  return { ok: true, estimate: { ...meta, items, accounts: out, growthPercent: growth }, doc };
}
