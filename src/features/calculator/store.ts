/**
 * The user's inputs, and only those: the scenario document as the form holds it (numbers as the
 * user typed them, as decimal strings). The estimate is derived from it on render, never stored.
 */
import { create } from 'zustand';
import type { ScenarioJson } from '../../engine/scenario.ts';

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

interface CalculatorStore {
  inputs: ScenarioJson;
  /** Sets one scenario field; `undefined` removes it (the contract's default applies). */
  setField: (field: string, value: unknown) => void;
  /** Replaces the whole scenario (a preset, a share link, a comparison row). */
  load: (inputs: ScenarioJson) => void;
}

export const useCalculator = create<CalculatorStore>()((set) => ({
  inputs: DEFAULT_SCENARIO,
  setField: (field, value) =>
    set((s) => {
      const inputs = { ...s.inputs };
      if (value === undefined) delete inputs[field];
      else inputs[field] = value;
      return { inputs };
    }),
  load: (inputs) => set({ inputs }),
}));
