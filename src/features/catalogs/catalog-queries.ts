/**
 * The price catalogs, loaded with react-query: one query per vendor (key and fetcher together),
 * checked against the catalog schema on arrival. Catalogs are reference data: never stale in a session.
 */
import { queryOptions, useQueries } from '@tanstack/react-query';
import type { Catalog, Catalogs } from '../../engine/catalog.ts';
import { VENDORS, type VendorId } from '../../engine/ids.ts';

/** The schema check comes with the engine, which loads beside the catalogs rather than before the first paint. */
const loadParser = () => import('../../engine/offerings/registry.ts').then((m) => m.parseCatalog);

/** Where the built site serves catalogs: relative, so the page works from any path (and in an iframe). */
function catalogUrl(vendor: VendorId): string {
  return `${import.meta.env.BASE_URL}catalogs/${vendor}.json`;
}

class CatalogLoadError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CatalogLoadError';
  }
}

async function fetchCatalog(vendor: VendorId, signal: AbortSignal): Promise<Catalog> {
  const url = catalogUrl(vendor);
  let response: Response;
  try {
    // Revalidated on every load (a cheap 304 when unchanged): a catalog cached by the browser or a
    // proxy must never outlive the code that reads it, nor show last month's prices.
    response = await fetch(url, { signal, cache: 'no-cache' });
  } catch (e) {
    throw new CatalogLoadError(`${url}: ${(e as Error).message}`, { cause: e });
  }
  if (!response.ok) throw new CatalogLoadError(`${url}: HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (e) {
    throw new CatalogLoadError(`${url}: not valid JSON`, { cause: e });
  }
  const parseCatalog = await loadParser();
  try {
    return parseCatalog(json, url);
  } catch (e) {
    throw new CatalogLoadError((e as Error).message, { cause: e });
  }
}

const catalogQuery = (vendor: VendorId) =>
  queryOptions({
    queryKey: ['catalog', vendor],
    queryFn: ({ signal }) => fetchCatalog(vendor, signal),
    staleTime: 'static',
    retry: 1,
  });

export type CatalogsState = { status: 'pending' } | { status: 'error'; errors: Error[]; retry: () => void } | { status: 'success'; catalogs: Catalogs };

/** Every vendor's catalog, as one state: pending until all are here, an error if any failed. */
export function useCatalogs(): CatalogsState {
  return useQueries({
    queries: VENDORS.map((v) => catalogQuery(v)),
    combine: (results) => {
      const errors = results.flatMap((r) => (r.error ? [r.error] : []));
      if (errors.length > 0) return { status: 'error', errors, retry: () => results.forEach((r) => r.error && void r.refetch()) };
      if (results.some((r) => !r.data)) return { status: 'pending' };
      const catalogs: Catalogs = {};
      results.forEach((r, i) => {
        const vendor = VENDORS[i];
        if (vendor && r.data) catalogs[vendor] = r.data;
      });
      return { status: 'success', catalogs };
    },
  });
}
