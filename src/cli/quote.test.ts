import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formulaText } from '../engine/explain.ts';
import { WORKED_EXAMPLES } from '../engine/worked-examples.ts';
import { runQuote } from './quote.ts';

/** Runs the command on `input` as if it were the file's content. */
const run = (input: unknown, path = 'scenario.json') => runQuote([path], () => (typeof input === 'string' ? input : JSON.stringify(input)));

describe('npm run quote', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.id, e] as const))('reproduces the worked example %s', (_id, example) => {
    const r = run(example.scenario);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(example.total);
  });

  it('keeps the English formula on each line beside its calculation, and a message on each warning', () => {
    const tiers = WORKED_EXAMPLES.find((e) => e.id === 'tencent-shared-tiers')!;
    // An unused quoted price gives a warning whatever the catalog's prices.
    const out = JSON.parse(run({ ...tiers.scenario, prices: { bandwidth: '1' } }).stdout);
    expect(out.lines.map((l: { formula: string }) => l.formula)).toEqual(['5,000,000 ÷ 10,000 × 0.06 = 30.00', '(14.305 + 4.768) GB × 0.80 = 15.26']);
    for (const line of out.lines) {
      expect(line.calculation.amount).toBe(line.amount);
      expect(line.formula).toBe(formulaText(line.calculation));
    }
    // The sentence is the page's English (src/lib/i18n/en.ts); here only that there is one, naming the key.
    expect(out.warnings).toEqual([{ code: 'unused-price', params: { key: 'bandwidth' }, message: expect.stringContaining('bandwidth') }]);
  });

  it("writes a capacity warning's message with the edition's name and grouped numbers", () => {
    const r = run({ version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', peakQps: 100000 });
    const [w] = JSON.parse(r.stdout).warnings;
    expect(w).toMatchObject({ code: 'capacity', line: 'instance', params: { peakQps: '100000', edition: 'basic', instances: '1' } });
    expect(w.message).toMatch(/^Peak 100,000 QPS exceeds the [\d,]+ QPS of 1 × Basic/);
  });

  it("gives a derived price's derivation in English, and a quoted price its source", () => {
    const derived = JSON.parse(run({ version: 1, offering: 'tencent.dedicated', region: 'ap-guangzhou', edition: 'basic', billing: 'yearly' }).stdout).lines[0];
    expect(derived.confidence).toBe('derived');
    expect(typeof derived.derivation).toBe('string');
    const quoted = JSON.parse(
      run({
        version: 1,
        offering: 'huawei.dedicated',
        region: 'cn-north-4',
        edition: 'basic',
        billing: 'monthly',
        client: 'private',
        prices: { 'instance.monthly': '2000' },
      }).stdout,
    );
    expect(quoted.total).toBe('2000.00');
    expect(quoted.lines[0]).toMatchObject({ confidence: 'override', source: 'price entered by the user' });
  });

  it('prices an array of scenarios in order, an invalid item giving an error in its place', () => {
    const [a, b] = WORKED_EXAMPLES;
    const r = run([a?.scenario, { version: 1, offering: 'jdcloud.shared', region: 'cn-north-9' }, b?.scenario]);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.map((x: { total?: string }) => x.total)).toEqual([a?.total, undefined, b?.total]);
    expect(out[1].error).toMatch(/^region: must be a region of jdcloud\.shared/);
    expect(r.stderr).toMatch(/scenario \[1\]: region/);
  });

  it('exits 2 naming the field of an invalid scenario', () => {
    const r = run({ version: 1, offering: 'tencent.shared', region: 'ap-guangzhou', callsPerMonth: 'lots' });
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/callsPerMonth: must be a whole number/);
  });

  it('exits 2 on text that is not JSON, an unreadable file, or wrong arguments', () => {
    expect(run('{"version": 1,').stderr).toMatch(/is not valid JSON/);
    expect(
      runQuote(['missing.json'], () => {
        throw new Error('ENOENT');
      }),
    ).toMatchObject({ status: 2 });
    expect(runQuote([], () => '').stderr).toMatch(/usage/);
  });
});

describe('the quote command as a process', () => {
  const tsx = ['--import', 'tsx', 'src/cli/quote.ts'];
  it('reads standard input with "-" and prints the estimate', () => {
    const out = execFileSync('node', [...tsx, '-'], { input: JSON.stringify(WORKED_EXAMPLES[0]?.scenario), encoding: 'utf8' });
    expect(JSON.parse(out).total).toBe(WORKED_EXAMPLES[0]?.total);
  });
  it('exits with status 2 on an invalid scenario', () => {
    const r = spawnSync('node', [...tsx, '-'], { input: '{"version":1,"offering":"nope"}', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/offering: must be one of/);
  });
});
