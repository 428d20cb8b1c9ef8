/**
 * What an estimate's prices rest on, for the quote, the exports and the chat summary alike: the whole
 * estimate priced with every item's lines explained, the discounts, quoted and example prices, free
 * quotas, growth and first-year months it assumes, the catalogs (and sources) its prices come from, and
 * one sentence saying truthfully what its prices are.
 */
import type { Catalogs } from '../../engine/catalog.ts';
import type { EstimateDoc, Estimate36 } from '../../engine/estimates/document.ts';
import { quoteEstimate, type EstimateOutput } from '../../engine/estimates/pricing.ts';
import type { LineId, VendorId } from '../../engine/ids.ts';
import type { FieldError } from '../../engine/issues.ts';
import { vendorOf } from '../../engine/offerings/registry.ts';
import type { Messages } from '../i18n/en.ts';
import { formatDecimal, type Locale } from '../i18n/locale.ts';
import type { PartnerOptions } from '../partner.ts';

/** What a quote or an export says of the partner: its margin and name. */
export type Seller = Pick<PartnerOptions, 'markupPercent' | 'name'>;

/** The estimate on screen, priced with every item's lines (what a quote and an export show). */
export interface WholeEstimate {
  doc: EstimateDoc;
  validated: Estimate36;
  output: EstimateOutput;
}

export type WholeResult = { ok: true; whole: WholeEstimate } | { ok: false; errors: FieldError[] };

/** Prices the document with every item explained: the same figures as the page's totals, line by line. */
export function priceWhole(doc: EstimateDoc, catalogs: Catalogs, markupPercent = '0'): WholeResult {
  const q = quoteEstimate(doc, catalogs, { markupPercent });
  return q.ok ? { ok: true, whole: { doc, validated: q.estimate, output: q.output } } : { ok: false, errors: q.errors };
}

/** What the prices rest on: the facts the footer's sentence and the assumptions are written from. */
export interface PriceBasis {
  /** Negotiated discounts: each vendor account's, then each item's own (percent as a decimal string). */
  discounts: { vendor?: VendorId; item?: number; percent: string }[];
  /** Items whose total includes a price the user entered, with the lines it prices. */
  quoted: { item: number; lines: LineId[] }[];
  /** Items whose total includes a figure of a vendor's worked example (no published price). */
  examples: { item: number; lines: LineId[] }[];
  /** The partner's margin in percent ('0': none) and name. */
  markupPercent: string;
  partner?: string;
}

export function priceBasis(whole: WholeEstimate, partner: Seller): PriceBasis {
  const { doc, validated, output } = whole;
  const discounts: PriceBasis['discounts'] = [];
  for (const a of validated.accounts)
    if (a.discountPercent && !a.discountPercent.isZero()) discounts.push({ vendor: a.vendor, percent: a.discountPercent.toString() });
  doc.items.forEach((item, i) => {
    const own = item.scenario.discountPercent;
    const percent = validated.items[i]?.scenario.discountPercent;
    if (own !== undefined && percent && !percent.isZero()) discounts.push({ item: i, percent: percent.toString() });
  });
  const linesOf = (confidence: 'override' | 'example') =>
    output.items.flatMap((item, i) => {
      const lines = item.estimate.lines.filter((l) => l.confidence === confidence).map((l) => l.id);
      return lines.length > 0 ? [{ item: i, lines }] : [];
    });
  return {
    discounts,
    quoted: linesOf('override'),
    examples: linesOf('example'),
    markupPercent: partner.markupPercent,
    ...(partner.name !== undefined && { partner: partner.name }),
  };
}

/** An item's name as the page shows it (its label, else "Item n"). */
export function itemName(t: Messages, whole: WholeEstimate, i: number): string {
  const label = whole.doc.items[i]?.label.trim();
  return label ? label : t.itemLabel(i + 1);
}

function vendorName(catalogs: Catalogs, vendor: VendorId, locale: Locale): string {
  return catalogs[vendor]?.name[locale] ?? vendor;
}

/** A percentage as the locale writes it ("12.5"). */
const percentText = (p: string, locale: Locale) => formatDecimal(p, locale, 4);

/**
 * The one sentence (two with a partner's margin) of what the prices are: the vendors' list prices;
 * less negotiated discounts (named); with quoted prices or example figures (naming the items); and
 * partner prices, with the margin. Any combination.
 */
export function priceBasisText(
  t: Messages,
  locale: Locale,
  basis: PriceBasis,
  names: { item: (i: number) => string; vendor: (v: VendorId) => string },
): string {
  const b = t.quote.basis;
  const parts: string[] = [];
  if (basis.discounts.length > 0) {
    parts.push(
      b.discount(
        basis.discounts
          .map((d) => `${d.vendor !== undefined ? names.vendor(d.vendor) : names.item(d.item!)} ${percentText(d.percent, locale)}%`)
          .join(t.quote.listJoin),
      ),
    );
  }
  if (basis.quoted.length > 0) parts.push(b.quoted(basis.quoted.map((q) => names.item(q.item)).join(t.quote.listJoin)));
  if (basis.examples.length > 0) parts.push(b.example(basis.examples.map((q) => names.item(q.item)).join(t.quote.listJoin)));
  const vendors = parts.length === 0 ? b.list : `${b.lead}${b.join}${parts.join(b.join)}${b.end}`;
  if (basis.markupPercent === '0') return vendors;
  return `${vendors}${b.gap}${b.partner(basis.partner, percentText(basis.markupPercent, locale))}`;
}

/** The footer's sentence for a priced estimate, in the page's words. */
export function basisSentence(t: Messages, locale: Locale, whole: WholeEstimate, catalogs: Catalogs, partner: Seller): string {
  return priceBasisText(t, locale, priceBasis(whole, partner), {
    item: (i) => itemName(t, whole, i),
    vendor: (v) => vendorName(catalogs, v, locale),
  });
}

/** The assumptions a quote states, as sentences: discounts, quoted and example prices, free quotas, first year, growth, term. */
export function assumptions(t: Messages, locale: Locale, whole: WholeEstimate, catalogs: Catalogs): string[] {
  const q = t.quote;
  const basis = priceBasis(whole, { markupPercent: '0' });
  const item = (i: number) => itemName(t, whole, i);
  const out: string[] = [];
  if (basis.discounts.length === 0) out.push(q.listPrices);
  for (const d of basis.discounts) {
    const p = percentText(d.percent, locale);
    out.push(d.vendor !== undefined ? q.discountAccount(vendorName(catalogs, d.vendor, locale), p) : q.discountItem(item(d.item!), p));
  }
  for (const x of basis.quoted) out.push(q.quoted(item(x.item), x.lines.map((l) => t.lineNames[l]).join(q.listJoin)));
  for (const x of basis.examples) for (const l of x.lines) out.push(q.example(item(x.item), t.lineNames[l]));
  // Free quotas as the catalogs state them, once per offering, and each account's first year.
  const offerings = [...new Set(whole.validated.items.map((i) => i.scenario.offering))];
  for (const id of offerings) {
    const vendor = vendorOf(id);
    const offering = catalogs[vendor]?.offerings.find((o) => o.id === id);
    if (!offering) continue;
    const name = vendorName(catalogs, vendor, locale);
    const allowances = (firstYearOnly: boolean) =>
      [
        offering.freeCalls?.firstYearOnly === firstYearOnly && t.freeCallsPart(formatDecimal(offering.freeCalls.amount, locale)),
        offering.freeTrafficGB?.firstYearOnly === firstYearOnly && t.freeTrafficPart(formatDecimal(offering.freeTrafficGB.amount, locale)),
      ]
        .filter(Boolean)
        .join(t.and);
    const monthly = allowances(false);
    const firstYear = allowances(true);
    if (monthly) out.push(t.monthlyFree(name, monthly));
    if (firstYear && !out.includes(t.firstYearHint(name, firstYear))) out.push(t.firstYearHint(name, firstYear));
  }
  for (const a of whole.validated.accounts) out.push(q.firstYear(vendorName(catalogs, a.vendor, locale), a.firstYearMonths));
  out.push(q.growth(percentText(whole.validated.growthPercent.toString(), locale)));
  out.push(q.term);
  return out;
}

/** The catalogs an estimate's prices come from, each with the sources its lines cite. */
export interface PriceSource {
  vendor: VendorId;
  name: string;
  version: string;
  asOf: string;
  sources: { title: string; url?: string; read?: string }[];
}

export function priceSources(whole: WholeEstimate, catalogs: Catalogs, locale: Locale): PriceSource[] {
  const out: PriceSource[] = [];
  whole.output.items.forEach((item, i) => {
    const vendor = vendorOf(whole.validated.items[i]!.scenario.offering);
    const catalog = catalogs[vendor];
    if (!catalog) return;
    let entry = out.find((s) => s.vendor === vendor);
    if (!entry) out.push((entry = { vendor, name: catalog.name[locale], version: catalog.version, asOf: catalog.asOf, sources: [] }));
    for (const l of item.estimate.lines) {
      if (l.confidence === 'override' || !l.source) continue;
      // The source in the page's language (the catalog has both); `source` is the contract's English.
      const title = l.sourceRef ? `${l.sourceRef.title[locale]} — ${l.sourceRef.section[locale]}` : l.source;
      if (entry.sources.some((s) => s.title === title)) continue;
      entry.sources.push({ title, ...(l.sourceUrl && { url: l.sourceUrl }), ...(l.asOf && { read: l.asOf }) });
    }
  });
  return out;
}

/** The catalogs' dates: one date, or the oldest and the newest. */
export function catalogDates(sources: PriceSource[]): string {
  const dates = [...new Set(sources.map((s) => s.asOf))].toSorted();
  return dates.length > 1 ? `${dates[0]} – ${dates.at(-1)}` : (dates[0] ?? '');
}
