/** The calculator: presets, the form, and the estimate beside it; the URL follows every change. */
import { useEffect, type ReactNode } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { useLocale, useT } from '../../../lib/i18n/locale.ts';
import { readLinkScenario, shareUrl } from '../../../lib/url-state.ts';
import { dropPendingUrl, flushUrl, writeUrlSoon } from '../../../lib/url-writer.ts';
import type { InitialScenario, LinkProblem } from '../../../stores/initial-scenario.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { readScenarioDoc } from '../../../stores/scenario-doc.ts';
import { useEstimate } from '../use-estimate.ts';
import { PricingFields, priceKeysOf } from './pricing-fields.tsx';
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
      <p>{t.linkError(problem.fields.length > 0 ? t.linkFields(problem.fields.join(', ')) : '')}</p>
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
function UrlSync({ catalogs, scenarioOk, brokenLinkInputs }: { catalogs: Catalogs; scenarioOk: boolean; brokenLinkInputs: unknown }) {
  const inputs = useCalculator((s) => s.inputs);
  const load = useCalculator((s) => s.load);
  const locale = useLocale();
  useEffect(() => {
    if (!scenarioOk || inputs === brokenLinkInputs) return;
    // Written once typing pauses (an invalid field in between keeps the last valid link pending).
    writeUrlSoon(shareUrl(window.location.href, inputs, locale));
  }, [inputs, locale, scenarioOk, brokenLinkInputs]);
  useEffect(() => {
    // Leaving or hiding the page writes a pending URL at once, so a reload, back/forward or a
    // bookmark has it.
    const onHide = () => {
      if (document.visibilityState === 'hidden') flushUrl();
    };
    window.addEventListener('pagehide', flushUrl);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flushUrl);
      document.removeEventListener('visibilitychange', onHide);
      flushUrl();
    };
  }, []);
  useEffect(() => {
    const onPop = () => {
      dropPendingUrl();
      const link = readLinkScenario(window.location.search);
      if (link.kind !== 'json') return;
      const read = readScenarioDoc(link.json, catalogs);
      if (read.ok) load(read.doc);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [catalogs, load]);
  return null;
}

/** The calculator, inside a CalculatorProvider that holds `start.inputs`; `actions` go under the estimate. */
export function Calculator({ catalogs, start, actions }: { catalogs: Catalogs; start: InitialScenario; actions?: ReactNode }) {
  const view = useEstimate(catalogs);
  const { inUse, missing } = priceKeysOf(view);
  return (
    <>
      <UrlSync catalogs={catalogs} scenarioOk={!view.stale} brokenLinkInputs={start.linkError ? start.inputs : undefined} />
      {start.linkError && <LinkError problem={start.linkError} />}
      <Presets />
      <div className="calculator">
        <form className="calculator__form" onSubmit={(e) => e.preventDefault()} noValidate>
          <ProductFields catalogs={catalogs} errorOf={view.errorOf} />
          <WorkloadFields errorOf={view.errorOf} />
          <TopologyFields catalogs={catalogs} />
          <PricingFields catalogs={catalogs} errorOf={view.errorOf} keysInUse={inUse} missingKeys={missing} />
        </form>
        <div className="calculator__result">
          <PrintSummary catalogs={catalogs} />
          <Result view={view} catalogs={catalogs} />
          <ShareBar stale={view.stale} />
          {actions}
        </div>
      </div>
    </>
  );
}
