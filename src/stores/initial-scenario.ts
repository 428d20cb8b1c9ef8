/** The scenario the page opens with: the link's, if it is valid, else the defaults and why. */
import type { Catalogs } from '../engine/catalog.ts';
import { formatInputError, type FieldError } from '../engine/issues.ts';
import type { ScenarioDoc } from '../engine/scenario.ts';
import { readLinkScenario } from '../lib/url-state.ts';
import { DEFAULT_SCENARIO } from './calculator.ts';
import { readScenarioDoc } from './scenario-doc.ts';

export interface LinkProblem {
  /** What is wrong, in English (the scenario contract's own message). */
  message: string;
  /** The scenario fields at fault, when the link decoded but did not validate. */
  fields: string[];
}

export interface InitialScenario {
  inputs: ScenarioDoc;
  /** Why the link's scenario could not be opened, when the link had one. */
  linkError?: LinkProblem;
}

function describe(errors: FieldError[]): LinkProblem {
  return { message: formatInputError(errors), fields: errors.map((e) => e.field).filter(Boolean) };
}

export function initialScenario(search: string, catalogs: Catalogs): InitialScenario {
  const link = readLinkScenario(search);
  if (link.kind === 'none') return { inputs: DEFAULT_SCENARIO };
  if (link.kind === 'broken') return { inputs: DEFAULT_SCENARIO, linkError: { message: link.message, fields: [] } };
  const read = readScenarioDoc(link.json, catalogs);
  if (!read.ok) return { inputs: DEFAULT_SCENARIO, linkError: describe(read.errors) };
  return { inputs: read.doc };
}
