import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCompare } from './compare.ts';

const run = (input: unknown) => runCompare(['scenario.json'], () => JSON.stringify(input));
const BEIJING = { version: 1, offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: 5000000, responseKB: 3, client: 'internet', backend: 'private', peakQps: 1000 };

describe('npm run compare', () => {
  it('prints the ranking as JSON, cheapest complete option first', () => {
    const r = run(BEIJING);
    expect(r.status).toBe(0);
    const options = JSON.parse(r.stdout);
    expect(options[0]).toMatchObject({ offering: 'jdcloud.shared', region: 'cn-north-1', total: '27.44', complete: true });
    for (const o of options) expect(Object.keys(o)).toEqual(expect.arrayContaining(['offering', 'region', 'total', 'complete']));
    expect(options.filter((o: { billing?: string }) => o.billing).every((o: { edition?: string }) => o.edition)).toBe(true);
  });

  it('exits 2 naming the field of an invalid scenario', () => {
    const r = run({ ...BEIJING, peakQps: 'lots' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/peakQps: must be a number/);
  });

  it('runs as a process reading standard input', () => {
    const r = spawnSync('node', ['--import', 'tsx', 'src/cli/compare.ts', '-'], { input: JSON.stringify(BEIJING), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].total).toBe('27.44');
  });
});
