/** The estimate of the store's inputs, derived on render (never stored), and field errors by name. */
import { useMemo, useState } from 'react';
import type { Catalogs } from '../../engine/catalog.ts';
import { quote, type Estimate } from '../../engine/estimate.ts';
import type { FieldError } from '../../engine/issues.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { useCalculator } from '../../stores/calculator.ts';

const NO_ERRORS: FieldError[] = [];

/** An estimate and the validated scenario it prices. */
export interface Priced {
  scenario: Scenario;
  estimate: Estimate;
}

export interface EstimateView {
  /** The estimate to show and the scenario it prices (whose offering names the editions its warnings quote), together. */
  priced: Priced | undefined;
  /** The estimate to show: the current one, or while a field is invalid the last valid one. */
  estimate: Estimate | undefined;
  /** True when `estimate` is the last valid one, not the current inputs'. */
  stale: boolean;
  errors: FieldError[];
  /** Error messages by field (`callsPerMonth`, `prices.traffic`, …). */
  errorOf: (field: string) => string | undefined;
}

export function useEstimate(catalogs: Catalogs): EstimateView {
  const inputs = useCalculator((s) => s.inputs);
  // The estimate is data in no language: switching the page's language does not price it again.
  const result = useMemo(() => quote(inputs, catalogs), [inputs, catalogs]);
  const current = useMemo<Priced | undefined>(() => (result.ok ? { scenario: result.scenario, estimate: result.estimate } : undefined), [result]);
  // The last valid estimate, kept while a field is being corrected (React's "information from
  // previous renders" pattern: set during render, re-rendered at once, no effect).
  const [last, setLast] = useState<Priced | undefined>(current);
  if (current && last !== current) setLast(current);
  const shown = current ?? last;
  // One function per set of errors, so fields whose props are unchanged skip re-rendering.
  const errors = result.ok ? NO_ERRORS : result.errors;
  const errorKey = JSON.stringify(errors);
  const errorOf = useMemo(() => {
    const byField = new Map((JSON.parse(errorKey) as FieldError[]).map((e) => [e.field, e.message]));
    return (field: string) => byField.get(field);
  }, [errorKey]);
  return useMemo(() => ({ priced: shown, estimate: shown?.estimate, stale: !result.ok, errors, errorOf }), [shown, result.ok, errors, errorOf]);
}
