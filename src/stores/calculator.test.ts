import { describe, expect, it } from 'vitest';
import { createCalculatorStore, estimateOf } from './calculator.ts';

describe('text fields set the scenario', () => {
  const store = () => createCalculatorStore(estimateOf({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: '5000000' }, 'Item 1'));

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
    const s = createCalculatorStore(estimateOf({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou' }, 'Item 1'));
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
    const s = createCalculatorStore(estimateOf({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou' }, 'Item 1'));
    s.getState().setText('discountPercent', '15%');
    expect(s.getState().inputs.discountPercent).toBe('15%');
  });
});

describe('text setters', () => {
  it('are one function per field, so memoized fields are not re-rendered by their parent', () => {
    const s = createCalculatorStore(estimateOf({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou' }, 'Item 1'));
    const { textSetter } = s.getState();
    expect(textSetter('peakQps')).toBe(textSetter('peakQps'));
    expect(textSetter('peakQps')).not.toBe(textSetter('requestKB'));
    textSetter('prices.traffic')('0.7');
    expect(s.getState().inputs.prices).toEqual({ traffic: '0.7' });
  });
});

describe('the estimate in the store', () => {
  const a = { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: '1' } as const;
  const b = { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: '2' } as const;

  it('edits the item in focus, and only it', () => {
    const s = createCalculatorStore(
      {
        version: 1,
        kind: 'estimate',
        items: [
          { label: 'A', scenario: a },
          { label: 'B', scenario: b },
        ],
      },
      1,
    );
    s.getState().setText('callsPerMonth', '99');
    expect(s.getState().estimate.items.map((i) => i.scenario.callsPerMonth)).toEqual(['1', '99']);
    expect(s.getState().inputs).toBe(s.getState().estimate.items[1]!.scenario);
    s.getState().focusItem(0);
    expect(s.getState().inputs.callsPerMonth).toBe('1');
  });

  it('adds, duplicates, renames, groups, moves and removes items, focus following its item', () => {
    const s = createCalculatorStore(estimateOf(a, 'A'));
    s.getState().addItem('B', b);
    expect(s.getState()).toMatchObject({ focus: 1, inputs: b });
    s.getState().duplicateItem(0, 'A copy');
    expect(s.getState().estimate.items.map((i) => i.label)).toEqual(['A', 'A copy', 'B']);
    expect(s.getState().focus).toBe(1);
    s.getState().renameItem(2, 'Staging');
    s.getState().setGroup(2, 'Shanghai');
    s.getState().setGroup(0, 'Beijing');
    s.getState().setGroup(0, ' ');
    expect(s.getState().estimate.items.map((i) => [i.label, i.group])).toEqual([
      ['A', undefined],
      ['A copy', undefined],
      ['Staging', 'Shanghai'],
    ]);
    s.getState().focusItem(2);
    s.getState().moveItem(2, 0);
    expect(s.getState().estimate.items.map((i) => i.label)).toEqual(['Staging', 'A', 'A copy']);
    expect(s.getState().focus).toBe(0);
    s.getState().removeItem(0);
    expect(s.getState().estimate.items.map((i) => i.label)).toEqual(['A', 'A copy']);
    expect(s.getState().inputs).toBe(s.getState().estimate.items[s.getState().focus]!.scenario);
    s.getState().removeItem(0);
    s.getState().removeItem(0); // never the last one
    expect(s.getState().estimate.items).toHaveLength(1);
  });

  it('keeps account settings, growth and name as typed; blank removes them', () => {
    const s = createCalculatorStore(estimateOf(a, 'A'));
    s.getState().setAccount('tencent', 'discountPercent', '12%');
    s.getState().setAccount('tencent', 'firstYearMonths', '7');
    s.getState().setGrowth('5');
    s.getState().setName('Checkout API');
    s.getState().setDocText('customer', 'ACME Ltd');
    s.getState().setDocText('project', '结算平台');
    expect(s.getState().estimate).toMatchObject({
      accounts: { tencent: { discountPercent: '12%', firstYearMonths: '7' } },
      growthPercent: '5',
      name: 'Checkout API',
      customer: 'ACME Ltd',
      project: '结算平台',
    });
    s.getState().setAccount('tencent', 'discountPercent', '');
    s.getState().setAccount('tencent', 'firstYearMonths', '');
    s.getState().setGrowth('');
    s.getState().setName(' ');
    s.getState().setDocText('customer', '');
    s.getState().setDocText('project', '  ');
    expect(s.getState().estimate).toEqual(estimateOf(a, 'A'));
  });
});
