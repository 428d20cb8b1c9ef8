import type { Catalog, CatalogEdition, CatalogOffering } from '../catalog.ts';
import type { Scenario } from '../scenario.ts';

/** What a rule sees: the validated scenario and its catalog entries. */
export interface RuleContext {
  scenario: Scenario;
  catalog: Catalog;
  offering: CatalogOffering;
  /** Dedicated offerings: the scenario's edition. */
  edition?: CatalogEdition;
}

/** A vendor fact the offering's module needs and the catalog lacks: the catalog is broken, not the scenario. */
export function missingFact(offering: CatalogOffering, fact: string): Error {
  return new Error(`the catalog's ${offering.id} has no ${fact}, which its rules need`);
}
