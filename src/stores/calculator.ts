/**
 * The user's inputs, and only those: the estimate document as the page holds it (SCENARIO.md, "The
 * estimate document": items, accounts, growth), numbers as the user typed them. The calculator form
 * edits the item in focus (`inputs` is that item's scenario). Prices are derived on render, never
 * stored. One store per calculator, created with its starting estimate (a link's, or the defaults).
 */
import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { ESTIMATE_KIND, MAX_ITEMS, type AccountDoc, type EstimateDoc, type EstimateItemDoc } from '../engine/estimates/document.ts';
import type { PriceKey, VendorId } from '../engine/ids.ts';
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

/** A one-item estimate of a scenario: how a scenario (a preset, an old link) opens. */
export function estimateOf(scenario: ScenarioDoc, label: string): EstimateDoc {
  return { version: 1, kind: ESTIMATE_KIND, items: [{ label, scenario }] };
}

/** The estimate's own text fields. */
export type DocTextField = 'name' | 'customer' | 'project';

export interface CalculatorState {
  /** The whole estimate; `estimate.items[focus].scenario` is `inputs`. */
  estimate: EstimateDoc;
  /** The item the calculator form edits. */
  focus: number;
  /** The scenario of the item in focus. */
  inputs: ScenarioDoc;
  /** Sets one scenario field; `undefined` removes an optional field (the contract's default applies). */
  setField: <K extends Field>(field: K, value: FieldValue<K>) => void;
  /**
   * Sets a field from a text box: empty (or blank) text removes it, so the contract's default applies.
   * `prices.<key>` sets one quoted unit price (the `prices` object goes when it has none left).
   */
  setText: (field: TextKey, text: string) => void;
  /** Replaces the scenario of the item in focus (a preset, a comparison row). */
  load: (inputs: ScenarioDoc) => void;
  /** Replaces the whole estimate (a link, a saved estimate, an imported file), focusing `focus`. */
  loadEstimate: (estimate: EstimateDoc, focus?: number) => void;
  focusItem: (index: number) => void;
  /** Adds an item (a copy of the configuration in focus, by default) after the last one, and focuses it. */
  addItem: (label: string, scenario?: ScenarioDoc) => void;
  /** Adds a copy of item `index` right after it, and focuses the copy. */
  duplicateItem: (index: number, label: string) => void;
  renameItem: (index: number, label: string) => void;
  /** Sets an item's group; blank text removes it. */
  setGroup: (index: number, group: string) => void;
  /** Moves item `from` to position `to`; focus follows the item it was on. */
  moveItem: (from: number, to: number) => void;
  /** Removes an item (never the last one); focus stays on a neighbour. */
  removeItem: (index: number) => void;
  /** A vendor account's setting, as typed; blank text removes it. */
  setAccount: (vendor: VendorId, field: keyof AccountDoc, text: string) => void;
  /** Monthly growth in percent, as typed; blank removes it. */
  setGrowth: (text: string) => void;
  /** The estimate's name; blank removes it. */
  setName: (text: string) => void;
  /** The estimate's name, customer or project (printed on the quote); blank removes it. */
  setDocText: (field: DocTextField, text: string) => void;
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

/** The estimate with item `index`'s scenario replaced. */
function withScenario(e: EstimateDoc, index: number, scenario: ScenarioDoc): EstimateDoc {
  return { ...e, items: e.items.map((item, i) => (i === index ? { ...item, scenario } : item)) };
}

function blank(text: string): boolean {
  return text.trim() === '';
}

export function createCalculatorStore(initial: EstimateDoc, initialFocus = 0): StoreApi<CalculatorState> {
  const setters = new Map<TextKey, (text: string) => void>();
  const start = Math.min(Math.max(0, initialFocus), initial.items.length - 1);
  return createStore<CalculatorState>()((set, get) => {
    /** Sets the focused item's scenario (and `inputs`, the same object). */
    const setInputs = (inputs: ScenarioDoc) => set((s) => ({ inputs, estimate: withScenario(s.estimate, s.focus, inputs) }));
    /** Sets the items, keeping focus on the item given (by index in the new list). */
    const setItems = (items: EstimateItemDoc[], focus: number) =>
      set((s) => {
        const f = Math.min(Math.max(0, focus), items.length - 1);
        return { estimate: { ...s.estimate, items }, focus: f, inputs: items[f]!.scenario };
      });
    return {
      estimate: initial,
      focus: start,
      inputs: initial.items[start]!.scenario,
      setField: (field, value) => {
        const inputs: ScenarioDoc = { ...get().inputs };
        if (value === undefined) delete (inputs as Partial<ScenarioDoc>)[field];
        else inputs[field] = value as ScenarioDoc[typeof field];
        setInputs(inputs);
      },
      setText: (field, text) => {
        const value = blank(text) ? undefined : text;
        if (!isPriceField(field)) return get().setField(field, value);
        const prices: Partial<Record<PriceKey, string>> = { ...get().inputs.prices };
        const key = field.slice(PRICES.length) as PriceKey;
        if (value === undefined) delete prices[key];
        else prices[key] = value;
        get().setField('prices', Object.keys(prices).length > 0 ? prices : undefined);
      },
      load: (inputs) => setInputs(inputs),
      loadEstimate: (estimate, focus = 0) => {
        const f = Math.min(Math.max(0, focus), estimate.items.length - 1);
        set({ estimate, focus: f, inputs: estimate.items[f]!.scenario });
      },
      textSetter: (field) => {
        let setter = setters.get(field);
        if (!setter) setters.set(field, (setter = (text) => get().setText(field, text)));
        return setter;
      },
      focusItem: (index) => {
        const { estimate } = get();
        if (index < 0 || index >= estimate.items.length) return;
        set({ focus: index, inputs: estimate.items[index]!.scenario });
      },
      addItem: (label, scenario) => {
        const { estimate, inputs } = get();
        if (estimate.items.length >= MAX_ITEMS) return;
        setItems([...estimate.items, { label, scenario: scenario ?? inputs }], estimate.items.length);
      },
      duplicateItem: (index, label) => {
        const { estimate } = get();
        const item = estimate.items[index];
        if (!item || estimate.items.length >= MAX_ITEMS) return;
        setItems(estimate.items.toSpliced(index + 1, 0, { ...item, label }), index + 1);
      },
      renameItem: (index, label) => {
        const { estimate, focus } = get();
        if (!estimate.items[index]) return;
        setItems(
          estimate.items.map((item, i) => (i === index ? { ...item, label } : item)),
          focus,
        );
      },
      setGroup: (index, group) => {
        const { estimate, focus } = get();
        if (!estimate.items[index]) return;
        setItems(
          estimate.items.map((item, i) => {
            if (i !== index) return item;
            const { group: _old, ...rest } = item;
            return blank(group) ? rest : { ...rest, group };
          }),
          focus,
        );
      },
      moveItem: (from, to) => {
        const { estimate, focus } = get();
        const item = estimate.items[from];
        if (!item || to < 0 || to >= estimate.items.length || from === to) return;
        const items = estimate.items.toSpliced(from, 1).toSpliced(to, 0, item);
        const focused = estimate.items[focus]!;
        setItems(items, items.indexOf(focused));
      },
      removeItem: (index) => {
        const { estimate, focus } = get();
        if (estimate.items.length <= 1 || !estimate.items[index]) return;
        setItems(estimate.items.toSpliced(index, 1), focus > index || focus === estimate.items.length - 1 ? focus - 1 : focus);
      },
      setAccount: (vendor, field, text) =>
        set((s) => {
          const accounts = { ...s.estimate.accounts };
          const account: AccountDoc = { ...accounts[vendor] };
          if (blank(text)) delete account[field];
          else account[field] = text;
          if (Object.keys(account).length > 0) accounts[vendor] = account;
          else delete accounts[vendor];
          const { accounts: _old, ...rest } = s.estimate;
          return { estimate: Object.keys(accounts).length > 0 ? { ...rest, accounts } : rest };
        }),
      setGrowth: (text) =>
        set((s) => {
          const { growthPercent: _old, ...rest } = s.estimate;
          return { estimate: blank(text) ? rest : { ...rest, growthPercent: text } };
        }),
      setName: (text) => get().setDocText('name', text),
      setDocText: (field, text) =>
        set((s) => {
          const { [field]: _old, ...rest } = s.estimate;
          return { estimate: blank(text) ? rest : { ...rest, [field]: text } };
        }),
    };
  });
}

const StoreContext = createContext<StoreApi<CalculatorState> | null>(null);

export function CalculatorProvider({ initial, focus, children }: { initial: EstimateDoc; focus?: number; children: ReactNode }) {
  const [store] = useState(() => createCalculatorStore(initial, focus));
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
