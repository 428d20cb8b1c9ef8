import { describe, expect, it } from 'vitest';
import { describeCount, parseCount } from './magnitude.ts';

describe('call-count magnitudes', () => {
  it.each([
    ['5000000', '5000000'],
    ['5,000,000', '5000000'],
    ['5M', '5000000'],
    ['1.5亿', '150000000'],
    ['500万', '5000000'],
    ['3 百万', '3000000'],
    ['2.5k', '2500'],
    ['1B', '1000000000'],
    ['1.23456K', '1.23456K'],
    ['lots', 'lots'],
    ['', ''],
  ])('reads %j as %j', (text, value) => expect(parseCount(text)).toBe(value));

  it("describes a count in the locale's magnitudes", () => {
    expect(describeCount('5000000', 'zh')).toBe('500 万');
    expect(describeCount('150000000', 'zh')).toBe('1.5 亿');
    expect(describeCount('5000000', 'en')).toBe('5 M');
    expect(describeCount('3456789', 'en')).toBe('≈ 3.46 M');
    expect(describeCount('999', 'en')).toBeUndefined();
  });
});
