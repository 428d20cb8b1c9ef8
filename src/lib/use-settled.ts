/**
 * `value` once it has stopped changing for `ms`: for work too heavy for every keystroke (pricing
 * every option of a comparison), done once typing pauses, as a transition (it yields to input). A new
 * `key` (another item in focus) takes the value at once.
 */
import { startTransition, useEffect, useState } from 'react';

export function useSettled<T>(value: T, ms: number, key?: unknown): T {
  const [settled, setSettled] = useState({ value, key });
  // Another key: the value at once (set during render, no effect, no stale frame).
  if (!Object.is(settled.key, key)) setSettled({ value, key });
  useEffect(() => {
    if (Object.is(settled.value, value)) return;
    const timer = setTimeout(() => startTransition(() => setSettled({ value, key })), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms, key]);
  return Object.is(settled.key, key) ? settled.value : value;
}
