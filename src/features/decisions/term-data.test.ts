import { describe, expect, it } from 'vitest';
import { ESTIMATE_KIND, type EstimateDoc } from '../../engine/estimates/document.ts';
import { quoteEstimate } from '../../engine/estimates/pricing.ts';
import { FIXTURE_CATALOGS } from '../../testing/fixture-catalogs.ts';
import { linearAxis, logAxis, magnitude } from './components/chart-format.ts';
import { firstYearEnds, itemColumn, resolvePick, termCash } from './term-data.ts';

describe('chart axes write every tick in one unit', () => {
  it('a Chinese money axis in 万 or 亿, never ¥5000 beside ¥1万', () => {
    const zh = linearAxis(132480, 'zh');
    expect(zh.ticks.map(zh.format)).toEqual(['¥0', '¥5万', '¥10万', '¥15万']);
    const small = linearAxis(12000, 'zh');
    expect(small.ticks.map(small.format)).toEqual(['¥0', '¥0.5万', '¥1万', '¥1.5万']);
    const big = linearAxis(3.4e8, 'zh');
    expect(big.ticks.map(big.format)).toEqual(['¥0', '¥1亿', '¥2亿', '¥3亿', '¥4亿']);
    const plain = linearAxis(4336, 'zh');
    expect(plain.ticks.map(plain.format)).toEqual(['¥0', '¥2,000', '¥4,000', '¥6,000']);
  });

  it('an English money axis in K, M or B', () => {
    const a = linearAxis(132480, 'en');
    expect(a.ticks.map(a.format)).toEqual(['¥0', '¥50K', '¥100K', '¥150K']);
    expect(a.domain).toEqual([0, 150000]);
  });

  it('a logarithmic axis at each power of ten, in the largest magnitude not above it', () => {
    const calls = logAxis(1e5, 1e10, 'zh', '');
    expect(calls.ticks.map(calls.format)).toEqual(['10万', '100万', '1,000万', '1亿', '10亿', '100亿']);
    const money = logAxis(0.2, 40000, 'en');
    expect(money.ticks.map(money.format)).toEqual(['¥0.1', '¥1', '¥10', '¥100', '¥1K', '¥10K', '¥100K']);
    expect(magnitude(1187665000, 'zh')).toBe('11.9亿');
    expect(magnitude(920790001, 'en')).toBe('921M');
  });
});

describe('the term in figures', () => {
  it('adds up cash month by month, exactly', () => {
    const cash = termCash([
      { month: 1, cash: '44160.00' },
      { month: 2, cash: '0.10' },
      { month: 3, cash: '0.20' },
    ]);
    expect(cash.cumulative).toEqual(['44160.00', '44160.10', '44160.30']);
  });

  it('finds a picked item again when items move, and drops it when it is gone', () => {
    const item = (label: string) => ({ label, scenario: { version: 1 as const, offering: 'tencent.shared' as const, region: 'ap-guangzhou' } });
    const e: EstimateDoc = { version: 1, kind: ESTIMATE_KIND, items: [item('B'), item('A')] };
    expect(resolvePick({ kind: 'item', index: 0, label: 'A' }, e)).toEqual({ kind: 'item', index: 1, label: 'A' });
    expect(resolvePick({ kind: 'item', index: 1, label: 'A' }, e)).toEqual({ kind: 'item', index: 1, label: 'A' });
    expect(resolvePick({ kind: 'item', index: 0, label: 'C' }, e)).toBeUndefined();
  });

  it('prices a picked item alone, with its account, and says what its total rests on', () => {
    const scenario = { version: 1 as const, offering: 'tencent.shared' as const, region: 'ap-beijing', callsPerMonth: '60000000' };
    const e: EstimateDoc = {
      version: 1,
      kind: ESTIMATE_KIND,
      accounts: { tencent: { discountPercent: '10' } },
      items: [
        { label: 'A', scenario },
        { label: 'B', scenario },
      ],
    };
    const pooled = quoteEstimate(e, FIXTURE_CATALOGS, { explain: false });
    if (!pooled.ok) throw new Error(pooled.message);
    const alone = quoteEstimate({ ...e, items: [e.items[1]!] }, FIXTURE_CATALOGS, { explain: false });
    if (!alone.ok) throw new Error(alone.message);
    const b = itemColumn(e, 1, pooled.output.items[1]!.monthly, FIXTURE_CATALOGS)!;
    expect(b.figures?.monthly).toBe(alone.output.monthly);
    expect(b.figures?.first36).toBe(alone.output.first36);
    expect(b.inEstimate).toBe(pooled.output.items[1]!.monthly);
    expect(b.flags).toContain('discount');
    expect(firstYearEnds(pooled.estimate, FIXTURE_CATALOGS)).toEqual([]);
  });
});
