import { useEffect, useMemo, useState } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { quote } from '../../../engine/estimate.ts';
import { replaceUrl, urlWithScenario } from '../../../lib/url-state.ts';
import { initialScenario } from '../initial-scenario.ts';
import { CalculatorProvider, useCalculator } from '../store.ts';

function Estimate({ catalogs, linkError }: { catalogs: Catalogs; linkError: string | undefined }) {
  const inputs = useCalculator((s) => s.inputs);
  const result = useMemo(() => quote(inputs, catalogs), [inputs, catalogs]);

  useEffect(() => {
    if (result.ok) replaceUrl(urlWithScenario(window.location.href, inputs));
  }, [inputs, result.ok]);

  return (
    <section>
      {linkError && <p role="alert" data-testid="error">{linkError}</p>}
      {result.ok ? (
        <>
          <p>
            Total: ¥<span data-testid="total">{result.estimate.total}</span>
          </p>
          <ul>
            {result.estimate.lines.map((l) => (
              <li key={l.id}>{l.formula}</li>
            ))}
          </ul>
        </>
      ) : (
        <p role="alert" data-testid="error">{result.message}</p>
      )}
    </section>
  );
}

export function Calculator({ catalogs }: { catalogs: Catalogs }) {
  const [start] = useState(() => initialScenario(window.location.search, catalogs));
  return (
    <CalculatorProvider initial={start.inputs}>
      <Estimate catalogs={catalogs} linkError={start.linkError} />
    </CalculatorProvider>
  );
}
