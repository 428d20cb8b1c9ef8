/**
 * A document that arrives as JSON of unknown shape (a link, a saved estimate, an imported file, an
 * embedding page's message, a preset) enters the store only once the contract accepts it, and then as
 * a typed document: a ScenarioDoc, or an EstimateDoc whose items' scenarios are ScenarioDocs.
 */
import type { Catalogs } from '../engine/catalog.ts';
import { isEstimateJson, type AccountDoc, type EstimateDoc } from '../engine/estimates/document.ts';
import { quoteEstimate } from '../engine/estimates/pricing.ts';
import { isRecord, type FieldError } from '../engine/issues.ts';
import { validateScenario, type Scenario, type ScenarioDoc } from '../engine/scenario.ts';
import { estimateOf } from './calculator.ts';

export type ReadScenario = { ok: true; doc: ScenarioDoc; scenario: Scenario } | { ok: false; errors: FieldError[] };

/**
 * A copy of a validated scenario document, so the store never shares an object with the sender.
 * validateScenario accepted it: an object of the contract's fields only, each of the type ScenarioDoc
 * gives it (offering a registered id, enums among their values, numbers as numbers or decimal strings,
 * prices an object of decimal strings by price key).
 */
function copyScenario(doc: ScenarioDoc): ScenarioDoc {
  const copy = { ...doc };
  if (copy.prices) copy.prices = { ...copy.prices };
  return copy;
}

/** The document, validated: as typed (numbers as given, so a link reopens as it was written), or the errors. */
export function readScenarioDoc(json: unknown, catalogs: Catalogs): ReadScenario {
  const v = validateScenario(json, catalogs);
  if (!v.ok) return v;
  return { ok: true, doc: copyScenario(json as ScenarioDoc), scenario: v.scenario };
}

export type ReadEstimate = { ok: true; doc: EstimateDoc } | { ok: false; errors: FieldError[] };

/**
 * An estimate document, validated and priced once (without explanations) as the page will price it: as
 * typed, or the errors, each naming its path (`items[2].scenario.region`). An estimate that enters the
 * store always prices, so the page opens on totals, never on an error.
 */
export function readEstimateDoc(json: unknown, catalogs: Catalogs): ReadEstimate {
  const q = quoteEstimate(json, catalogs, { explain: false });
  if (!q.ok) return { ok: false, errors: q.errors };
  // validateEstimateDoc rebuilt the document from the fields it checked; its items' scenarios and its
  // accounts are still the sender's objects.
  const { accounts, ...rest } = q.doc;
  const doc: EstimateDoc = { ...rest, items: q.doc.items.map((item) => ({ ...item, scenario: copyScenario(item.scenario) })) };
  if (accounts) {
    doc.accounts = Object.fromEntries(Object.entries(accounts).map(([vendor, account]): [string, AccountDoc] => [vendor, { ...account }]));
  }
  return { ok: true, doc };
}

/** Whether JSON that does not say it is an estimate looks like a scenario (it names an offering). */
export function looksLikeScenario(json: unknown): boolean {
  return isRecord(json) && json.kind === undefined && json.offering !== undefined;
}

/**
 * An estimate, or a scenario as a one-item estimate whose item is labelled `label` (SCENARIO.md: a
 * scenario alone means a one-item estimate). JSON that is neither is read as an estimate, whose errors
 * say what an estimate needs.
 */
export function readEstimateOrScenario(json: unknown, catalogs: Catalogs, label: string): ReadEstimate {
  if (isEstimateJson(json) || !looksLikeScenario(json)) return readEstimateDoc(json, catalogs);
  const read = readScenarioDoc(json, catalogs);
  return read.ok ? { ok: true, doc: estimateOf(read.doc, label) } : read;
}
