import { describe, expect, it } from 'vitest';
import { addDays, canonicalJson, localDate, quoteNumber } from './quote-number.ts';

const DOC = {
  version: 1,
  kind: 'estimate',
  customer: 'ACME',
  items: [{ label: 'API', scenario: { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: '5000000' } }],
};

describe('quote number', () => {
  it('is Q-date-six hex digits, stable for the same estimate and date', () => {
    const n = quoteNumber(DOC, '2026-11-30');
    expect(n).toMatch(/^Q-20261130-[0-9A-F]{6}$/);
    expect(quoteNumber(structuredClone(DOC), '2026-11-30')).toBe(n);
  });

  it('does not depend on the order of keys (canonical JSON)', () => {
    const reordered = {
      items: DOC.items.map((i) => ({ scenario: { callsPerMonth: '5000000', region: 'ap-guangzhou', offering: 'tencent.shared', version: 1 }, label: i.label })),
      customer: 'ACME',
      kind: 'estimate',
      version: 1,
    };
    expect(canonicalJson(reordered)).toBe(canonicalJson(DOC));
    expect(quoteNumber(reordered, '2026-11-30')).toBe(quoteNumber(DOC, '2026-11-30'));
  });

  it('changes with the estimate, the customer, the date and a partner margin', () => {
    const n = quoteNumber(DOC, '2026-11-30');
    const more = { ...DOC, items: [{ ...DOC.items[0]!, scenario: { ...DOC.items[0]!.scenario, callsPerMonth: '5000001' } }] };
    const numbers = [
      n,
      quoteNumber(more, '2026-11-30'),
      quoteNumber({ ...DOC, customer: 'ACME Ltd' }, '2026-11-30'),
      quoteNumber(DOC, '2026-12-01'),
      quoteNumber(DOC, '2026-11-30', '8'),
    ];
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(quoteNumber(DOC, '2026-12-01').startsWith('Q-20261201-')).toBe(true);
    expect(quoteNumber(DOC, '2026-11-30', '0')).toBe(n);
  });

  it('spreads: 2,000 estimates on one day give 2,000 numbers', () => {
    const numbers = new Set(Array.from({ length: 2000 }, (_, i) => quoteNumber({ ...DOC, customer: `C${i}` }, '2026-11-30')));
    expect(numbers.size).toBe(2000);
  });

  it('dates: the local calendar day, and 30 days on across a month and a year', () => {
    expect(localDate(new Date(2026, 10, 30, 23, 59))).toBe('2026-11-30');
    expect(addDays('2026-11-30', 30)).toBe('2026-12-30');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2028-02-15', 30)).toBe('2028-03-16');
  });
});
