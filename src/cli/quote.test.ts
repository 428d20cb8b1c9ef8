import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
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
    expect(runQuote(['missing.json'], () => { throw new Error('ENOENT'); })).toMatchObject({ status: 2 });
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
