/**
 * The user's inputs, and only those: the scenario document as the form holds it (numbers as the
 * user typed them, as decimal strings). The estimate is derived from it on render, never stored.
 * One store per calculator, created with its starting scenario (a share link's, or the defaults).
 */
import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { isRecord } from '../engine/issues.ts';
import type { ScenarioJson } from '../engine/scenario.ts';

/** The page's starting scenario: Tencent's own worked example (a shared instance in Guangzhou). */
export const DEFAULT_SCENARIO: ScenarioJson = {
  version: 1,
  offering: 'tencent.shared',
  region: 'ap-guangzhou',
  callsPerMonth: '5000000',
  responseKB: '3',
  requestKB: '1',
  client: 'internet',
  backend: 'cross-region-public',
};

export interface CalculatorState {
  inputs: ScenarioJson;
  /** Sets one scenario field; `undefined` removes it (the contract's default applies). */
  setField: (field: string, value: unknown) => void;
  /**
   * Sets a field from a text box: empty (or blank) text removes it, so the contract's default applies.
   * `prices.<key>` sets one quoted unit price (the `prices` object goes when it has none left).
   */
  setText: (field: string, text: string) => void;
  /** Replaces the whole scenario (a preset, a share link, a comparison row). */
  load: (inputs: ScenarioJson) => void;
  /**
   * `setText` for one field, the same function every time, so a memoized text field re-renders only
   * when its own value, error or hint changes.
   */
  textSetter: (field: string) => (text: string) => void;
}

const PRICES = 'prices.';

export function createCalculatorStore(initial: ScenarioJson): StoreApi<CalculatorState> {
  const setters = new Map<string, (text: string) => void>();
  return createStore<CalculatorState>()((set, get) => ({
    inputs: initial,
    setField: (field, value) =>
      set((s) => {
        const inputs = { ...s.inputs };
        if (value === undefined) delete inputs[field];
        else inputs[field] = value;
        return { inputs };
      }),
    setText: (field, text) => {
      const value = text.trim() === '' ? undefined : text;
      if (!field.startsWith(PRICES)) return get().setField(field, value);
      const current = get().inputs.prices;
      const prices: Record<string, unknown> = isRecord(current) ? { ...current } : {};
      const key = field.slice(PRICES.length);
      if (value === undefined) delete prices[key];
      else prices[key] = value;
      get().setField('prices', Object.keys(prices).length > 0 ? prices : undefined);
    },
    load: (inputs) => set({ inputs }),
    textSetter: (field) => {
      let setter = setters.get(field);
      if (!setter) setters.set(field, (setter = (text) => get().setText(field, text)));
      return setter;
    },
  }));
}

const StoreContext = createContext<StoreApi<CalculatorState> | null>(null);

export function CalculatorProvider({ initial, children }: { initial: ScenarioJson; children: ReactNode }) {
  const [store] = useState(() => createCalculatorStore(initial));
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** The store itself, for event handlers that read the inputs at the moment they run. */
export function useCalculatorApi(): StoreApi<CalculatorState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('the calculator store needs a CalculatorProvider');
  return store;
}

export function useCalculator<T>(selector: (s: CalculatorState) => T): T {
  return useStore(useCalculatorApi(), selector);
}

/**
 * Some fields of the inputs; the component re-renders only when one of them changes (not on every
 * keystroke elsewhere in the form).
 */
export function useFields<K extends string>(fields: readonly K[]): Record<K, unknown> {
  return useCalculator(
    useShallow((s) => {
      const picked = {} as Record<K, unknown>;
      for (const f of fields) picked[f] = s.inputs[f];
      return picked;
    }),
  );
}

