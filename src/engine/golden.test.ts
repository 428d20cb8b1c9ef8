import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { quote } from './estimate.ts';
import { WORKED_EXAMPLES } from './worked-examples.ts';

const catalogs = loadCatalogs();

describe('the worked examples of RULES.md', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.id, e] as const))('%s reproduces the vendor result to the cent', (_id, example) => {
    // Given the example's scenario, when it is priced, then every line and the total are the vendor's.
    const r = quote(example.scenario, catalogs);
    if (!r.ok) throw new Error(r.message);
    expect(r.estimate.total).toBe(example.total);
    expect(r.estimate.upfront).toBe(example.upfront ?? '0.00');
    expect(r.estimate.complete).toBe(true);
    expect(Object.fromEntries(r.estimate.lines.map((l) => [l.id, l.amount]))).toEqual(example.lines);
  });

  it('writes formulas like the vendors do', () => {
    const [tiers] = WORKED_EXAMPLES;
    const r = quote(tiers?.scenario, catalogs);
    if (!r.ok) throw new Error(r.message);
    expect(r.estimate.lines.map((l) => l.formula)).toEqual(['5,000,000 ÷ 10,000 × 0.06 = 30.00', '(14.305 + 4.768) GB × 0.80 = 15.26']);
  });

  it('writes the few words of a formula in Chinese when asked', () => {
    const example = WORKED_EXAMPLES.find((e) => e.id === 'tencent-shared-first-year');
    const r = quote(example?.scenario, catalogs, { locale: 'zh' });
    if (!r.ok) throw new Error(r.message);
    expect(r.estimate.lines.map((l) => l.formula)).toEqual([
      '5,000,000 − 1,000,000 免费 = 4,000,000; 4,000,000 ÷ 10,000 × 0.06 = 24.00',
      '(14.305 + 4.768 − 1 免费) GB × 0.80 = 14.46',
    ]);
  });

  it('gives every line its price source, date and confidence', () => {
    for (const example of WORKED_EXAMPLES) {
      const r = quote(example.scenario, catalogs);
      if (!r.ok) throw new Error(r.message);
      for (const line of r.estimate.lines) {
        expect(line.source, `${example.id} ${line.id}`).toMatch(/ — /);
        expect(line.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['list', 'derived', 'example']).toContain(line.confidence);
      }
    }
  });
});
