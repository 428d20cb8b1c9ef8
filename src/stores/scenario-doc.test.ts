import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../cli/catalogs.ts';
import { readScenarioDoc } from './scenario-doc.ts';

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
