/**
 * The estimate the page opens with: the link's, if it opens, else the defaults and why. The link is
 * read once per page (`openingLink`); an `e=` link unpacks asynchronously, so the first render waits
 * for it (React's `use`), which it rarely has to: the link is read while the catalogs download.
 */
import type { Catalogs } from '../engine/catalog.ts';
import type { EstimateDoc } from '../engine/estimates/document.ts';
import { formatInputError, type FieldError } from '../engine/issues.ts';
import type { ScenarioDoc } from '../engine/scenario.ts';
import { readLink, type LinkDocument } from '../lib/url-state.ts';
import { DEFAULT_SCENARIO, estimateOf } from './calculator.ts';
import { readEstimateOrScenario, readScenarioDoc, type ReadEstimate } from './scenario-doc.ts';

export interface LinkProblem {
  /** What is wrong, in English (the contract's own message: `items[2].scenario.region: …`). */
  message: string;
  /** The fields at fault (paths such as `items[2].scenario.region`), when the link decoded but did not validate. */
  fields: string[];
}

export interface InitialEstimate {
  estimate: EstimateDoc;
  /** The scenario of the item in focus at first (the first item's). */
  inputs: ScenarioDoc;
  /** Why the link could not be opened, when the page was opened with one. */
  linkError?: LinkProblem;
}

/** A promise as React's `use` reads one it has not seen: settled already, it is read at once. */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled'; value?: T };

let opening: Tracked<LinkDocument> | undefined;

/**
 * The link the page was opened with (its address at the first call: after restore-url.ts, before the
 * URL is written), read once for the page's lifetime.
 */
export function openingLink(): Promise<LinkDocument> {
  if (!opening) {
    const link: Tracked<LinkDocument> = readLink(window.location.search).catch((): LinkDocument => ({
      kind: 'broken',
      message: "the link's estimate could not be read in this browser",
    }));
    link.status = 'pending';
    void link.then((value) => {
      link.status = 'fulfilled';
      link.value = value;
    });
    opening = link;
  }
  return opening;
}

function describe(errors: FieldError[]): LinkProblem {
  return { message: formatInputError(errors), fields: errors.map((e) => e.field).filter(Boolean) };
}

/**
 * The estimate a link opens, or why it does not (undefined: the address has no link). A scenario link
 * (made before estimates) opens as a one-item estimate whose item is labelled `label`.
 */
export function linkEstimate(
  link: LinkDocument,
  catalogs: Catalogs,
  label: string,
): { ok: true; doc: EstimateDoc } | { ok: false; problem: LinkProblem } | undefined {
  if (link.kind === 'none') return undefined;
  if (link.kind === 'broken') return { ok: false, problem: { message: link.message, fields: [] } };
  let read: ReadEstimate;
  if (link.kind === 'estimate') read = readEstimateOrScenario(link.json, catalogs, label);
  else {
    const scenario = readScenarioDoc(link.json, catalogs);
    read = scenario.ok ? { ok: true, doc: estimateOf(scenario.doc, label) } : scenario;
  }
  return read.ok ? read : { ok: false, problem: describe(read.errors) };
}

/** What the page opens with: the link's estimate, else the default scenario as a one-item estimate (and why). */
export function initialEstimate(link: LinkDocument, catalogs: Catalogs, label: string): InitialEstimate {
  const read = linkEstimate(link, catalogs, label);
  const estimate = read?.ok ? read.doc : estimateOf(DEFAULT_SCENARIO, label);
  return { estimate, inputs: estimate.items[0]!.scenario, ...(read && !read.ok && { linkError: read.problem }) };
}
