/** The calculator: presets, the form, and the estimate beside it; the URL follows every change. */
import { useEffect, useState } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { useLocale, useT } from '../../../lib/i18n/locale.ts';
import { readLinkScenario, replaceUrl, shareUrl } from '../../../lib/url-state.ts';
import { validateScenario } from '../../../engine/scenario.ts';
import { initialScenario, type InitialScenario, type LinkProblem } from '../initial-scenario.ts';
import { CalculatorProvider, useCalculator } from '../store.ts';
import { useEstimate } from '../use-estimate.ts';
import { PricingFields } from './pricing-fields.tsx';
import { Presets } from './presets.tsx';
import { PrintSummary } from './print-summary.tsx';
import { ProductFields } from './product-fields.tsx';
import { Result } from './result.tsx';
import { ShareBar } from './share-bar.tsx';
import { TopologyFields } from './topology-fields.tsx';
import { WorkloadFields } from './workload-fields.tsx';

function LinkError({ problem }: { problem: LinkProblem }) {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert" data-testid="error">
      <p>
        {t.linkError(problem.fields.length > 0 ? t.linkFields(problem.fields.join(', ')) : '')}
      </p>
      <details>
        <summary>{t.details}</summary>
        <p>{problem.message}</p>
      </details>
    </div>
  );
}

/**
 * Keeps the URL on the current scenario (when valid) and language; opens a link on back/forward.
 * A link that could not be opened stays in the address bar until the user changes something, so a
 * reload shows the same message and the link can still be inspected.
 */
function useUrlSync(catalogs: Catalogs, scenarioOk: boolean, brokenLinkInputs: unknown) {
  const inputs = useCalculator((s) => s.inputs);
  const load = useCalculator((s) => s.load);
  const locale = useLocale();
  useEffect(() => {
    if (scenarioOk && inputs !== brokenLinkInputs) replaceUrl(shareUrl(window.location.href, inputs, locale));
  }, [inputs, locale, scenarioOk, brokenLinkInputs]);
  useEffect(() => {
    const onPop = () => {
      const link = readLinkScenario(window.location.search);
      if (link.kind === 'json' && validateScenario(link.json, catalogs).ok) load(link.json as Record<string, unknown>);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [catalogs, load]);
}

function CalculatorBody({ catalogs, start }: { catalogs: Catalogs; start: InitialScenario }) {
  const view = useEstimate(catalogs);
  const linkError = start.linkError;
  useUrlSync(catalogs, !view.stale, linkError ? start.inputs : undefined);
  return (
    <>
      {linkError && <LinkError problem={linkError} />}
      <Presets />
      <div className="calculator">
        <form className="calculator__form" onSubmit={(e) => e.preventDefault()} noValidate>
          <ProductFields catalogs={catalogs} view={view} />
          <WorkloadFields view={view} />
          <TopologyFields />
          <PricingFields catalogs={catalogs} view={view} />
        </form>
        <div className="calculator__result">
          <PrintSummary catalogs={catalogs} />
          <Result view={view} />
          <ShareBar />
        </div>
      </div>
    </>
  );
}

export function Calculator({ catalogs }: { catalogs: Catalogs }) {
  const [start] = useState(() => initialScenario(window.location.search, catalogs));
  return (
    <CalculatorProvider initial={start.inputs}>
      <CalculatorBody catalogs={catalogs} start={start} />
    </CalculatorProvider>
  );
}
