/**
 * `value`, one animation frame late: handed over in the next frame's callback as a default-priority
 * update, it renders as soon as that frame is painted (ahead of anything that waits for typing to
 * pause). A keystroke's own frame then paints only what must move with it (the field, the totals);
 * what follows a frame later costs it nothing. Printing takes the current value at once.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function useNextFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setShown(value));
    });
    return () => cancelAnimationFrame(frame);
  }, [value, shown]);
  useEffect(() => {
    const print = () => flushSync(() => setShown(value));
    window.addEventListener('beforeprint', print);
    return () => window.removeEventListener('beforeprint', print);
  }, [value]);
  return shown;
}
