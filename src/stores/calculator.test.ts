import { describe, expect, it } from 'vitest';
import { createCalculatorStore } from './calculator.ts';

describe('text fields set the scenario', () => {
  const store = () => createCalculatorStore({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: '5000000' });

  it('keeps the typed text, and blank text removes the field so the default applies', () => {
    const s = store();
    s.getState().setText('responseKB', '2.5');
    expect(s.getState().inputs.responseKB).toBe('2.5');
    s.getState().setText('responseKB', '  ');
    expect(s.getState().inputs).not.toHaveProperty('responseKB');
  });

  it('sets and removes one quoted price at a time; the prices object goes with the last one', () => {
    const s = store();
    s.getState().setText('prices.traffic', '0.5');
    s.getState().setText('prices.calls.tier1', '0.05');
    expect(s.getState().inputs.prices).toEqual({ traffic: '0.5', 'calls.tier1': '0.05' });
    s.getState().setText('prices.traffic', '');
    expect(s.getState().inputs.prices).toEqual({ 'calls.tier1': '0.05' });
    s.getState().setText('prices.calls.tier1', '');
    expect(s.getState().inputs).not.toHaveProperty('prices');
  });

  it('never edits the previous scenario in place (each edit is a new object)', () => {
    const s = store();
    s.getState().setText('prices.traffic', '0.5');
    const before = s.getState().inputs;
    const pricesBefore = before.prices;
    s.getState().setText('prices.traffic', '0.6');
    expect(before.prices).toBe(pricesBefore);
    expect(pricesBefore).toEqual({ traffic: '0.5' });
  });
});

describe('typed fields', () => {
  it('sets a field to a value of its type, and undefined removes an optional field', () => {
    const s = createCalculatorStore({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou' });
    s.getState().setField('firstYear', true);
    s.getState().setField('client', 'private');
    expect(s.getState().inputs).toMatchObject({ firstYear: true, client: 'private' });
    s.getState().setField('firstYear', undefined);
    expect(s.getState().inputs).not.toHaveProperty('firstYear');
    // Checked by the type checker only.
    const typeErrors = () => {
      // @ts-expect-error a field takes only its own values
      s.getState().setField('client', 'mars');
      // @ts-expect-error a required field cannot be removed
      s.getState().setField('offering', undefined);
      // @ts-expect-error a text box sets number fields and prices only
      s.getState().setText('region', 'cn-hangzhou');
    };
    expect(typeof typeErrors).toBe('function');
  });

  it('keeps a discount typed with its percent sign, for the contract to read', () => {
    const s = createCalculatorStore({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou' });
    s.getState().setText('discountPercent', '15%');
    expect(s.getState().inputs.discountPercent).toBe('15%');
  });
});

describe('text setters', () => {
  it('are one function per field, so memoized fields are not re-rendered by their parent', () => {
    const s = createCalculatorStore({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou' });
    const { textSetter } = s.getState();
    expect(textSetter('peakQps')).toBe(textSetter('peakQps'));
    expect(textSetter('peakQps')).not.toBe(textSetter('requestKB'));
    textSetter('prices.traffic')('0.7');
    expect(s.getState().inputs.prices).toEqual({ traffic: '0.7' });
  });
});
