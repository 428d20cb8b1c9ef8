/** The scenario the page opens with: the link's, if it is valid, else the defaults and why. */
import type { Catalogs } from '../../engine/catalog.ts';
import { validateScenario, type ScenarioJson } from '../../engine/scenario.ts';
import { formatInputError, isRecord } from '../../engine/issues.ts';
import { readLinkScenario } from '../../lib/url-state.ts';
import { DEFAULT_SCENARIO } from './store.ts';

export interface InitialScenario {
  inputs: ScenarioJson;
  /** What is wrong with the link, when it had a scenario that could not be opened. */
  linkError?: string;
}

export function initialScenario(search: string, catalogs: Catalogs): InitialScenario {
  const link = readLinkScenario(search);
  if (link.kind === 'none') return { inputs: DEFAULT_SCENARIO };
  if (link.kind === 'broken') return { inputs: DEFAULT_SCENARIO, linkError: link.message };
  const v = validateScenario(link.json, catalogs);
  if (!v.ok || !isRecord(link.json)) {
    const why = v.ok ? 'not an object' : formatInputError(v.errors);
    return { inputs: DEFAULT_SCENARIO, linkError: `the link's scenario could not be opened (${why}); showing the default scenario instead` };
  }
  return { inputs: link.json };
}
