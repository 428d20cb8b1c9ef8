/**
 * A value recomputed only when its key changes: for results that depend on part of their inputs
 * (a comparison's option set does not depend on the call count being typed). The key names exactly
 * what the value depends on; the previous value is kept across renders (React's "information from
 * previous renders" pattern, no effect).
 */
import { useState } from 'react';

export function useKeyed<T>(key: string, compute: () => T): T {
  const [cache, setCache] = useState<{ key: string; value: T }>(() => ({ key, value: compute() }));
  if (cache.key === key) return cache.value;
  const value = compute();
  setCache({ key, value });
  return value;
}
