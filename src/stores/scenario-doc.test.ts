import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { readEstimateDoc, readEstimateOrScenario, readScenarioDoc } from './scenario-doc.ts';

const catalogs = loadCatalogs();

describe('a scenario from outside the page', () => {
  it('enters the store as typed, once the contract accepts it', () => {
    const json: unknown = {
      version: 1,
      offering: 'alibaba.shared',
      region: 'cn-hangzhou',
      callsPerMonth: 12000000,
      clientGB: '100',
      prices: { traffic: '0.5' },
    };
    const read = readScenarioDoc(json, catalogs);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.doc).toEqual(json);
    expect(read.doc).not.toBe(json);
    expect(read.doc.prices).not.toBe((json as { prices: unknown }).prices);
    expect(read.scenario.offering).toBe('alibaba.shared');
  });

  it('is refused, with the fields at fault, when it breaks the contract', () => {
    const read = readScenarioDoc({ version: 1, offering: 'alibaba.shared', region: 'mars-1', edition: 'basic' }, catalogs);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.field)).toEqual(['region', 'edition']);
    expect(readScenarioDoc('<img src=x>', catalogs).ok).toBe(false);
  });
});

describe('an estimate from outside the page', () => {
  const production = { version: 1, offering: 'tencent.dedicated', region: 'ap-shanghai', edition: 'professional', prices: { 'instance.monthly': '1000' } };
  const staging = { version: 1, offering: 'tencent.shared', region: 'ap-shanghai', callsPerMonth: '3000000' };
  const json = {
    version: 1,
    kind: 'estimate',
    name: 'Checkout',
    items: [
      { label: 'Production', group: 'Shanghai', scenario: production },
      { label: 'Staging', scenario: staging },
    ],
    accounts: { tencent: { firstYearMonths: 7, discountPercent: '12' } },
    growthPercent: 5,
  };

  it('enters the store as typed, a copy sharing no object with the sender', () => {
    const read = readEstimateDoc(json, catalogs);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.doc).toEqual(json);
    expect(read.doc.items[0]!.scenario).not.toBe(production);
    expect(read.doc.items[0]!.scenario.prices).not.toBe(production.prices);
    expect(read.doc.accounts).not.toBe(json.accounts);
    expect(read.doc.accounts!.tencent).not.toBe(json.accounts.tencent);
  });

  it('is refused with every bad field named by its path', () => {
    const bad = {
      ...json,
      items: [json.items[0], { label: 'Staging', scenario: { ...staging, region: 'mars-1' } }],
      accounts: { tencent: { firstYearMonths: 13 } },
    };
    const read = readEstimateDoc(bad, catalogs);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.field)).toEqual(['accounts.tencent.firstYearMonths', 'items[1].scenario.region']);
  });

  it('is refused when it would not price (items of one account pooling calls at two prices)', () => {
    const two = {
      version: 1,
      kind: 'estimate',
      items: [
        { label: 'A', scenario: staging },
        { label: 'B', scenario: { ...staging, discountPercent: '10' } },
      ],
    };
    const read = readEstimateDoc(two, catalogs);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]!.field).toBe('items[1].scenario');
  });

  it('may be a scenario, which becomes a one-item estimate; anything else is read as an estimate', () => {
    const one = readEstimateOrScenario(staging, catalogs, 'Item 1');
    expect(one).toEqual({ ok: true, doc: { version: 1, kind: 'estimate', items: [{ label: 'Item 1', scenario: staging }] } });
    const typo = readEstimateOrScenario({ version: 1, kind: 'estimat', items: [] }, catalogs, 'Item 1');
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.errors.map((e) => e.field)).toEqual(['kind', 'items']);
    const scenarioErrors = readEstimateOrScenario({ ...staging, region: 'mars-1' }, catalogs, 'Item 1');
    expect(scenarioErrors.ok).toBe(false);
    if (!scenarioErrors.ok) expect(scenarioErrors.errors.map((e) => e.field)).toEqual(['region']);
  });
});
