/**
 * The user's inputs, and only those: the scenario document as the form holds it (numbers as the
 * user typed them, as decimal strings). The estimate is derived from it on render, never stored.
 * One store per calculator, created with its starting scenario (a share link's, or the defaults).
 */
import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { PriceKey } from '../engine/ids.ts';
import type { NumberText, ScenarioDoc } from '../engine/scenario.ts';

/** The page's starting scenario: Tencent's own worked example (a shared instance in Guangzhou). */
export const DEFAULT_SCENARIO: ScenarioDoc = {
  version: 1,
  offering: 'tencent.shared',
  region: 'ap-guangzhou',
  callsPerMonth: '5000000',
  responseKB: '3',
  requestKB: '1',
  client: 'internet',
  backend: 'cross-region-public',
};

type Field = keyof ScenarioDoc;
/** Fields a document may leave out (the contract's default applies, or the field does not apply). */
export type OptionalField = { [K in Field]-?: object extends Pick<ScenarioDoc, K> ? K : never }[Field];
/** A value a field may be set to: `undefined` removes an optional field; a required one always has a value. */
export type FieldValue<K extends Field> = K extends OptionalField ? ScenarioDoc[K] | undefined : ScenarioDoc[K];
/** The number fields, which the form holds as typed text. */
export type NumberField = { [K in Field]-?: [NumberText] extends [NonNullable<ScenarioDoc[K]>] ? K : never }[Field];
/** What a text box sets: a number field, or one quoted unit price (`prices.traffic`). */
export type TextKey = NumberField | `prices.${PriceKey}`;

export interface CalculatorState {
  inputs: ScenarioDoc;
  /** Sets one scenario field; `undefined` removes an optional field (the contract's default applies). */
  setField: <K extends Field>(field: K, value: FieldValue<K>) => void;
  /**
   * Sets a field from a text box: empty (or blank) text removes it, so the contract's default applies.
   * `prices.<key>` sets one quoted unit price (the `prices` object goes when it has none left).
   */
  setText: (field: TextKey, text: string) => void;
  /** Replaces the whole scenario (a preset, a share link, a comparison row). */
  load: (inputs: ScenarioDoc) => void;
  /**
   * `setText` for one field, the same function every time, so a memoized text field re-renders only
   * when its own value, error or hint changes.
   */
  textSetter: (field: TextKey) => (text: string) => void;
}

const PRICES = 'prices.';

function isPriceField(field: TextKey): field is `prices.${PriceKey}` {
  return field.startsWith(PRICES);
}

export function createCalculatorStore(initial: ScenarioDoc): StoreApi<CalculatorState> {
  const setters = new Map<TextKey, (text: string) => void>();
  return createStore<CalculatorState>()((set, get) => ({
    inputs: initial,
    setField: (field, value) =>
      set((s) => {
        const inputs: ScenarioDoc = { ...s.inputs };
        if (value === undefined) delete (inputs as Partial<ScenarioDoc>)[field];
        else inputs[field] = value as ScenarioDoc[typeof field];
        return { inputs };
      }),
    setText: (field, text) => {
      const value = text.trim() === '' ? undefined : text;
      if (!isPriceField(field)) return get().setField(field, value);
      const prices: Partial<Record<PriceKey, string>> = { ...get().inputs.prices };
      const key = field.slice(PRICES.length) as PriceKey;
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

export function CalculatorProvider({ initial, children }: { initial: ScenarioDoc; children: ReactNode }) {
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
 * Some fields of the inputs, typed as the document types them; the component re-renders only when
 * one of them changes (not on every keystroke elsewhere in the form).
 */
export function useFields<K extends Field>(fields: readonly K[]): Pick<ScenarioDoc, K> {
  return useCalculator(
    useShallow((s) => {
      const picked = {} as Pick<ScenarioDoc, K>;
      for (const f of fields) picked[f] = s.inputs[f];
      return picked;
    }),
  );
}
