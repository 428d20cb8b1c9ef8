import { describe, expect, it } from 'vitest';
import { asMoney, dec, fixed, formatNumber, formatPrice, moneyString, roundItem } from './money.ts';

describe('money', () => {
  it('rounds an item half-up at exactly half a cent', () => {
    expect(moneyString(roundItem(asMoney(dec('0.005'))))).toBe('0.01');
    expect(moneyString(roundItem(asMoney(dec('0.0049999'))))).toBe('0.00');
    expect(moneyString(roundItem(asMoney(dec('2.675'))))).toBe('2.68'); // a float would give 2.67
    expect(moneyString(roundItem(asMoney(dec('1.004999999999999999999'))))).toBe('1.00');
  });

  it('formats exact decimals without floats or exponents', () => {
    expect(fixed(dec('3680'), 2)).toBe('3680.00');
    expect(fixed(dec('0.1'), 3)).toBe('0.100');
    expect(fixed(dec('123456789012345678901234567890.125'), 2)).toBe('123456789012345678901234567890.13');
    expect(formatNumber(dec('14.30511474609375'))).toBe('14.305');
    expect(formatNumber(dec('150000000'))).toBe('150,000,000');
    expect(formatPrice(dec('0.8'))).toBe('0.80');
    expect(formatPrice(dec('6.324'))).toBe('6.324');
    expect(formatPrice(dec('3680'))).toBe('3,680.00');
  });
});
