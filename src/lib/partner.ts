/**
 * A partner's options (docs/embedding.md, "Partner options"): its margin (`markup`, percent, raising
 * every billing item after discounts), its name (shown in the header and as the seller on the quote),
 * the vendors and offerings it offers, and the estimate its page opens with when a link names none.
 *
 * They come from the page's URL and, for a partner's own deployment, from a configuration fixed at
 * build time (`partner.config.json` or `VITE_PARTNER_CONFIG`, read by vite.config.ts). What the
 * configuration fixes, the URL cannot exceed: a configured margin or name wins over the URL's, and the
 * URL can only narrow the configured vendors and offerings. An invalid value is ignored with a message
 * the page shows (`problems`). Plain strings only: nothing here is ever rendered as HTML.
 */
import { VENDORS, isOneOf, type VendorId } from '../engine/ids.ts';

export interface PartnerOptions {
  /** The partner's margin in percent, as a decimal string from 0 to 100; '0' when there is none. */
  markupPercent: string;
  /** The partner's name, when a partner presents the calculator. */
  name?: string;
  /** The vendors offered (all when absent). */
  vendors?: readonly VendorId[];
  /** The offerings offered, ids such as `alibaba.dedicated` (all of the offered vendors' when absent). */
  offerings?: readonly string[];
  /** The estimate or scenario document opened when the link names none (the build's configuration). */
  defaultDocument?: unknown;
  /** Why a value of the URL or the configuration was ignored, in English (shown on the page). */
  problems: readonly string[];
}

/** The build-time configuration (`partner.config.json`): the same options, fixed for a deployment. */
export interface PartnerConfig {
  markupPercent?: string;
  name?: string;
  vendors?: VendorId[];
  offerings?: string[];
  /** A scenario or estimate document: what the page opens when its link names none. */
  estimate?: unknown;
}

/** The longest partner name shown. */
export const MAX_NAME = 80;
const MARKUP = /^(100(\.0{1,4})?|\d{1,2}(\.\d{1,4})?)$/;
const OFFERING = /^([a-z]+)\.([a-z][a-z0-9-]{0,30})$/;

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const show = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

/** A margin: a decimal from 0 to 100 with at most 4 decimals, no sign, exponent or % ("10", "12.5"). */
export function parseMarkup(raw: string): Parsed<string> {
  const v = raw.trim();
  if (!MARKUP.test(v)) return { ok: false, problem: `markup ${show(raw)} is not a percentage from 0 to 100 such as 10 or 12.5 (no % sign): ignored` };
  // Canonical: no leading zeros, no trailing decimal zeros ("010.50" → "10.5").
  const [int = '0', frac = ''] = v.split('.');
  const f = frac.replace(/0+$/, '');
  return { ok: true, value: `${String(Number(int))}${f ? `.${f}` : ''}` };
}

/** A name: printable text of 1–80 characters, whitespace collapsed (shown as text, never as HTML). */
export function parseName(raw: string): Parsed<string> {
  // Control and format characters (including bidirectional overrides) are not part of a name.
  const v = raw
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!v) return { ok: false, problem: 'partner is empty: ignored' };
  if ([...v].length > MAX_NAME) return { ok: false, problem: `partner is longer than ${MAX_NAME} characters: ignored` };
  return { ok: true, value: v };
}

/** A comma-separated list of vendors. */
export function parseVendors(raw: string): Parsed<VendorId[]> {
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((v) => !isOneOf(VENDORS, v));
  if (list.length === 0 || bad.length > 0)
    return {
      ok: false,
      problem: `vendors ${show(raw)} must list vendors among ${VENDORS.join(', ')}${bad.length ? ` (not ${bad.map(show).join(', ')})` : ''}: ignored`,
    };
  return { ok: true, value: [...new Set(list as VendorId[])] };
}

/** A comma-separated list of offering ids (`vendor.kind`); whether each exists is checked by `checkOfferings`. */
export function parseOfferings(raw: string): Parsed<string[]> {
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((o) => !OFFERING.test(o) || !isOneOf(VENDORS, OFFERING.exec(o)![1]));
  if (list.length === 0 || bad.length > 0)
    return {
      ok: false,
      problem: `offerings ${show(raw)} must list offering ids such as alibaba.dedicated${bad.length ? ` (not ${bad.map(show).join(', ')})` : ''}: ignored`,
    };
  return { ok: true, value: [...new Set(list)] };
}

/** Offerings of a list that are not among the known ones, as a problem. */
export function checkOfferings(list: readonly string[], known: readonly string[], where: string): string | undefined {
  const unknown = list.filter((o) => !known.includes(o));
  return unknown.length ? `${where} names offerings that do not exist: ${unknown.join(', ')} (known: ${known.join(', ')})` : undefined;
}

/**
 * Checks a build-time configuration (the parsed JSON of partner.config.json). `known`: the offering
 * ids that exist. Errors name the field; vite.config.ts stops the build on any.
 */
export function validatePartnerConfig(json: unknown, known: readonly string[]): { ok: true; config: PartnerConfig } | { ok: false; errors: string[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, errors: ['the partner configuration must be a JSON object'] };
  const errors: string[] = [];
  const config: PartnerConfig = {};
  const o = json as Record<string, unknown>;
  for (const key of Object.keys(o))
    if (!['markupPercent', 'name', 'vendors', 'offerings', 'estimate'].includes(key))
      errors.push(`${key}: unknown field (allowed: markupPercent, name, vendors, offerings, estimate)`);
  const text = (key: string) => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (key === 'markupPercent' && typeof v === 'number') return String(v);
    if (typeof v === 'string') return v;
    errors.push(`${key}: must be a string`);
    return undefined;
  };
  const list = (key: string) => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(',');
    errors.push(`${key}: must be an array of strings`);
    return undefined;
  };
  const take = <T>(key: string, raw: string | undefined, parse: (s: string) => Parsed<T>, set: (v: T) => void) => {
    if (raw === undefined) return;
    const r = parse(raw);
    if (r.ok) set(r.value);
    else errors.push(`${key}: ${r.problem.replace(/: ignored$/, '')}`);
  };
  take('markupPercent', text('markupPercent'), parseMarkup, (v) => (config.markupPercent = v));
  take('name', text('name'), parseName, (v) => (config.name = v));
  take('vendors', list('vendors'), parseVendors, (v) => (config.vendors = v));
  take('offerings', list('offerings'), parseOfferings, (v) => (config.offerings = v));
  if (config.offerings) {
    const unknown = checkOfferings(config.offerings, known, 'offerings');
    if (unknown) errors.push(unknown);
    if (config.vendors) {
      const outside = config.offerings.filter((x) => !config.vendors!.includes(x.split('.')[0] as VendorId));
      if (outside.length) errors.push(`offerings: ${outside.join(', ')} not of the configured vendors (${config.vendors.join(', ')})`);
    }
  }
  if (o.estimate !== undefined) {
    if (typeof o.estimate !== 'object' || o.estimate === null) errors.push('estimate: must be a scenario or estimate document (an object)');
    else config.estimate = o.estimate;
  }
  return errors.length ? { ok: false, errors } : { ok: true, config };
}

const vendorOfId = (offering: string) => offering.split('.')[0] as VendorId;

/**
 * The options of a page's query string within a deployment's configuration: each invalid value, or one
 * the configuration does not allow, is left out with a problem.
 */
export function partnerOptions(search: string, config: PartnerConfig | null = BUILD_CONFIG): PartnerOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const read = <T>(param: string, parse: (s: string) => Parsed<T>): T | undefined => {
    const raw = params.get(param);
    if (raw === null) return undefined;
    const r = parse(raw);
    if (!r.ok) problems.push(r.problem);
    return r.ok ? r.value : undefined;
  };
  const fixed = (param: string, value: unknown, configured: unknown) => {
    if (value !== undefined && configured !== undefined && value !== configured)
      problems.push(`${param} is fixed by this site's configuration: the link's is ignored`);
  };

  const urlMarkup = read('markup', parseMarkup);
  const urlName = read('partner', parseName);
  fixed('markup', urlMarkup, config?.markupPercent);
  fixed('partner', urlName, config?.name);
  const markupPercent = config?.markupPercent ?? urlMarkup ?? '0';
  const name = config?.name ?? urlName;

  // Vendors and offerings: the URL narrows what the configuration offers, never widens it.
  let vendors: VendorId[] | undefined = config?.vendors;
  const urlVendors = read('vendors', parseVendors);
  if (urlVendors) {
    const outside = vendors ? urlVendors.filter((v) => !vendors!.includes(v)) : [];
    if (outside.length) problems.push(`vendors: ${outside.join(', ')} not offered on this site: ignored`);
    const inside = vendors ? urlVendors.filter((v) => vendors!.includes(v)) : urlVendors;
    if (inside.length) vendors = inside;
  }
  let offerings: string[] | undefined = config?.offerings?.filter((o) => !vendors || vendors.includes(vendorOfId(o)));
  const urlOfferings = read('offerings', parseOfferings);
  if (urlOfferings) {
    const allowed = (o: string) => (!vendors || vendors.includes(vendorOfId(o))) && (!config?.offerings || config.offerings.includes(o));
    const outside = urlOfferings.filter((o) => !allowed(o));
    if (outside.length) problems.push(`offerings: ${outside.join(', ')} not offered on this site: ignored`);
    const inside = urlOfferings.filter(allowed);
    if (inside.length) offerings = inside;
  }
  return {
    markupPercent,
    ...(name !== undefined && { name }),
    ...(vendors && { vendors }),
    ...(offerings && { offerings }),
    ...(config?.estimate !== undefined && { defaultDocument: config.estimate }),
    problems,
  };
}

/** Whether the options offer an offering (by id). */
export function offers(options: Pick<PartnerOptions, 'vendors' | 'offerings'>, offering: string): boolean {
  if (options.offerings) return options.offerings.includes(offering);
  return !options.vendors || options.vendors.includes(vendorOfId(offering));
}

/** Whether the options restrict the offerings at all. */
export function restricts(options: Pick<PartnerOptions, 'vendors' | 'offerings'>): boolean {
  return options.vendors !== undefined || options.offerings !== undefined;
}

/** The offerings of a document (a scenario's, or each item's of an estimate) that the options do not offer. */
export function notOffered(options: Pick<PartnerOptions, 'vendors' | 'offerings'>, doc: unknown): string[] {
  if (!restricts(options) || typeof doc !== 'object' || doc === null) return [];
  const d = doc as { offering?: unknown; items?: unknown };
  const scenarios = Array.isArray(d.items) ? d.items.map((i) => (i as { scenario?: { offering?: unknown } } | null)?.scenario) : [d];
  const ids = scenarios.map((s) => s?.offering).filter((o): o is string => typeof o === 'string');
  return [...new Set(ids.filter((o) => !offers(options, o)))];
}

declare const PARTNER_BUILD_CONFIG: PartnerConfig | null | undefined;

/** The deployment's configuration, fixed at build time (null: none). */
const BUILD_CONFIG: PartnerConfig | null = typeof PARTNER_BUILD_CONFIG === 'undefined' ? null : PARTNER_BUILD_CONFIG;

let current: PartnerOptions | undefined;

/** The page's partner options (read from its URL and the build's configuration the first time). */
export function usePartner(): PartnerOptions {
  current ??= typeof window === 'undefined' ? partnerOptions('', BUILD_CONFIG) : partnerOptions(window.location.search, BUILD_CONFIG);
  return current;
}
