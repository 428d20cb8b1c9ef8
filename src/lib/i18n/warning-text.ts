/**
 * A warning's sentence, written from its code and parameters (the engine says what, never in words).
 * Numbers are formatted and edition ids named by the caller, so the page and the command line share
 * one set of sentences per language.
 */
import type { EstimateWarning } from '../../engine/charges.ts';
import type { Messages } from './en.ts';

export interface WarningFormat {
  /** A plain decimal string as the reader's language writes numbers. */
  number: (value: string) => string;
  /** An edition id as the vendor names it. */
  edition: (id: string) => string;
  /** A price key (`calls.tier1`) as the reader's page names it; without it, the key itself. */
  priceKey?: (key: string) => string;
}

const NUMBER_PARAMS = ['peakQps', 'capacity', 'cap'];

export function warningText(t: Messages, w: EstimateWarning, format: WarningFormat): string {
  const p: Record<string, string> = { ...w.params };
  for (const k of NUMBER_PARAMS) if (p[k] !== undefined) p[k] = format.number(p[k]);
  if (p.edition !== undefined) p.editionName = format.edition(p.edition);
  if (p.key !== undefined && format.priceKey) p.keyName = format.priceKey(p.key);
  return t.warnings[w.code](p);
}
