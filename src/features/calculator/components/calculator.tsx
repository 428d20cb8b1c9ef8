/** The calculator: presets, the form, and the estimate beside it; the URL follows every change. */
import { useEffect, useState } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { useLocale, useT } from '../../../lib/i18n/locale.ts';
import { readLinkScenario, replaceUrl, shareUrl } from '../../../lib/url-state.ts';
import { validateScenario } from '../../../engine/scenario.ts';
import { initialScenario, type LinkProblem } from '../initial-scenario.ts';
import { CalculatorProvider, useCalculator } from '../store.ts';
import { useEstimate } from '../use-estimate.ts';
import { PricingFields } from './pricing-fields.tsx';
import { Presets } from './presets.tsx';
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

/** Keeps the URL on the current scenario (when valid) and language; opens a link on back/forward. */
function useUrlSync(catalogs: Catalogs, scenarioOk: boolean) {
  const inputs = useCalculator((s) => s.inputs);
  const load = useCalculator((s) => s.load);
  const locale = useLocale();
  useEffect(() => {
    if (scenarioOk) replaceUrl(shareUrl(window.location.href, inputs, locale));
  }, [inputs, locale, scenarioOk]);
  useEffect(() => {
    const onPop = () => {
      const link = readLinkScenario(window.location.search);
      if (link.kind === 'json' && validateScenario(link.json, catalogs).ok) load(link.json as Record<string, unknown>);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [catalogs, load]);
}

function CalculatorBody({ catalogs, linkError }: { catalogs: Catalogs; linkError: LinkProblem | undefined }) {
  const view = useEstimate(catalogs);
  useUrlSync(catalogs, !view.stale);
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
      <CalculatorBody catalogs={catalogs} linkError={start.linkError} />
    </CalculatorProvider>
  );
}
