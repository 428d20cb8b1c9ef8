/**
 * A scenario that arrives as JSON of unknown shape (a share link, an embedding page's message, a
 * preset) enters the store only once the contract accepts it, and then as a typed ScenarioDoc.
 */
import type { Catalogs } from '../engine/catalog.ts';
import type { FieldError } from '../engine/issues.ts';
import { validateScenario, type Scenario, type ScenarioDoc } from '../engine/scenario.ts';

export type ReadScenario = { ok: true; doc: ScenarioDoc; scenario: Scenario } | { ok: false; errors: FieldError[] };

/** The document, validated: as typed (numbers as given, so a link reopens as it was written), or the errors. */
export function readScenarioDoc(json: unknown, catalogs: Catalogs): ReadScenario {
  const v = validateScenario(json, catalogs);
  if (!v.ok) return v;
  // validateScenario accepted it: an object of the contract's fields only, each of the type
  // ScenarioDoc gives it (offering a registered id, enums among their values, numbers as numbers or
  // decimal strings, prices an object of decimal strings by price key). A copy, so the store never
  // shares an object with the sender.
  const doc = { ...(json as ScenarioDoc) };
  if (doc.prices) doc.prices = { ...doc.prices };
  return { ok: true, doc, scenario: v.scenario };
}
