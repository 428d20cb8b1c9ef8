/**
 * Price catalogs: one versioned JSON file per vendor (public/catalogs/<vendor>.json). The catalog says
 * *how much*; the rules (rules/*.ts) say *what* is billed. `parseCatalog` checks a file against the
 * schema below and names the bad path; nothing is defaulted.
 */
import {
  BACKENDS,
  CLIENTS,
  CONFIDENCES,
  PRICE_KEYS,
  VENDORS,
  isOneOf,
  type BackendPlace,
  type ClientPlace,
  type Confidence,
  type PriceKey,
  type VendorId,
} from './ids.ts';
import type { OfferingId } from './offerings/registry.ts';
import { DECIMAL_RE, InputError, isRecord, show, type FieldError } from './issues.ts';

export const CATALOG_SCHEMA_VERSION = 1;

/** A text people read, in both languages of the page (catalog names, source titles and sections, derivations). */
export interface LocalText {
  zh: string;
  en: string;
}

/** Where prices were read: a vendor document, with the date it was read. */
export interface CatalogSource {
  /** The document's title in both languages (a vendor's Chinese document under the vendor's own Chinese title). */
  title: LocalText;
  url?: string;
  /** The seed document it was transcribed from, when there is one. */
  document?: string;
  /** The vendor's own "updated on" date of the document, when it shows one. */
  published?: string;
  /** When the prices were read from it (YYYY-MM-DD). */
  read: string;
}

export interface CatalogRegion {
  id: string;
  name: LocalText;
  area: 'mainland' | 'international';
  /**
   * The city it stands for when one workload is compared across vendors (RULES.md, "The same city
   * at each vendor"): one of CITIES; absent where the comparison has no such city.
   */
  city?: City;
}

/** Cities of the cross-vendor comparison (RULES.md); Guangzhou stands for Guangzhou / Shenzhen. */
export const CITIES = ['beijing', 'shanghai', 'guangzhou', 'chengdu', 'hongkong', 'singapore', 'tokyo', 'frankfurt', 'siliconvalley', 'virginia'] as const;
export type City = (typeof CITIES)[number];

export interface CatalogEdition {
  id: string;
  name: LocalText;
  /** Requests per second one instance carries. */
  qps: number;
  /** Availability SLA in percent ("99.95"); absent where the vendor publishes none. */
  sla?: string;
  /** Regions where this edition is sold; absent means every region of the offering. */
  regions?: string[];
}

export interface CatalogPrice {
  key: PriceKey;
  /** Dedicated offerings: the edition this price is for; absent for prices that apply to every edition. */
  edition?: string;
  /** Regions this price applies to; absent means every region of the offering. */
  regions?: string[];
  /** Decimal string in CNY per the key's unit (元/小时, 元/月, 元/年, 元/GB, 元/万次). */
  price: string;
  source: string;
  /** Where in the source the price stands, in both languages. */
  section: LocalText;
  confidence: Confidence;
  /** How a `derived` price was computed, for people, in both languages of the page. */
  derivation?: LocalText;
}

/** A monthly free allowance (calls or GB). */
export interface FreeQuota extends Sourced {
  amount: string;
  /** Only in the account's first year (`firstYear: true` in the scenario). */
  firstYearOnly: boolean;
}

/** The smallest fee a vendor charges for a billing item that is not zero (Huawei: 0.01 元). */
export interface MinimumFee extends Sourced {
  amount: string;
}

/** A vendor fact that is not a price (how hours or calls are counted, what is billed), with its source. */
export interface Sourced {
  source: string;
  /** Where in the source the fact stands, in both languages. */
  section: LocalText;
}

/**
 * How pay-as-you-go instance hours are billed: `per-second` metering bills fractional hours as they are
 * (Tencent, Huawei: "按秒计费，按小时结算"); `whole-hours` bills a started hour whole (Alibaba: "the minimum
 * billing cycle is one hour").
 */
export interface InstanceHours extends Sourced {
  billing: 'per-second' | 'whole-hours';
}

/** How calls are counted for their price: per `size` calls (元/万次); `roundUp`: a started unit counts whole (JD). */
export interface CallUnit extends Sourced {
  size: string;
  roundUp: boolean;
}

/** Which egress the vendor bills per GB, by where the client and the backend sit (RULES.md, topology). */
export interface BilledEgress extends Sourced {
  client: ClientPlace[];
  backend: BackendPlace[];
}

/** A step of progressive call pricing: billable calls up to `upTo` (cumulative) at `key`'s price. */
export interface CallTier {
  key: PriceKey;
  upTo?: string;
}

export interface CatalogOffering {
  id: OfferingId;
  name: LocalText;
  /** Regions where the offering is sold. */
  regions: string[];
  editions?: CatalogEdition[];
  /** Offering-wide SLA in percent (pay-per-call offerings). */
  sla?: string;
  /** Offering-wide peak QPS cap that cannot be raised. */
  qpsCap?: number;
  qpsCapSource?: string;
  slaSource?: string;
  callTiers?: CallTier[];
  callUnit?: CallUnit;
  freeCalls?: FreeQuota;
  freeTrafficGB?: FreeQuota;
  instanceHours?: InstanceHours;
  billedEgress?: BilledEgress;
  minimumFee?: MinimumFee;
  prices: CatalogPrice[];
}

export interface Catalog {
  schemaVersion: typeof CATALOG_SCHEMA_VERSION;
  vendor: VendorId;
  name: LocalText;
  version: string;
  asOf: string;
  currency: 'CNY';
  sources: Record<string, CatalogSource>;
  regions: CatalogRegion[];
  offerings: CatalogOffering[];
}

/** All vendors' catalogs, as the engine takes them. */
export type Catalogs = Partial<Record<VendorId, Catalog>>;

// ---------------------------------------------------------------------------------------------
// Validation. Written out rather than generated: each message says what is allowed.

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

class Checker {
  readonly errors: FieldError[] = [];
  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }
  record(value: unknown, field: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.fail(field, `must be an object (got ${show(value)})`);
    return undefined;
  }
  array(value: unknown, field: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.fail(field, `must be an array (got ${show(value)})`);
    return [];
  }
  string(value: unknown, field: string, optional = false): string | undefined {
    if (value === undefined && optional) return undefined;
    if (typeof value === 'string' && value.length > 0) return value;
    this.fail(field, `must be a non-empty string (got ${show(value)})`);
    return undefined;
  }
  decimal(value: unknown, field: string, optional = false): string | undefined {
    if (value === undefined && optional) return undefined;
    if (typeof value === 'string' && DECIMAL_RE.test(value) && !value.startsWith('-')) return value;
    this.fail(field, `must be a non-negative decimal string such as "0.80" (got ${show(value)})`);
    return undefined;
  }
  date(value: unknown, field: string, optional = false): void {
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || !DATE_RE.test(value)) this.fail(field, `must be a date YYYY-MM-DD (got ${show(value)})`);
  }
  positiveInt(value: unknown, field: string): void {
    if (!(typeof value === 'number' && Number.isInteger(value) && value > 0)) {
      this.fail(field, `must be a positive integer (got ${show(value)})`);
    }
  }
  /** A text in both languages of the page: `{ "zh": "…", "en": "…" }`, each language named when it is missing. */
  text(value: unknown, field: string): void {
    if (typeof value === 'string') {
      this.fail(field, `must give the text in both languages, { "zh": "…", "en": "…" } (got the single string ${show(value)})`);
      return;
    }
    const r = this.record(value, field);
    if (!r) return;
    this.onlyKeys(r, field, ['zh', 'en']);
    for (const [lang, name] of [
      ['zh', 'Chinese'],
      ['en', 'English'],
    ] as const) {
      const v = r[lang];
      if (typeof v !== 'string' || v.trim() === '') this.fail(`${field}.${lang}`, `the ${name} text is missing: must be a non-empty string (got ${show(v)})`);
    }
  }
  onlyKeys(r: Record<string, unknown>, field: string, allowed: readonly string[]): void {
    for (const k of Object.keys(r)) {
      if (!allowed.includes(k)) this.fail(field ? `${field}.${k}` : k, `unknown field; allowed: ${allowed.join(', ')}`);
    }
  }
}

/** A sourced amount: a free quota (with `firstYearOnly`) or a minimum fee. */
function checkAmount(c: Checker, value: unknown, field: string, sources: Set<string>, quota: boolean): void {
  if (value === undefined) return;
  const r = c.record(value, field);
  if (!r) return;
  c.onlyKeys(r, field, quota ? ['amount', 'firstYearOnly', 'source', 'section'] : ['amount', 'source', 'section']);
  c.decimal(r.amount, `${field}.amount`);
  if (quota && typeof r.firstYearOnly !== 'boolean') c.fail(`${field}.firstYearOnly`, `must be true or false (got ${show(r.firstYearOnly)})`);
  checkSourceRef(c, r.source, `${field}.source`, sources);
  c.text(r.section, `${field}.section`);
}

function checkSourced(c: Checker, r: Record<string, unknown>, field: string, sources: Set<string>): void {
  checkSourceRef(c, r.source, `${field}.source`, sources);
  c.text(r.section, `${field}.section`);
}

/** The vendor facts that are not prices: how hours and calls are counted, which egress is billed. */
function checkFacts(c: Checker, o: Record<string, unknown>, field: string, sources: Set<string>): void {
  if (o.instanceHours !== undefined) {
    const f = `${field}.instanceHours`;
    const r = c.record(o.instanceHours, f);
    if (r) {
      c.onlyKeys(r, f, ['billing', 'source', 'section']);
      if (r.billing !== 'per-second' && r.billing !== 'whole-hours') c.fail(`${f}.billing`, `must be "per-second" or "whole-hours" (got ${show(r.billing)})`);
      checkSourced(c, r, f, sources);
    }
  }
  if (o.callUnit !== undefined) {
    const f = `${field}.callUnit`;
    const r = c.record(o.callUnit, f);
    if (r) {
      c.onlyKeys(r, f, ['size', 'roundUp', 'source', 'section']);
      const size = c.decimal(r.size, `${f}.size`);
      if (size !== undefined && !/^[1-9]\d*$/.test(size)) c.fail(`${f}.size`, `must be a whole number of calls ≥ 1 (got ${show(size)})`);
      if (typeof r.roundUp !== 'boolean') c.fail(`${f}.roundUp`, `must be true or false (got ${show(r.roundUp)})`);
      checkSourced(c, r, f, sources);
    }
  }
  if (o.billedEgress !== undefined) {
    const f = `${field}.billedEgress`;
    const r = c.record(o.billedEgress, f);
    if (r) {
      c.onlyKeys(r, f, ['client', 'backend', 'source', 'section']);
      c.array(r.client, `${f}.client`).forEach((v, i) => {
        if (!isOneOf(CLIENTS, v)) c.fail(`${f}.client[${i}]`, `must be one of ${CLIENTS.join(', ')} (got ${show(v)})`);
      });
      c.array(r.backend, `${f}.backend`).forEach((v, i) => {
        if (!isOneOf(BACKENDS, v)) c.fail(`${f}.backend[${i}]`, `must be one of ${BACKENDS.join(', ')} (got ${show(v)})`);
      });
      checkSourced(c, r, f, sources);
    }
  }
}

function checkSourceRef(c: Checker, value: unknown, field: string, sources: Set<string>): void {
  const s = c.string(value, field);
  if (s !== undefined && !sources.has(s)) c.fail(field, `names no entry of "sources" (got ${show(s)})`);
}

function checkRegionRefs(c: Checker, value: unknown, field: string, regions: Set<string>): string[] {
  const list = c.array(value, field);
  list.forEach((id, i) => {
    if (typeof id !== 'string' || !regions.has(id)) c.fail(`${field}[${i}]`, `names no region of this catalog (got ${show(id)})`);
  });
  return list.filter((id): id is string => typeof id === 'string');
}

function checkOffering(c: Checker, value: unknown, field: string, vendor: unknown, regions: Set<string>, sources: Set<string>): void {
  const o = c.record(value, field);
  if (!o) return;
  c.onlyKeys(o, field, [
    'id',
    'name',
    'regions',
    'editions',
    'sla',
    'slaSource',
    'qpsCap',
    'qpsCapSource',
    'callTiers',
    'callUnit',
    'freeCalls',
    'freeTrafficGB',
    'instanceHours',
    'billedEgress',
    'minimumFee',
    'prices',
  ]);
  // Which offerings exist is the registry's to say (offerings/registry.ts checks the ids and the facts each needs).
  if (typeof o.id !== 'string' || !/^[a-z]+\.[a-z]+$/.test(o.id)) c.fail(`${field}.id`, `must be an offering id such as "tencent.shared" (got ${show(o.id)})`);
  else if (o.id.slice(0, o.id.indexOf('.')) !== vendor) c.fail(`${field}.id`, `belongs to another vendor's catalog (got ${show(o.id)})`);
  checkFacts(c, o, field, sources);
  c.text(o.name, `${field}.name`);
  const sold = new Set(checkRegionRefs(c, o.regions, `${field}.regions`, regions));
  if (o.sla !== undefined) c.decimal(o.sla, `${field}.sla`);
  if (o.qpsCap !== undefined) c.positiveInt(o.qpsCap, `${field}.qpsCap`);
  if (o.slaSource !== undefined) checkSourceRef(c, o.slaSource, `${field}.slaSource`, sources);
  if (o.qpsCapSource !== undefined) checkSourceRef(c, o.qpsCapSource, `${field}.qpsCapSource`, sources);

  const editionIds = new Set<string>();
  if (o.editions !== undefined) {
    c.array(o.editions, `${field}.editions`).forEach((ev, i) => {
      const ef = `${field}.editions[${i}]`;
      const e = c.record(ev, ef);
      if (!e) return;
      c.onlyKeys(e, ef, ['id', 'name', 'qps', 'sla', 'regions']);
      const id = c.string(e.id, `${ef}.id`);
      if (id !== undefined) {
        if (editionIds.has(id)) c.fail(`${ef}.id`, `duplicate edition ${show(id)}`);
        editionIds.add(id);
      }
      c.text(e.name, `${ef}.name`);
      c.positiveInt(e.qps, `${ef}.qps`);
      if (e.sla !== undefined) c.decimal(e.sla, `${ef}.sla`);
      if (e.regions !== undefined) {
        checkRegionRefs(c, e.regions, `${ef}.regions`, regions).forEach((r, j) => {
          if (!sold.has(r)) c.fail(`${ef}.regions[${j}]`, `is not a region of the offering (got ${show(r)})`);
        });
      }
    });
  }

  if (o.callTiers !== undefined) {
    const tiers = c.array(o.callTiers, `${field}.callTiers`);
    tiers.forEach((tv, i) => {
      const tf = `${field}.callTiers[${i}]`;
      const t = c.record(tv, tf);
      if (!t) return;
      c.onlyKeys(t, tf, ['key', 'upTo']);
      if (!isOneOf(PRICE_KEYS, t.key) || !String(t.key).startsWith('calls'))
        c.fail(`${tf}.key`, `must be calls, calls.tier1, calls.tier2 or calls.tier3 (got ${show(t.key)})`);
      const last = i === tiers.length - 1;
      if (last && t.upTo !== undefined) c.fail(`${tf}.upTo`, 'the last tier has no upper bound');
      if (!last) c.decimal(t.upTo, `${tf}.upTo`);
    });
  }
  checkAmount(c, o.freeCalls, `${field}.freeCalls`, sources, true);
  checkAmount(c, o.freeTrafficGB, `${field}.freeTrafficGB`, sources, true);
  checkAmount(c, o.minimumFee, `${field}.minimumFee`, sources, false);

  c.array(o.prices, `${field}.prices`).forEach((pv, i) => {
    const pf = `${field}.prices[${i}]`;
    const p = c.record(pv, pf);
    if (!p) return;
    c.onlyKeys(p, pf, ['key', 'edition', 'regions', 'price', 'source', 'section', 'confidence', 'derivation']);
    if (!isOneOf(PRICE_KEYS, p.key)) c.fail(`${pf}.key`, `must be one of ${PRICE_KEYS.join(', ')} (got ${show(p.key)})`);
    if (p.edition !== undefined && !(typeof p.edition === 'string' && editionIds.has(p.edition))) {
      c.fail(`${pf}.edition`, `names no edition of this offering (got ${show(p.edition)})`);
    }
    if (p.regions !== undefined) checkRegionRefs(c, p.regions, `${pf}.regions`, regions);
    c.decimal(p.price, `${pf}.price`);
    checkSourceRef(c, p.source, `${pf}.source`, sources);
    c.text(p.section, `${pf}.section`);
    if (!isOneOf(CONFIDENCES, p.confidence)) c.fail(`${pf}.confidence`, `must be one of ${CONFIDENCES.join(', ')} (got ${show(p.confidence)})`);
    if (p.confidence === 'derived' || p.derivation !== undefined) c.text(p.derivation, `${pf}.derivation`);
  });
}

/**
 * Checks parsed JSON against the catalog's structure. Returns the catalog, typed, or throws an
 * InputError listing every bad path (prefixed with `name`, e.g. the file name). What each offering
 * needs of it is checked by `parseCatalog` (offerings/registry.ts), which every loader calls.
 */
export function parseCatalogShape(json: unknown, name = 'catalog'): Catalog {
  const c = new Checker();
  const root = c.record(json, '');
  if (!root) throw new InputError(c.errors, name);
  c.onlyKeys(root, '', ['schemaVersion', 'vendor', 'name', 'version', 'asOf', 'currency', 'sources', 'regions', 'offerings']);
  if (root.schemaVersion !== CATALOG_SCHEMA_VERSION) c.fail('schemaVersion', `must be ${CATALOG_SCHEMA_VERSION} (got ${show(root.schemaVersion)})`);
  if (!isOneOf(VENDORS, root.vendor)) c.fail('vendor', `must be one of ${VENDORS.join(', ')} (got ${show(root.vendor)})`);
  c.text(root.name, 'name');
  c.string(root.version, 'version');
  c.date(root.asOf, 'asOf');
  if (root.currency !== 'CNY') c.fail('currency', `must be "CNY" (got ${show(root.currency)})`);

  const sources = new Set<string>();
  const srcs = c.record(root.sources, 'sources');
  if (srcs) {
    for (const [id, sv] of Object.entries(srcs)) {
      const sf = `sources.${id}`;
      const s = c.record(sv, sf);
      if (!s) continue;
      sources.add(id);
      c.onlyKeys(s, sf, ['title', 'url', 'document', 'published', 'read']);
      c.text(s.title, `${sf}.title`);
      const url = c.string(s.url, `${sf}.url`, true);
      // A source's address becomes a link on the page: https only.
      if (url !== undefined && !url.startsWith('https://')) c.fail(`${sf}.url`, `must be an https:// address (got ${show(url)})`);
      c.string(s.document, `${sf}.document`, true);
      c.date(s.published, `${sf}.published`, true);
      c.date(s.read, `${sf}.read`);
    }
  }

  const regions = new Set<string>();
  c.array(root.regions, 'regions').forEach((rv, i) => {
    const rf = `regions[${i}]`;
    const r = c.record(rv, rf);
    if (!r) return;
    c.onlyKeys(r, rf, ['id', 'name', 'area', 'city']);
    if (r.city !== undefined && !isOneOf(CITIES, r.city)) c.fail(`${rf}.city`, `must be one of ${CITIES.join(', ')} (got ${show(r.city)})`);
    const id = c.string(r.id, `${rf}.id`);
    if (id !== undefined) {
      if (regions.has(id)) c.fail(`${rf}.id`, `duplicate region ${show(id)}`);
      regions.add(id);
    }
    c.text(r.name, `${rf}.name`);
    if (r.area !== 'mainland' && r.area !== 'international') c.fail(`${rf}.area`, `must be "mainland" or "international" (got ${show(r.area)})`);
  });

  c.array(root.offerings, 'offerings').forEach((ov, i) => checkOffering(c, ov, `offerings[${i}]`, root.vendor, regions, sources));

  if (c.errors.length > 0) throw new InputError(c.errors, name);
  return json as Catalog;
}

// ---------------------------------------------------------------------------------------------
// Look-ups.

export function findOffering(catalogs: Catalogs, id: OfferingId): { catalog: Catalog; offering: CatalogOffering } | undefined {
  const catalog = catalogs[id.slice(0, id.indexOf('.')) as VendorId];
  const offering = catalog?.offerings.find((o) => o.id === id);
  return catalog && offering ? { catalog, offering } : undefined;
}

export function findRegion(catalog: Catalog, id: string): CatalogRegion | undefined {
  return catalog.regions.find((r) => r.id === id);
}

export function findEdition(offering: CatalogOffering, id: string | undefined): CatalogEdition | undefined {
  return id === undefined ? undefined : offering.editions?.find((e) => e.id === id);
}

/** Regions where an edition (or, without one, the offering) is sold. */
export function regionsSold(offering: CatalogOffering, edition?: CatalogEdition): string[] {
  return edition?.regions ?? offering.regions;
}

/** The catalog price for a key, edition and region, or undefined when the vendor publishes none. */
export function findPrice(offering: CatalogOffering, key: PriceKey, edition: string | undefined, region: string): CatalogPrice | undefined {
  return offering.prices.find(
    (p) => p.key === key && (p.edition === undefined || p.edition === edition) && (p.regions === undefined || p.regions.includes(region)),
  );
}
