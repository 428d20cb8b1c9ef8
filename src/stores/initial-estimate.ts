/**
 * The estimate the page opens with: the link's, if it opens, else the defaults and why. The link is
 * read once per page (`openingLink`); an `e=` link unpacks asynchronously, so the first render waits
 * for it (React's `use`), which it rarely has to: the link is read while the catalogs download.
 */
import type { Catalogs } from '../engine/catalog.ts';
import type { EstimateDoc } from '../engine/estimates/document.ts';
import { formatInputError, type FieldError } from '../engine/issues.ts';
import type { ScenarioDoc } from '../engine/scenario.ts';
import { findOffering } from '../engine/catalog.ts';
import { OFFERINGS } from '../engine/offerings/registry.ts';
import { withOffering } from '../engine/scenario-edit.ts';
import { notOffered, offers, type PartnerOptions } from '../lib/partner.ts';
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

/** A document's offerings that the partner does not offer, as a link problem. */
export function offeringProblem(partner: PartnerChoice, doc: unknown): LinkProblem | undefined {
  const outside = notOffered(partner, doc);
  if (outside.length === 0) return undefined;
  const offered = OFFERINGS.filter((o) => offers(partner, o));
  return { message: `it names offerings not offered here: ${outside.join(', ')} (offered: ${offered.join(', ')})`, fields: [] };
}

/** What a partner offers and opens by default (lib/partner.ts). */
export type PartnerChoice = Pick<PartnerOptions, 'vendors' | 'offerings' | 'defaultDocument'>;

/**
 * The estimate a page opens when its link names none: the partner's configured default if it opens
 * and is offered, else the default scenario, moved to the first offered offering if it is not offered.
 */
export function defaultEstimate(catalogs: Catalogs, label: string, partner: PartnerChoice = {}): EstimateDoc {
  if (partner.defaultDocument !== undefined) {
    const read = readEstimateOrScenario(partner.defaultDocument, catalogs, label);
    if (read.ok && !offeringProblem(partner, read.doc)) return read.doc;
  }
  const first = OFFERINGS.find((o) => offers(partner, o) && findOffering(catalogs, o));
  const scenario = offers(partner, DEFAULT_SCENARIO.offering) || !first ? DEFAULT_SCENARIO : withOffering(DEFAULT_SCENARIO, first, catalogs);
  return estimateOf(scenario, label);
}

/**
 * What the page opens with: the link's estimate, else the default (and why). A link naming an
 * offering the partner does not offer opens the default, saying so.
 */
export function initialEstimate(link: LinkDocument, catalogs: Catalogs, label: string, partner: PartnerChoice = {}): InitialEstimate {
  const read = linkEstimate(link, catalogs, label);
  const problem = read ? (read.ok ? offeringProblem(partner, read.doc) : read.problem) : undefined;
  const estimate = read?.ok && !problem ? read.doc : defaultEstimate(catalogs, label, partner);
  return { estimate, inputs: estimate.items[0]!.scenario, ...(problem && { linkError: problem }) };
}
