/**
 * An estimate's explanations in the page's language. The estimate is data (formulas as parts,
 * derivations in both languages, notes and warnings as codes); the screen, the exports, the print
 * and the embedding API all write it with these, so they say the same words.
 */
import { findEdition, type CatalogOffering } from '../../engine/catalog.ts';
import type { EstimateWarning } from '../../engine/charges.ts';
import { formulaText } from '../../engine/explain.ts';
import { PRICE_KEYS, isOneOf } from '../../engine/ids.ts';
import type { EstimateLine } from '../../engine/price.ts';
import type { Messages } from './en.ts';
import { formatExact, type Locale } from './locale.ts';
import { warningText } from './warning-text.ts';

/** How the line's amount is computed: "5,000,000 ÷ 10,000 × 0.06 = 30.00", in the page's words. */
export function lineFormula(t: Messages, line: EstimateLine): string {
  return formulaText(line.calculation, t.formulaWords);
}

/** How a derived price was derived, in the page's language. */
export function lineDerivation(line: EstimateLine, locale: Locale): string | undefined {
  return line.derivation?.[locale];
}

/** The line's notes (readings of the rules that apply to it), as sentences. */
export function lineNotes(t: Messages, line: EstimateLine): string[] {
  return (line.notes ?? []).map((code) => t.notes[code]);
}

/**
 * A line's source as the page shows it, in the page's language: the document's title and the section
 * of it the price stands in. A price the user entered has no catalog source.
 */
export function lineSource(t: Messages, line: EstimateLine, locale: Locale): string {
  if (line.confidence === 'override') return t.confidenceHelp.override;
  return line.sourceRef ? t.sourceText(line.sourceRef.title[locale], line.sourceRef.section[locale]) : line.source;
}

/** A warning as a sentence: numbers as the locale writes them, editions and price keys by name. */
export function estimateWarningText(t: Messages, locale: Locale, w: EstimateWarning, offering: CatalogOffering | undefined): string {
  return warningText(t, w, {
    number: (v) => formatExact(v, locale),
    edition: (id) => (offering && findEdition(offering, id)?.name[locale]) ?? id,
    priceKey: (key) => (isOneOf(PRICE_KEYS, key) ? t.priceKeys[key] : key),
  });
}
