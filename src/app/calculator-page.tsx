/**
 * The page once the catalogs are here: one store of the user's inputs (the link's scenario or the
 * defaults), the calculator, and the decision tools, which load lazily with their charts.
 */
import { lazy, Suspense, useState } from 'react';
import type { Catalogs } from '../engine/catalog.ts';
import { Calculator } from '../features/calculator/components/calculator.tsx';
import { EmbedBridge } from '../features/embed/embed-bridge.tsx';
import { ExportBar } from '../features/export/components/export-bar.tsx';
import { useT } from '../lib/i18n/locale.ts';
import { CalculatorProvider } from '../stores/calculator.ts';
import { initialScenario } from '../stores/initial-scenario.ts';

const Decisions = lazy(() => import('../features/decisions/components/decisions.tsx'));

function DecisionsLoading() {
  const t = useT();
  return (
    <div className="skeleton" aria-busy="true">
      <p className="visually-hidden">{t.loading}</p>
      <div className="skeleton__block skeleton__block--tall" />
    </div>
  );
}

export function CalculatorPage({ catalogs, embedded }: { catalogs: Catalogs; embedded: boolean }) {
  const [start] = useState(() => initialScenario(window.location.search, catalogs));
  return (
    <CalculatorProvider initial={start.inputs}>
      <Calculator catalogs={catalogs} start={start} actions={<ExportBar catalogs={catalogs} />} />
      {embedded ? (
        <EmbedBridge catalogs={catalogs} />
      ) : (
        <Suspense fallback={<DecisionsLoading />}>
          <Decisions catalogs={catalogs} />
        </Suspense>
      )}
    </CalculatorProvider>
  );
}
