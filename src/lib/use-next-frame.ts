/**
 * `value`, one frame late: handed over just after the next frame is painted, as a default-priority
 * update (ahead of anything that waits for typing to pause). A keystroke's own frame then paints only
 * what must move with it (the field, the totals); what follows costs that frame nothing. Printing
 * takes the current value at once.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from './after-paint.ts';

export function useNextFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(value));
  }, [value, shown]);
  useEffect(() => {
    const print = () => flushSync(() => setShown(value));
    window.addEventListener('beforeprint', print);
    return () => window.removeEventListener('beforeprint', print);
  }, [value]);
  return shown;
}
