/**
 * The calculator's side of the embedding API: announces itself, posts the estimate whenever it
 * changes and the page's height whenever it changes, and takes set-scenario / set-locale from the
 * host. It talks to one origin only (never "*"); anything else is ignored with a console warning.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Catalogs } from '../../engine/catalog.ts';
import { quote } from '../../engine/estimate.ts';
import { quoteEstimate } from '../../engine/estimates/pricing.ts';
import { formatInputError, type FieldError } from '../../engine/issues.ts';
import { useLocaleStore, useT } from '../../lib/i18n/locale.ts';
import { useCalculator } from '../../stores/calculator.ts';
import { useNextFrame } from '../../lib/use-next-frame.ts';
import { usePartner } from '../../lib/partner.ts';
import { offeringProblem } from '../../stores/initial-estimate.ts';
import { readEstimateOrScenario, readScenarioDoc } from '../../stores/scenario-doc.ts';
import { PROTOCOL_VERSION, embedConfig, embeddedEstimate, embeddedSummary, parseIncoming, type OutgoingMessage } from './protocol.ts';

/** Origins a deployment allows to embed it, fixed at build time (VITE_EMBED_ALLOWED_ORIGINS, comma-separated). */
const ALLOWLIST: readonly string[] = (import.meta.env.VITE_EMBED_ALLOWED_ORIGINS ?? '')
  .split(',')
  .map((s: string) => s.trim())
  .filter(Boolean);

/** The origin of the page that embeds this one, as the browser reports it. */
function embeddingOrigin(): string | undefined {
  if (window.parent === window) return undefined;
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0];
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

export function EmbedBridge({ catalogs }: { catalogs: Catalogs }) {
  const config = useMemo(() => embedConfig(new URLSearchParams(window.location.search).get('parentOrigin'), embeddingOrigin(), ALLOWLIST), []);
  const currentInputs = useCalculator((s) => s.inputs);
  const currentDoc = useCalculator((s) => s.estimate);
  // Priced and posted just after the keystroke's frame is painted (it prices the whole estimate over
  // the term, explained, which a keystroke's frame cannot afford).
  const current = useMemo(() => ({ inputs: currentInputs, doc: currentDoc }), [currentInputs, currentDoc]);
  const { inputs, doc } = useNextFrame(current);
  const load = useCalculator((s) => s.load);
  const loadEstimate = useCalculator((s) => s.loadEstimate);
  const partner = usePartner();
  const setLocale = useLocaleStore((s) => s.setLocale);
  const t = useT();
  const lastEstimate = useRef('');
  const origin = config.parentOrigin;

  const post = useMemo(
    () => (message: OutgoingMessage) => {
      if (origin) window.parent.postMessage(message, origin);
    },
    [origin],
  );

  useEffect(() => {
    if (config.problem) console.warn(`[apigw-calc] embedding: ${config.problem}`);
    post({ type: 'apigw-calc:ready', version: PROTOCOL_VERSION });
  }, [config, post]);

  // The estimate, each time it changes (or its formulas' language does): the item in focus as version 1
  // has always sent it, and the whole estimate (its document and its output), at the partner's price.
  useEffect(() => {
    const { markupPercent } = partner;
    const r = quote(inputs, catalogs, { markupPercent });
    const whole = quoteEstimate(doc, catalogs, { markupPercent });
    if (!r.ok || !whole.ok) return;
    const estimate = embeddedEstimate(r.estimate, t);
    const summary = embeddedSummary(whole.output, t);
    const json = JSON.stringify([inputs, estimate, doc, summary]);
    if (json === lastEstimate.current) return;
    lastEstimate.current = json;
    post({ type: 'apigw-calc:estimate', version: PROTOCOL_VERSION, scenario: inputs, estimate, document: doc, summary });
  }, [inputs, doc, catalogs, post, t, partner]);

  // The page's height, each time it changes, so the host can size the iframe.
  useEffect(() => {
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== last) {
        last = height;
        post({ type: 'apigw-calc:resize', version: PROTOCOL_VERSION, height });
      }
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [post]);

  // Messages from the host.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!origin || event.origin !== origin || event.source !== window.parent) {
        console.warn(`[apigw-calc] ignored a message from ${event.origin}: not the embedding page`);
        return;
      }
      const parsed = parseIncoming(event.data);
      if (!parsed.ok) {
        console.warn(`[apigw-calc] ignored a message: ${parsed.reason}`);
        return;
      }
      const m = parsed.message;
      if (m.type === 'apigw-calc:set-locale') {
        void setLocale(m.locale);
        return;
      }
      // Each is checked exactly as a link is (a scenario in set-estimate means a one-item estimate),
      // then against the partner's offer; what fails is ignored with a warning saying why.
      const accept = <D,>(kind: string, read: { ok: true; doc: D } | { ok: false; errors: FieldError[] }, apply: (doc: D) => void) => {
        const problem = read.ok ? offeringProblem(partner, read.doc)?.message : formatInputError(read.errors);
        if (problem !== undefined) console.warn(`[apigw-calc] ignored ${kind}: ${problem}`);
        else if (read.ok) apply(read.doc);
      };
      if (m.type === 'apigw-calc:set-estimate')
        accept('set-estimate', readEstimateOrScenario(m.document, catalogs, t.itemLabel(1)), (doc) => loadEstimate(doc, 0));
      else accept('set-scenario', readScenarioDoc(m.scenario, catalogs), load);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [origin, catalogs, load, loadEstimate, setLocale, partner, t]);

  return null;
}
