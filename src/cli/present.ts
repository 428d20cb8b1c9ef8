/**
 * The estimate as the command line prints it (SCENARIO.md's output): the engine's data, plus the
 * English words older consumers read: each line's `formula`, each warning's `message`, a derivation
 * in English. The engine itself writes no sentences.
 */
import { findEdition, findOffering, type Catalogs } from '../engine/catalog.ts';
import type { EstimateWarning } from '../engine/charges.ts';
import type { Estimate } from '../engine/estimate.ts';
import { ENGLISH_FORMULA_WORDS, formulaText } from '../engine/explain.ts';
import { dec, formatNumber } from '../engine/money.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { Estimate36 } from '../engine/estimates/document.ts';
import type { EstimateOutput } from '../engine/estimates/pricing.ts';
import { en } from '../lib/i18n/en.ts';
import { warningText } from '../lib/i18n/warning-text.ts';

/** Where a price the user entered comes from, in the `source` field. */
const USER_PRICE = 'price entered by the user';

export function englishWarning(w: EstimateWarning, scenario: Scenario, catalogs: Catalogs): EstimateWarning & { message: string } {
  const offering = findOffering(catalogs, scenario.offering)?.offering;
  const message = warningText(en, w, {
    number: (v) => formatNumber(dec(v)),
    edition: (id) => (offering && findEdition(offering, id)?.name.en) ?? id,
  });
  return { ...w, message };
}

export function presentEstimate(e: Estimate, scenario: Scenario, catalogs: Catalogs) {
  return {
    ...e,
    lines: e.lines.map((l) => ({
      ...l,
      formula: formulaText(l.calculation, ENGLISH_FORMULA_WORDS),
      source: l.confidence === 'override' ? USER_PRICE : l.source,
      ...(l.derivation && { derivation: l.derivation.en }),
    })),
    warnings: e.warnings.map((w) => englishWarning(w, scenario, catalogs)),
  };
}

/** An estimate document's output, each item's estimate presented as a scenario's, warnings with messages. */
export function presentEstimateOutput(out: EstimateOutput, e: Estimate36, catalogs: Catalogs) {
  return {
    ...out,
    items: out.items.map((item, i) => ({ ...item, estimate: presentEstimate(item.estimate, e.items[i]!.scenario, catalogs) })),
    warnings: out.warnings.map((w) => {
      const item = e.items[Number(w.params.item)];
      return item ? { ...englishWarning(w, item.scenario, catalogs), item: Number(w.params.item) } : { ...w, message: w.code };
    }),
  };
}
