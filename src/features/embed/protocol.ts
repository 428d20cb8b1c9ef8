/**
 * The embedding API, version 1 (docs/embedding.md): messages between the calculator in an iframe and
 * the page that embeds it. Every message is an object `{ type: 'apigw-calc:…', version: 1, … }`.
 * Parsing is strict: anything else is refused with a reason, never acted on.
 */
import type { Estimate } from '../../engine/estimate.ts';
import type { EstimateDoc } from '../../engine/estimates/document.ts';
import type { EstimateItemOutput, EstimateOutput } from '../../engine/estimates/pricing.ts';
import { isRecord } from '../../engine/issues.ts';
import type { EstimateLine } from '../../engine/price.ts';
import type { ScenarioDoc } from '../../engine/scenario.ts';
import type { Messages } from '../../lib/i18n/en.ts';
import { lineFormula } from '../../lib/i18n/estimate-text.ts';
import { isLocale, type Locale } from '../../lib/i18n/locale.ts';

export const PROTOCOL_VERSION = 1;
const PREFIX = 'apigw-calc:';

/**
 * The estimate as the host receives it: the engine's data (each line's `calculation`, warnings as
 * codes with parameters, derivations in both languages), and each line's `formula`, the one sentence
 * version 1 documents, written in the language the calculator is showing.
 */
export type EmbeddedEstimate = Omit<Estimate, 'lines'> & { lines: (EstimateLine & { formula: string })[] };

/**
 * The whole estimate as the host receives it (`summary`): SCENARIO.md's estimate output (monthly,
 * upfront, first12, first36, complete, items, groups, pooled, months, warnings), each item's lines with
 * their `formula` in the language shown.
 */
export type EmbeddedSummary = Omit<EstimateOutput, 'items'> & { items: (Omit<EstimateItemOutput, 'estimate'> & { estimate: EmbeddedEstimate })[] };

/** From the calculator to the host. */
export type OutgoingMessage =
  | { type: 'apigw-calc:ready'; version: 1 }
  | {
      type: 'apigw-calc:estimate';
      version: 1;
      /** The item in focus: its scenario document and its estimate (as version 1 has always sent). */
      scenario: ScenarioDoc;
      estimate: EmbeddedEstimate;
      /** The estimate document on screen (every item), and its output. */
      document: EstimateDoc;
      summary: EmbeddedSummary;
    }
  | { type: 'apigw-calc:resize'; version: 1; height: number };

/** The estimate message's `estimate`, with each line's formula in the page's words. */
export function embeddedEstimate(estimate: Estimate, t: Messages): EmbeddedEstimate {
  return { ...estimate, lines: estimate.lines.map((l) => ({ ...l, formula: lineFormula(t, l) })) };
}

/** The estimate message's `summary`: the estimate's output, each item's lines with their formula in the page's words. */
export function embeddedSummary(output: EstimateOutput, t: Messages): EmbeddedSummary {
  return { ...output, items: output.items.map((item) => ({ ...item, estimate: embeddedEstimate(item.estimate, t) })) };
}

/** From the host to the calculator. The documents are checked later, as a link's are. */
export type IncomingMessage =
  | { type: 'apigw-calc:set-scenario'; scenario: unknown }
  | { type: 'apigw-calc:set-estimate'; document: unknown }
  | { type: 'apigw-calc:set-locale'; locale: Locale };

export type Parsed = { ok: true; message: IncomingMessage } | { ok: false; reason: string };

export function parseIncoming(data: unknown): Parsed {
  if (!isRecord(data)) return { ok: false, reason: 'not an object' };
  if (typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return { ok: false, reason: `type must start with "${PREFIX}"` };
  if (data.version !== PROTOCOL_VERSION) return { ok: false, reason: `version must be ${PROTOCOL_VERSION}` };
  const allowed = (keys: string[]) => Object.keys(data).every((k) => ['type', 'version', ...keys].includes(k));
  switch (data.type) {
    case 'apigw-calc:set-scenario':
      if (!('scenario' in data) || !allowed(['scenario'])) return { ok: false, reason: 'set-scenario takes exactly one field, scenario' };
      return { ok: true, message: { type: data.type, scenario: data.scenario } };
    case 'apigw-calc:set-estimate':
      if (!('document' in data) || !allowed(['document'])) return { ok: false, reason: 'set-estimate takes exactly one field, document' };
      return { ok: true, message: { type: data.type, document: data.document } };
    case 'apigw-calc:set-locale':
      if (!isLocale(data.locale) || !allowed(['locale'])) return { ok: false, reason: 'set-locale takes locale "zh" or "en"' };
      return { ok: true, message: { type: data.type, locale: data.locale } };
    default:
      return { ok: false, reason: `unknown message type ${JSON.stringify(data.type).slice(0, 60)}` };
  }
}

/** An origin as the URL parameter may give it: scheme, host and port only ("https://example.com"). */
export function parseOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export interface EmbedConfig {
  /** The host's origin, when it was given and matches the real embedding context (and any allowlist). */
  parentOrigin?: string;
  /** Why messages will not be posted, when they will not. */
  problem?: string;
}

/**
 * The host origin the calculator will talk to: the `parentOrigin` parameter, accepted only if it is
 * the origin that really embeds the page (the browser's ancestorOrigins, else the referrer) and, when
 * the build names allowed origins, one of them.
 */
export function embedConfig(param: string | null, actual: string | undefined, allowlist: readonly string[]): EmbedConfig {
  const parentOrigin = parseOrigin(param);
  if (!parentOrigin)
    return {
      problem: param
        ? `parentOrigin ${JSON.stringify(param).slice(0, 80)} is not an origin such as https://example.com`
        : 'no parentOrigin parameter: the calculator will not post messages',
    };
  if (actual !== undefined && actual !== parentOrigin)
    return { problem: `parentOrigin ${parentOrigin} is not the page that embeds the calculator (${actual})` };
  if (actual === undefined) return { problem: `the embedding page's origin cannot be confirmed as ${parentOrigin}` };
  if (allowlist.length > 0 && !allowlist.includes(parentOrigin)) return { problem: `${parentOrigin} is not allowed to embed this calculator` };
  return { parentOrigin };
}
