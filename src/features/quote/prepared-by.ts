/**
 * Who prepared the quote: the user's own name or company, kept in this browser (localStorage), not in
 * the estimate. It is the person printing, not a property of the estimate: a colleague or customer who
 * opens the link prints their own. A browser that refuses storage still prints what was typed.
 */
import { create } from 'zustand';

const KEY = 'apigw-calculator:prepared-by';
export const MAX_PREPARED_BY = 200;

function read(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

interface PreparedBy {
  value: string;
  set: (value: string) => void;
}

export const usePreparedBy = create<PreparedBy>()((set) => ({
  value: typeof window === 'undefined' ? '' : read(),
  set: (value) => {
    set({ value });
    try {
      if (value.trim() === '') window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, value);
    } catch {
      // Storage refused (privacy settings, a sandboxed frame): kept for this page only.
    }
  },
}));
