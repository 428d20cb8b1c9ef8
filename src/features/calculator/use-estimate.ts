/**
 * The estimate of the store's document, derived on render (never stored): the whole estimate's
 * totals (every item priced as a total, the cheap keystroke path) and the item in focus explained,
 * line by line. While a field is invalid the last valid figures stay on screen; the errors are split
 * into those of the focused item's fields (the form shows them at the field) and the estimate's own.
 *
 * With growth, each of the 36 months is priced apart, which costs more than a frame (some 16 ms for
 * nine items): a keystroke prices month 1 (`quoteMonthOne`), and the term (12 and 36 months, the
 * groups' terms, the growth warnings) follows once typing pauses, as a transition; until it has,
 * `termPending` is true and the term figures shown are the previous ones (dimmed). Run after every
 * keystroke instead, even deferred, it ran before the keystroke's paint or into the next keystroke.
 */
import { useMemo, useState } from 'react';
import type { Catalogs } from '../../engine/catalog.ts';
import type { Estimate } from '../../engine/estimate.ts';
import type { Estimate36 } from '../../engine/estimates/document.ts';
import { quoteEstimate, quoteMonthOne, type EstimateItemTotals, type EstimateOutput } from '../../engine/estimates/pricing.ts';
import type { FieldError } from '../../engine/issues.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { usePartner } from '../../lib/partner.ts';
import { useSettled } from '../../lib/use-settled.ts';
import { useCalculator } from '../../stores/calculator.ts';

const NO_ERRORS: FieldError[] = [];

/** How long typing must pause before a growing estimate's term is priced (keys of a fast typist are 100–150 ms apart). */
const TERM_SETTLE_MS = 150;

/** The focused item's fields whose errors the form shows at the field (the rest are listed with the estimate's). */
const FORM_FIELDS = new Set([
  'region',
  'edition',
  'instances',
  'hours',
  'callsPerMonth',
  'peakQps',
  'responseKB',
  'requestKB',
  'clientGB',
  'backendGB',
  'bandwidthHours',
  'discountPercent',
  'prices',
]);

function formField(field: string): boolean {
  return FORM_FIELDS.has(field) || field.startsWith('prices.');
}

/** An estimate and the validated scenario it prices. */
export interface Priced {
  scenario: Scenario;
  estimate: Estimate;
}

/** The whole estimate as priced, and the item whose lines it explains. */
export interface PricedEstimate {
  output: EstimateOutput<EstimateItemTotals>;
  validated: Estimate36;
  /** The item explained (the focus when it was priced). */
  focus: number;
}

export interface EstimateView {
  /** The whole estimate to show: the current one, or while a field is invalid the last valid one. */
  shown: PricedEstimate | undefined;
  /** The focused item's lines and the scenario they price (absent while stale on another item). */
  priced: Priced | undefined;
  /** The focused item's estimate (its lines, pooled usage as its share). */
  estimate: Estimate | undefined;
  /** True when `shown` is the last valid estimate, not the current inputs'. */
  stale: boolean;
  /** True while the term figures (12 and 36 months, groups' terms) are still those of an earlier keystroke. */
  termPending: boolean;
  errors: FieldError[];
  /** Errors that are not one field of the focused item: the estimate's own, or another item's. */
  estimateErrors: FieldError[];
  /** Error messages by field of the focused item's scenario (`callsPerMonth`, `prices.traffic`, …). */
  errorOf: (field: string) => string | undefined;
}

/** Explains the focused item only: every other item is priced as a total. */
function options(focus: number, markupPercent: string) {
  return { explain: false, explainItems: [focus], markupPercent } as const;
}

function explained(item: EstimateItemTotals | undefined): Estimate | undefined {
  return item && 'estimate' in item ? (item as EstimateItemTotals & { estimate: Estimate }).estimate : undefined;
}

type TermOutput = Pick<EstimateOutput<EstimateItemTotals>, 'first12' | 'first36' | 'months' | 'groups' | 'warnings'>;

/** Month 1's figures with a term's: the term's totals, months, groups' terms and warnings. */
function withTerm(month: EstimateOutput<EstimateItemTotals>, term: TermOutput): EstimateOutput<EstimateItemTotals> {
  const groupTerm = new Map(term.groups.map((g) => [g.group, g]));
  return {
    ...month,
    first12: term.first12,
    first36: term.first36,
    months: term.months,
    groups: month.groups.map((g) => ({ ...g, first12: groupTerm.get(g.group)?.first12 ?? g.first12, first36: groupTerm.get(g.group)?.first36 ?? g.first36 })),
    warnings: [...month.warnings, ...term.warnings.filter((w) => w.code === 'capacity-growth')],
  };
}

export function useEstimate(catalogs: Catalogs): EstimateView {
  const doc = useCalculator((s) => s.estimate);
  const focus = useCalculator((s) => s.focus);
  // The estimate is data in no language: switching the page's language does not price it again.
  // A partner's margin raises every figure the page shows (docs/embedding.md).
  const { markupPercent } = usePartner();
  const result = useMemo(() => quoteMonthOne(doc, catalogs, options(focus, markupPercent)), [doc, focus, catalogs, markupPercent]);
  // With growth, the term once typing pauses (another item in focus: at once).
  const termDoc = useSettled(doc, TERM_SETTLE_MS, focus);
  // Priced only when the settled document changes (never on a keystroke), and only with growth
  // (without, month 1's pricing has the term: months alike are priced once).
  const termResult = useMemo(() => {
    if (termDoc.growthPercent === undefined) return undefined;
    const r = quoteEstimate(termDoc, catalogs, { explain: false, markupPercent });
    return r.ok ? r.output : undefined;
  }, [termDoc, catalogs, markupPercent]);
  const [lastTerm, setLastTerm] = useState<TermOutput | undefined>(termResult);
  if (termResult && lastTerm !== termResult) setLastTerm(termResult);
  const termPending = result.ok && !result.termPriced && (termDoc !== doc || !termResult);
  const current = useMemo<PricedEstimate | undefined>(() => {
    if (!result.ok) return undefined;
    const term = result.termPriced ? undefined : (termResult ?? lastTerm);
    return { output: term ? withTerm(result.output, term) : result.output, validated: result.estimate, focus };
  }, [result, termResult, lastTerm, focus]);
  // The last valid estimate, kept while a field is being corrected (React's "information from
  // previous renders" pattern: set during render, re-rendered at once, no effect).
  const [last, setLast] = useState<PricedEstimate | undefined>(current);
  if (current && last !== current) setLast(current);
  const shown = current ?? last;
  const priced = useMemo<Priced | undefined>(() => {
    if (!shown || shown.focus !== focus) return undefined;
    const estimate = explained(shown.output.items[focus]);
    const scenario = shown.validated.items[focus]?.scenario;
    return estimate && scenario ? { scenario, estimate } : undefined;
  }, [shown, focus]);

  // One function per set of errors, so fields whose props are unchanged skip re-rendering.
  const errors = result.ok ? NO_ERRORS : result.errors;
  const errorKey = JSON.stringify(errors);
  const prefix = `items[${focus}].scenario.`;
  const { errorOf, estimateErrors } = useMemo(() => {
    const all = JSON.parse(errorKey) as FieldError[];
    const mine = (e: FieldError) => e.field.startsWith(prefix) && formField(e.field.slice(prefix.length));
    const byField = new Map(all.filter(mine).map((e) => [e.field.slice(prefix.length), e.message]));
    const rest = all.filter((e) => !mine(e));
    return { errorOf: (field: string) => byField.get(field), estimateErrors: rest.length > 0 ? rest : NO_ERRORS };
  }, [errorKey, prefix]);
  return useMemo(
    () => ({ shown, priced, estimate: priced?.estimate, stale: !result.ok, termPending, errors, estimateErrors, errorOf }),
    [shown, priced, result.ok, termPending, errors, estimateErrors, errorOf],
  );
}
