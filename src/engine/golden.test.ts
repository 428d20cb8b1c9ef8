/**
 * Golden tests: the vendors' worked examples (RULES.md) on the live catalogs (public/catalogs). A
 * routine price update breaks these and the schema check only; the rule tests run on fixtures.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { quote, type Estimate } from './estimate.ts';
import { ENGLISH_FORMULA_WORDS, formulaText, type FormulaWords } from './explain.ts';
import type { ScenarioDoc } from './scenario.ts';
import { WORKED_EXAMPLES } from './worked-examples.ts';

const catalogs = loadCatalogs();

function priced(scenario: ScenarioDoc | undefined): Estimate {
  const r = quote(scenario, catalogs);
  if (!r.ok) throw new Error(r.message);
  return r.estimate;
}
const workedExample = (id: string) => {
  const e = WORKED_EXAMPLES.find((x) => x.id === id);
  if (!e) throw new Error(`no worked example ${id}`);
  return e;
};

/** The page's Chinese words for a formula (the page supplies its own; these are the test's). */
const CHINESE_FORMULA_WORDS: FormulaWords = {
  hour: '小时',
  month: (n) => `${n} 个月`,
  instances: (n) => `${n} 个实例`,
  free: '免费',
  minimumFee: '最低收费',
  remark: (words) => `（${words}）`,
  clauseGap: '；',
  margin: (p) => `含合作伙伴加价 ${p}%`,
};

describe('the worked examples of RULES.md', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.id, e] as const))('%s reproduces the vendor result to the cent', (_id, example) => {
    // Given the example's scenario, when it is priced, then every line and the total are the vendor's.
    const e = priced(example.scenario);
    expect(e.total).toBe(example.total);
    expect(e.upfront).toBe(example.upfront ?? '0.00');
    expect(e.complete).toBe(true);
    expect(Object.fromEntries(e.lines.map((l) => [l.id, l.amount]))).toEqual(example.lines);
  });

  it('gives every example a title in both languages and a source', () => {
    for (const e of WORKED_EXAMPLES) {
      expect(e.title.zh, e.id).not.toBe('');
      expect(e.title.en, e.id).not.toBe('');
      expect(e.source, e.id).toMatch(/^RULES\.md/);
    }
    expect(new Set(WORKED_EXAMPLES.map((e) => e.id)).size).toBe(WORKED_EXAMPLES.length);
  });

  it("includes Alibaba's serverless example: 11,000,000 billable calls in two tiers, 100 GB", () => {
    const e = priced(workedExample('alibaba-serverless-tiers').scenario);
    const calls = e.lines.find((l) => l.id === 'calls');
    expect(calls).toMatchObject({ amount: '64.00', quantity: '11000000', free: '1000000' });
    expect(calls?.parts?.map((p) => [p.quantity, p.unitPrice])).toEqual([
      ['10000000', '0.06'],
      ['1000000', '0.04'],
    ]);
    expect(formulaText(calls!.calculation)).toBe('12,000,000 − 1,000,000 free = 11,000,000; 10,000,000 ÷ 10,000 × 0.06 + 1,000,000 ÷ 10,000 × 0.04 = 64.00');
  });

  it('writes formulas like the vendors do', () => {
    const e = priced(workedExample('tencent-shared-tiers').scenario);
    expect(e.lines.map((l) => formulaText(l.calculation))).toEqual(['5,000,000 ÷ 10,000 × 0.06 = 30.00', '(14.305 + 4.768) GB × 0.80 = 15.26']);
    expect(e.lines.map((l) => formulaText(l.calculation, ENGLISH_FORMULA_WORDS))).toEqual(e.lines.map((l) => formulaText(l.calculation)));
  });

  it('writes the few words of a formula in Chinese when given them', () => {
    const e = priced(workedExample('tencent-shared-first-year').scenario);
    expect(e.lines.map((l) => formulaText(l.calculation, CHINESE_FORMULA_WORDS))).toEqual([
      '5,000,000 − 1,000,000 免费 = 4,000,000；4,000,000 ÷ 10,000 × 0.06 = 24.00',
      '(14.305 + 4.768 − 1 免费) GB × 0.80 = 14.46',
    ]);
    const month = priced(workedExample('alibaba-monthly-vpc').scenario);
    expect(formulaText(month.lines[0]!.calculation, CHINESE_FORMULA_WORDS)).toBe('1 个月 × 3,680.00 = 3,680.00');
    expect(formulaText(month.lines[0]!.calculation)).toBe('1 month × 3,680.00 = 3,680.00');
    const hours = priced(workedExample('alibaba-payg-partial-hour').scenario);
    expect(formulaText(hours.lines[0]!.calculation, CHINESE_FORMULA_WORDS)).toBe('9.5 小时 → 10 小时 × 5.94 = 59.40');
    expect(formulaText(hours.lines[0]!.calculation)).toBe('9.5 h → 10 h × 5.94 = 59.40');
  });

  it('gives every line its price source, date and confidence', () => {
    for (const example of WORKED_EXAMPLES) {
      for (const line of priced(example.scenario).lines) {
        expect(line.source, `${example.id} ${line.id}`).toMatch(/ — /);
        expect(line.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['list', 'derived', 'example']).toContain(line.confidence);
      }
    }
  });
});

describe('golden figures of RULES.md beyond the presets', () => {
  it("prices Huawei's 179,996 s written as hours in full precision to 643.99", () => {
    // 179,996 s ÷ 3,600 = 49.99888… h, as Python or a spreadsheet writes it (26 decimals) × 12.88 = 643.98568… → 643.99.
    const e = priced({
      version: 1,
      offering: 'huawei.dedicated',
      region: 'cn-north-4',
      edition: 'professional',
      billing: 'payg',
      hours: '49.99888888888888888888888889',
      client: 'private',
      backend: 'private',
    });
    expect(e.lines.find((l) => l.id === 'instance')?.amount).toBe('643.99');
    expect(e.total).toBe('643.99');
    expect(e.complete).toBe(true);
  });

  it('prices a flat quoted rate for Tencent shared calls over every billable call: 150,000,000 at 0.05 = 750.00', () => {
    // Not the first year: no free calls; 150,000,000 ÷ 10,000 × 0.05 = 750.00 (the tiers would give 570.00).
    const e = priced({
      version: 1,
      offering: 'tencent.shared',
      region: 'ap-guangzhou',
      callsPerMonth: 150000000,
      client: 'internet',
      backend: 'none',
      prices: { calls: '0.05' },
    });
    const calls = e.lines.find((l) => l.id === 'calls');
    expect(calls).toMatchObject({ amount: '750.00', quantity: '150000000', keys: ['calls'], confidence: 'override', notes: ['flat-call-price'] });
    expect(calls).not.toHaveProperty('free');
    expect(e.total).toBe('750.00');
    expect(e.warnings).toEqual([]);
    expect(formulaText(calls!.calculation)).toBe('150,000,000 ÷ 10,000 × 0.05 = 750.00');
  });

  it("takes Tencent's free calls before a flat rate in the first year", () => {
    // (150,000,000 − 1,000,000) ÷ 10,000 × 0.05 = 745.00
    const e = priced({
      version: 1,
      offering: 'tencent.shared',
      region: 'ap-guangzhou',
      callsPerMonth: 150000000,
      backend: 'none',
      firstYear: true,
      prices: { calls: '0.05' },
    });
    expect(e.lines.find((l) => l.id === 'calls')).toMatchObject({ amount: '745.00', free: '1000000' });
  });
});
