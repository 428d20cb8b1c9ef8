/**
 * What leaves the page: the whole estimate on screen (every item, every pooled billing item, the group
 * subtotals and the term's totals) as CSV (for Excel), as JSON, and as a short text for chat. Built from
 * the same document and figures as the screen, written with the same words (formulas, derivations,
 * notes and warnings in the page's language), so the export is what the user saw.
 */
import type { Catalogs } from '../../engine/catalog.ts';
import type { EstimateLine } from '../../engine/price.ts';
import type { Messages } from '../../lib/i18n/en.ts';
import { estimateWarningText, lineDerivation, lineFormula, lineNotes, lineSource } from '../../lib/i18n/estimate-text.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { basisSentence, catalogDates, itemName, priceSources, type Seller, type WholeEstimate } from '../../lib/quote/estimate-basis.ts';
import { isOneOf, VENDORS } from '../../engine/ids.ts';
import { findOffering } from '../../engine/catalog.ts';

/** Excel reads a UTF-8 file as UTF-8 (and shows Chinese correctly) only with a byte-order mark. */
const BOM = '\uFEFF';

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (cells: string[]) => cells.map(csvCell).join(',');

export interface ExportContext {
  whole: WholeEstimate;
  catalogs: Catalogs;
  partner: Seller;
  /** The page's words and language. */
  t: Messages;
  locale: Locale;
  link: string;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
}

/** The catalog entry of item i's offering (its editions name the editions warnings quote). */
function offeringOf(c: ExportContext, i: number) {
  return findOffering(c.catalogs, c.whole.validated.items[i]!.scenario.offering)?.offering;
}

function vendorName(c: ExportContext, id: string): string {
  return isOneOf(VENDORS, id) ? (c.catalogs[id]?.name[c.locale] ?? id) : id;
}

/** A line's cells after the item's name and group. */
function lineCells(t: Messages, locale: Locale, l: EstimateLine): string[] {
  return [
    t.lineNames[l.id],
    l.quantity,
    t.units[l.unit],
    l.unitPrice ?? '',
    t.priceUnits[l.priceUnit],
    lineFormula(t, l),
    l.amount,
    t.confidence[l.confidence],
    lineSource(t, l, locale),
    l.asOf ?? '',
    lineDerivation(l, locale) ?? '',
    lineNotes(t, l).join(' '),
  ];
}

export function estimateCsv(c: ExportContext): string {
  const { whole, t, locale } = c;
  const o = whole.output;
  const x = t.csv;
  const rows: string[] = [row(x.columns)];
  o.items.forEach((item, i) => {
    const name = itemName(t, whole, i);
    const group = item.group ?? '';
    for (const l of item.estimate.lines) rows.push(row([name, group, ...lineCells(t, locale, l)]));
    for (const m of item.estimate.missing) {
      rows.push(row([name, group, t.lineNames[m.id], m.quantity, t.units[m.unit], '', t.priceUnits[m.priceUnit], t.missingPrice, '', '', '', '', '', '']));
    }
  });
  if (o.pooled.length > 0) {
    rows.push('', row([x.pooled]), row(x.pooledColumns));
    for (const p of o.pooled) {
      const line = p.id.startsWith('calls:') ? 'calls' : 'traffic';
      rows.push(
        row([
          vendorName(c, p.account),
          `${t.lineNames[line]} (${p.id})`,
          p.quantity,
          t.units[line === 'calls' ? 'call' : 'GB'],
          p.amount,
          p.items.map((i) => itemName(t, whole, i)).join(' · '),
        ]),
      );
    }
  }
  if (o.groups.length > 0) {
    rows.push('', row([x.groups]), row(x.groupColumns));
    for (const g of o.groups) rows.push(row([g.group, g.monthly, g.first12, g.first36]));
  }
  rows.push('', row([x.totals, x.amountColumn]));
  rows.push(row([o.complete ? x.month : x.monthLowerBound, o.monthly]));
  rows.push(row([x.upfront, o.upfront]));
  rows.push(row([x.first12, o.first12]));
  rows.push(row([x.first36, o.first36]));
  const warnings: string[][] = [];
  o.items.forEach((item, i) => {
    for (const w of item.estimate.warnings) {
      if (w.code !== 'missing-price') warnings.push([itemName(t, whole, i), estimateWarningText(t, locale, w, offeringOf(c, i))]);
    }
  });
  for (const w of o.warnings) {
    const i = w.params?.item === undefined ? undefined : Number(w.params.item);
    warnings.push([i === undefined ? '' : itemName(t, whole, i), estimateWarningText(t, locale, w, i === undefined ? undefined : offeringOf(c, i))]);
  }
  if (warnings.length > 0) {
    rows.push('', row([x.warnings]));
    for (const w of warnings) rows.push(row(w));
  }
  const doc = whole.doc;
  rows.push('', row([x.estimate]));
  if (doc.name !== undefined) rows.push(row([x.name, doc.name]));
  if (doc.customer !== undefined) rows.push(row([x.customer, doc.customer]));
  if (doc.project !== undefined) rows.push(row([x.project, doc.project]));
  rows.push(row([x.prices, basisSentence(t, locale, whole, c.catalogs, c.partner)]));
  for (const s of priceSources(whole, c.catalogs, locale)) rows.push(row([x.catalog, s.name, `${x.version} ${s.version}`, `${x.asOf} ${s.asOf}`]));
  rows.push(row([x.link, c.link]));
  rows.push(row([x.exported, c.exportedAt]));
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

/**
 * The estimate document and its output (SCENARIO.md), every item's lines explained, with the words the
 * screen shows beside the data: each line's `formula`, each warning's `message`, in the page's language;
 * and what the prices are (`prices`), the link and when it was exported.
 */
export function estimateJson(c: ExportContext): string {
  const { whole, t, locale } = c;
  const o = whole.output;
  const output = {
    ...o,
    items: o.items.map((item, i) => ({
      ...item,
      estimate: {
        ...item.estimate,
        lines: item.estimate.lines.map((l) => ({ ...l, formula: lineFormula(t, l) })),
        warnings: item.estimate.warnings.map((w) => ({ ...w, message: estimateWarningText(t, locale, w, offeringOf(c, i)) })),
      },
    })),
    warnings: o.warnings.map((w) => ({ ...w, message: estimateWarningText(t, locale, w, undefined) })),
  };
  const prices = basisSentence(t, locale, whole, c.catalogs, c.partner);
  return `${JSON.stringify({ document: whole.doc, output, prices, link: c.link, exportedAt: c.exportedAt }, null, 2)}\n`;
}

/** A few lines for chat: what is priced, each item, the totals, what the prices rest on, the link. */
export function summaryText(c: ExportContext, format: (amount: string) => string): string {
  const { whole, t, locale } = c;
  const o = whole.output;
  const q = t.quote;
  const bound = (a: string) => (o.complete ? format(a) : `${q.atLeast} ${format(a)}`);
  const title = [whole.doc.name, whole.doc.customer, whole.doc.project].filter((s) => s !== undefined).join(' · ');
  const sources = priceSources(whole, c.catalogs, locale);
  return [
    ...(title ? [title] : []),
    ...o.items.map((item, i) => `· ${itemName(t, whole, i)}${item.group ? ` (${item.group})` : ''}: ${format(item.monthly)}`),
    ...o.groups.map((g) => `${q.subtotal(g.group)}: ${format(g.monthly)}`),
    `${q.month}: ${bound(o.monthly)}${o.upfront !== '0.00' ? ` · ${q.upfront}: ${format(o.upfront)}` : ''}`,
    `${q.first12}: ${bound(o.first12)} · ${q.first36}: ${bound(o.first36)}`,
    basisSentence(t, locale, whole, c.catalogs, c.partner),
    q.published(catalogDates(sources)),
    c.link,
  ].join('\n');
}
