import { useEffect, useMemo, useState } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { quote } from '../../../engine/estimate.ts';
import { readLinkScenario, replaceUrl, urlWithScenario } from '../../../lib/url-state.ts';
import { DEFAULT_SCENARIO, useCalculator } from '../store.ts';

/** Opens the link's scenario once the catalogs are here; a bad link keeps the defaults and says why. */
function useLinkScenario(catalogs: Catalogs): string | undefined {
  const load = useCalculator((s) => s.load);
  const [linkError, setLinkError] = useState<string>();
  useEffect(() => {
    const link = readLinkScenario(window.location.search);
    if (link.kind === 'broken') setLinkError(link.message);
    if (link.kind !== 'json') return;
    const r = quote(link.json, catalogs);
    if (r.ok) load(link.json as Record<string, unknown>);
    else {
      setLinkError(`the link's scenario is not valid: ${r.message}`);
      load(DEFAULT_SCENARIO);
    }
  }, [catalogs, load]);
  return linkError;
}

export function Calculator({ catalogs }: { catalogs: Catalogs }) {
  const linkError = useLinkScenario(catalogs);
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
