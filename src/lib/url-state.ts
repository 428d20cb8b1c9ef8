/**
 * The page's URL as shareable state (SCENARIO.md, "Estimate links"): the estimate in `?e=` (compressed;
 * what the page writes), `?estimate=` (uncompressed) or, from links made before estimates, a scenario
 * in `?scenario=`; and the language in `?lang=`. Reading reports what is wrong with a link. Writing it
 * is url-writer.ts.
 */
import {
  ESTIMATE_LINK_PARAM,
  PLAIN_ESTIMATE_PARAM,
  SCENARIO_PARAM,
  decodeEstimateParam,
  decodePlainEstimateParam,
  decodeScenarioParam,
  encodeEstimateParam,
  encodePlainEstimateParam,
  encodeScenarioParam,
} from '../engine/share-link.ts';
import { LANG_PARAM, type Locale } from './i18n/locale.ts';

/** The parameters that carry a document, in the order a link is read when it has several. */
const DOCUMENT_PARAMS = [ESTIMATE_LINK_PARAM, PLAIN_ESTIMATE_PARAM, SCENARIO_PARAM] as const;

/**
 * What a link carries: nothing, the JSON of an estimate (`e`, `estimate`) or of a scenario (`scenario`),
 * or why it could not be read. Whether the JSON is a valid document is the document's validation.
 */
export type LinkDocument = { kind: 'none' } | { kind: 'estimate' | 'scenario'; json: unknown } | { kind: 'broken'; message: string };

/** The link in `search`, decoded (an `e` link unpacks asynchronously). */
export async function readLink(search: string): Promise<LinkDocument> {
  const params = new URLSearchParams(search);
  const name = DOCUMENT_PARAMS.find((p) => params.has(p));
  if (name === undefined) return { kind: 'none' };
  const param = params.get(name)!;
  const decoded =
    name === ESTIMATE_LINK_PARAM
      ? await decodeEstimateParam(param)
      : name === PLAIN_ESTIMATE_PARAM
        ? decodePlainEstimateParam(param)
        : decodeScenarioParam(param);
  if (!decoded.ok) return { kind: 'broken', message: decoded.message };
  return { kind: name === SCENARIO_PARAM ? 'scenario' : 'estimate', json: decoded.json };
}

/** `href` with one document parameter set (any other document parameter removed) and the language. */
function withDocument(href: string, name: (typeof DOCUMENT_PARAMS)[number], value: string, locale: Locale): string {
  const url = new URL(href);
  for (const p of DOCUMENT_PARAMS) if (p !== name) url.searchParams.delete(p);
  url.searchParams.set(name, value);
  url.searchParams.set(LANG_PARAM, locale);
  return url.toString();
}

/** The estimate's link (`e=`, compressed) in the language (other parameters kept): what the page writes and copies. */
export async function estimateUrl(href: string, estimate: unknown, locale: Locale): Promise<string> {
  return withDocument(href, ESTIMATE_LINK_PARAM, await encodeEstimateParam(estimate), locale);
}

/**
 * The estimate's link uncompressed (`estimate=`), made at once: it opens the same estimate, and stands
 * for the compressed link while that is being made.
 */
export function plainEstimateUrl(href: string, estimate: unknown, locale: Locale): string {
  return withDocument(href, PLAIN_ESTIMATE_PARAM, encodePlainEstimateParam(estimate), locale);
}

/** A scenario's link (`scenario=`), as links were made before estimates: it opens as a one-item estimate. */
export function shareUrl(href: string, json: unknown, locale: Locale): string {
  return withDocument(href, SCENARIO_PARAM, encodeScenarioParam(json), locale);
}
