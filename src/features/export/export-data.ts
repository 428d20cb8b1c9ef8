/**
 * What leaves the page: the estimate on screen as CSV (for Excel), as JSON, and as a short text for
 * chat. Built from the same estimate and written with the same words as the screen (its formulas,
 * derivations, notes and warnings in the page's language), so the export is what the user saw.
 */
import type { CatalogOffering } from '../../engine/catalog.ts';
import type { Estimate } from '../../engine/estimate.ts';
import type { ScenarioDoc } from '../../engine/scenario.ts';
import type { Messages } from '../../lib/i18n/en.ts';
import { estimateWarningText, lineDerivation, lineFormula, lineNotes, lineSource } from '../../lib/i18n/estimate-text.ts';
import type { Locale } from '../../lib/i18n/locale.ts';

/** Excel reads a UTF-8 file as UTF-8 (and shows Chinese correctly) only with a byte-order mark. */
const BOM = '\uFEFF';

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (cells: string[]) => cells.map(cell).join(',');

export interface ExportContext {
  estimate: Estimate;
  scenario: ScenarioDoc;
  /** The page's words and language. */
  t: Messages;
  locale: Locale;
  /** The catalog entry of the scenario's offering (its editions name the editions warnings quote). */
  offering: CatalogOffering | undefined;
  link: string;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
}

export function estimateCsv({ estimate: e, scenario, t, locale, offering, link, exportedAt }: ExportContext): string {
  const c = t.csv;
  const rows: string[] = [row(c.columns)];
  for (const l of e.lines) {
    rows.push(
      row([
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
      ]),
    );
  }
  for (const m of e.missing) {
    rows.push(row([t.lineNames[m.id], m.quantity, t.units[m.unit], '', t.priceUnits[m.priceUnit], t.missingPrice, '', '', '', '', '', '']));
  }
  rows.push('');
  rows.push(row([e.complete ? c.total : c.totalLowerBound, '', '', '', '', '', e.total]));
  if (e.upfront !== '0.00') rows.push(row([c.upfront, '', '', '', '', '', e.upfront]));
  const warnings = e.warnings.filter((w) => w.code !== 'missing-price');
  if (warnings.length > 0) {
    rows.push('');
    rows.push(row([c.warnings]));
    for (const w of warnings) rows.push(row([w.line ? t.lineNames[w.line] : '', estimateWarningText(t, locale, w, offering)]));
  }
  rows.push('');
  rows.push(row([c.scenario]));
  rows.push(row([c.field, c.value]));
  for (const [field, value] of Object.entries(scenario)) rows.push(row([field, typeof value === 'object' ? JSON.stringify(value) : String(value)]));
  rows.push('');
  rows.push(row([c.catalog, e.catalog.vendor]));
  rows.push(row([c.version, e.catalog.version]));
  rows.push(row([c.asOf, e.catalog.asOf]));
  rows.push(row([c.link, link]));
  rows.push(row([c.exported, exportedAt]));
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

/**
 * The estimate as data (each line's `calculation`, warnings as codes with parameters), with the
 * words the screen shows beside it: each line's `formula`, each warning's `message`, in the page's
 * language.
 */
export function estimateJson({ estimate: e, scenario, t, locale, offering, link, exportedAt }: ExportContext): string {
  const estimate = {
    ...e,
    lines: e.lines.map((l) => ({ ...l, formula: lineFormula(t, l) })),
    warnings: e.warnings.map((w) => ({ ...w, message: estimateWarningText(t, locale, w, offering) })),
  };
  return `${JSON.stringify({ scenario, estimate, link, exportedAt }, null, 2)}\n`;
}

/** A few lines for chat: what is priced, the total, each line, the link. */
export function summaryText({ estimate: e, t, link }: ExportContext, title: string, format: (amount: string) => string): string {
  const total = e.complete ? format(e.total) : `${t.atLeast} ${format(e.total)}`;
  return [
    title,
    `${t.monthlyTotal}${t.colon}${total}${e.upfront !== '0.00' ? ` · ${t.upfront}${t.colon}${format(e.upfront)}` : ''}`,
    ...e.lines.map((l) => `· ${t.lineNames[l.id]}${t.colon}${lineFormula(t, l)}`),
    ...e.missing.map((m) => `· ${t.lineNames[m.id]}${t.colon}${t.missingPrice}`),
    link,
  ].join('\n');
}
