import type { Catalog, CatalogEdition, CatalogOffering } from '../catalog.ts';
import type { FormulaLocale, FormulaWords } from '../charges.ts';
import type { Scenario } from '../scenario.ts';

/** What a rule sees: the validated scenario and its catalog entries. */
export interface RuleContext {
  scenario: Scenario;
  catalog: Catalog;
  offering: CatalogOffering;
  /** Dedicated offerings: the scenario's edition. */
  edition?: CatalogEdition;
  /** The language of the explanation (formulas, derivations). */
  locale: FormulaLocale;
  /** The words formulas are written with. */
  words: FormulaWords;
}
