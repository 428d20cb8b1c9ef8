import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { quote } from '../engine/estimate.ts';
import { dec } from '../engine/money.ts';
import { loadCatalogs } from './catalogs.ts';
import { runCompare } from './compare.ts';

const run = (input: unknown) => runCompare(['scenario.json'], () => JSON.stringify(input));
const BEIJING = {
  version: 1,
  offering: 'tencent.shared',
  region: 'ap-beijing',
  callsPerMonth: 5000000,
  responseKB: 3,
  client: 'internet',
  backend: 'private',
  peakQps: 1000,
};

describe('npm run compare', () => {
  it('prints the ranking as JSON, cheapest complete option first', () => {
    const r = run(BEIJING);
    expect(r.status).toBe(0);
    const options = JSON.parse(r.stdout);
    expect(options[0]).toMatchObject({ offering: 'jdcloud.shared', region: 'cn-north-1', total: '27.44', complete: true });
    for (const o of options) expect(Object.keys(o)).toEqual(expect.arrayContaining(['offering', 'region', 'total', 'complete']));
    expect(options.filter((o: { billing?: string }) => o.billing).every((o: { edition?: string }) => o.edition)).toBe(true);
  });

  it('prints each option with a scenario that `quote` prices to its total, ranked by total', () => {
    // Checked against the engine itself, so a routine price update does not break it.
    const catalogs = loadCatalogs();
    const options = JSON.parse(run(BEIJING).stdout) as { scenario: unknown; total: string; horizonTotal: string; complete: boolean; flags: string[] }[];
    for (const o of options) {
      const r = quote(o.scenario, catalogs);
      expect(r.ok && [r.estimate.total, r.estimate.complete], JSON.stringify(o.scenario)).toEqual([o.total, o.complete]);
      expect(o.horizonTotal).toBe(o.total); // the default horizon is the month
    }
    // Priced rows first, cheapest first; then the indicative ones; then the incomplete ones.
    const standing = (o: { flags: string[] }) =>
      o.flags.includes('incomplete') ? 2 : o.flags.some((f) => ['example-price', 'excludes-costs', 'over-capacity'].includes(f)) ? 1 : 0;
    expect(options.every((o, i) => i === 0 || standing(o) >= standing(options[i - 1]!))).toBe(true);
    for (const s of [0, 1]) {
      const tier = options.filter((o) => standing(o) === s);
      expect(tier.every((o, i) => i === 0 || dec(o.total).gte(tier[i - 1]!.total))).toBe(true);
    }
    expect(options.filter((o) => !o.complete).every((o) => standing(o) === 2)).toBe(true);
  });

  it("compares Alibaba's serverless offering by itself: per call, no edition, capacity not published", () => {
    const options = JSON.parse(run(BEIJING).stdout) as Record<string, unknown>[];
    const serverless = options.filter((o) => o.offering === 'alibaba.shared');
    expect(serverless).toHaveLength(1);
    expect(serverless[0]).toMatchObject({ region: 'cn-beijing', complete: true, scenario: { offering: 'alibaba.shared', region: 'cn-beijing' } });
    for (const key of ['edition', 'billing', 'instances', 'capacity', 'sla']) expect(serverless[0]).not.toHaveProperty(key);
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
