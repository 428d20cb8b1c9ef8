import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Calculator } from '../features/calculator/components/calculator.tsx';
import { useCatalogs } from '../features/catalogs/catalog-queries.ts';

function Page() {
  const state = useCatalogs();
  if (state.status === 'pending') return <p aria-busy="true">Loading price catalogs…</p>;
  if (state.status === 'error') {
    return (
      <div role="alert" data-testid="error">
        <p>The price catalogs could not be loaded: {state.errors.map((e) => e.message).join('; ')}</p>
        <button type="button" onClick={state.retry}>Retry</button>
      </div>
    );
  }
  return <Calculator catalogs={state.catalogs} />;
}

export function App() {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <main>
        <h1>API Gateway Pricing Calculator</h1>
        <Page />
      </main>
    </QueryClientProvider>
  );
}
