import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { quote } from '../engine/estimate.ts';
import { quoteEstimate } from '../engine/estimates/pricing.ts';
import { WORKED_EXAMPLES } from '../engine/worked-examples.ts';
import { DEFAULT_SCENARIO } from './calculator.ts';
import { initialEstimate } from './initial-estimate.ts';

const catalogs = loadCatalogs();
const LABEL = 'Item 1';

describe('the estimate a page opens with', () => {
  it('is the default scenario, as a one-item estimate, without a link', () => {
    const start = initialEstimate({ kind: 'none' }, catalogs, LABEL);
    expect(start.estimate).toEqual({ version: 1, kind: 'estimate', items: [{ label: LABEL, scenario: DEFAULT_SCENARIO }] });
    expect(start.inputs).toBe(start.estimate.items[0]!.scenario);
    expect(start.linkError).toBeUndefined();
  });

  it.each(WORKED_EXAMPLES.map((e) => [e.id, e] as const))(
    'opens an old scenario link (%s) as a one-item estimate with exactly its old total',
    (_id, example) => {
      const start = initialEstimate({ kind: 'scenario', json: example.scenario }, catalogs, LABEL);
      expect(start.linkError).toBeUndefined();
      expect(start.estimate.items).toEqual([{ label: LABEL, scenario: example.scenario }]);
      const before = quote(example.scenario, catalogs);
      const now = quoteEstimate(start.estimate, catalogs, { explain: false });
      if (!before.ok || !now.ok) throw new Error('the worked example does not price');
      expect(before.estimate.total).toBe(example.total);
      expect(now.output.monthly).toBe(before.estimate.total);
      expect(now.output.upfront).toBe(before.estimate.upfront);
    },
  );

  it('opens an estimate link as it is, every item', () => {
    const json = {
      version: 1,
      kind: 'estimate',
      items: ['tencent-shared-tiers', 'alibaba-monthly-vpc', 'jdcloud-units'].map((id, i) => ({
        label: `Item ${i + 1}`,
        scenario: WORKED_EXAMPLES.find((e) => e.id === id)!.scenario,
      })),
    };
    const start = initialEstimate({ kind: 'estimate', json }, catalogs, LABEL);
    expect(start.linkError).toBeUndefined();
    expect(start.estimate).toEqual(json);
    expect(start.inputs).toEqual(json.items[0]!.scenario);
  });

  it('opens the defaults and says why for a link that could not be read', () => {
    const start = initialEstimate({ kind: 'broken', message: "the link's estimate is not valid JSON" }, catalogs, LABEL);
    expect(start.estimate.items[0]!.scenario).toBe(DEFAULT_SCENARIO);
    expect(start.linkError).toEqual({ message: "the link's estimate is not valid JSON", fields: [] });
  });

  it('names the paths of an invalid estimate', () => {
    const json = {
      version: 1,
      kind: 'estimate',
      items: [0, 1, 2].map((i) => ({ label: `Item ${i + 1}`, scenario: { ...DEFAULT_SCENARIO, region: i === 2 ? 'mars-1' : DEFAULT_SCENARIO.region } })),
    };
    const start = initialEstimate({ kind: 'estimate', json }, catalogs, LABEL);
    expect(start.estimate.items[0]!.scenario).toBe(DEFAULT_SCENARIO);
    expect(start.linkError?.fields).toEqual(['items[2].scenario.region']);
    expect(start.linkError?.message).toMatch(/^items\[2\]\.scenario\.region: /);
  });

  it('names the fields of an invalid old scenario link, as before', () => {
    const start = initialEstimate({ kind: 'scenario', json: { version: 1, offering: 'tencent.shared', region: 'mars-1', callsPerMonth: -3 } }, catalogs, LABEL);
    expect(start.linkError?.fields).toEqual(['region', 'callsPerMonth']);
  });
});

describe("a partner's page", () => {
  const s1 = { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'monthly' };

  it('opens a link naming an offering it does not offer at its default, saying why', () => {
    const huawei = WORKED_EXAMPLES.find((e) => e.scenario.offering === 'huawei.dedicated')!.scenario;
    const start = initialEstimate({ kind: 'scenario', json: huawei }, catalogs, LABEL, { vendors: ['alibaba'] });
    expect(start.linkError?.message).toMatch(/^it names offerings not offered here: huawei\.dedicated \(offered: alibaba\.dedicated, alibaba\.shared\)$/);
    expect(start.inputs.offering).toMatch(/^alibaba\./);
  });

  it("opens the partner's configured default when the link names none", () => {
    const start = initialEstimate({ kind: 'none' }, catalogs, LABEL, { vendors: ['alibaba'], defaultDocument: s1 });
    expect(start.linkError).toBeUndefined();
    expect(start.inputs).toEqual(s1);
  });

  it('opens a link within the offerings as it is', () => {
    const start = initialEstimate({ kind: 'scenario', json: s1 }, catalogs, LABEL, { offerings: ['alibaba.dedicated'] });
    expect(start.linkError).toBeUndefined();
    expect(start.inputs).toEqual(s1);
  });
});
