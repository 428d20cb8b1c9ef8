/**
 * Whether the breakdown shows its calculations (formulas, sources, derivations): one click away,
 * hidden by default, remembered in this browser (localStorage; a page without storage, such as a
 * sandboxed frame, just forgets).
 */
import { create } from 'zustand';

const KEY = 'apigw-calc:show-calculations';

function stored(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

interface ShowCalculations {
  on: boolean;
  toggle: () => void;
}

export const useShowCalculations = create<ShowCalculations>()((set, get) => ({
  on: typeof window !== 'undefined' && stored(),
  toggle: () => {
    const on = !get().on;
    try {
      window.localStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // Storage refused (private mode, a sandboxed frame): the choice lasts for this page only.
    }
    set({ on });
  },
}));
