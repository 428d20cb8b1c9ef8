/** The fixture catalogs load (parseCatalog accepts them), cover every registered offering and stay unambiguous. */
import { describe, expect, it } from 'vitest';
import { findOffering, findPrice } from '../engine/catalog.ts';
import { OFFERINGS, isDedicated, offeringModule } from '../engine/offerings/registry.ts';
import { FIXTURE_CATALOGS, fixtureCatalogs } from './fixture-catalogs.ts';

describe('the fixture catalogs', () => {
  it('hold every registered offering', () => {
    for (const id of OFFERINGS) expect(findOffering(FIXTURE_CATALOGS, id), id).toBeDefined();
  });

  it('match at most one price for any offering, key, edition and region', () => {
    for (const id of OFFERINGS) {
      const { offering } = findOffering(FIXTURE_CATALOGS, id)!;
      for (const p of offering.prices) {
        for (const region of p.regions ?? offering.regions) {
          const matches = offering.prices.filter((q) => q.key === p.key && q.edition === p.edition && (q.regions ?? [region]).includes(region));
          expect(matches, `${id} ${p.key} ${p.edition} ${region}`).toHaveLength(1);
          expect(findPrice(offering, p.key, p.edition, region)).toBe(p);
        }
      }
    }
  });

  it('give each dedicated offering two editions with different capacity and SLA, and the comparison city beijing everywhere', () => {
    for (const id of OFFERINGS) {
      const { catalog, offering } = findOffering(FIXTURE_CATALOGS, id)!;
      expect(
        offering.regions.some((r) => catalog.regions.find((x) => x.id === r)?.city === 'beijing'),
        id,
      ).toBe(true);
      if (!isDedicated(id)) continue;
      const [a, b] = offering.editions ?? [];
      expect(a && b && a.qps !== b.qps && a.sla !== b.sla, id).toBe(true);
    }
  });

  it('carry a missing price, a derived price, an example price and a minimum fee', () => {
    const prices = OFFERINGS.flatMap((id) => findOffering(FIXTURE_CATALOGS, id)!.offering.prices);
    expect(prices.some((p) => p.confidence === 'derived' && p.derivation)).toBe(true);
    expect(prices.some((p) => p.confidence === 'example')).toBe(true);
    const priced = OFFERINGS.filter((id) => offeringModule(id).capacity === 'editions').flatMap((id) => {
      const { offering } = findOffering(FIXTURE_CATALOGS, id)!;
      return (offering.editions ?? []).map((e) => findPrice(offering, 'instance.payg', e.id, offering.regions[0]!));
    });
    expect(priced).toContain(undefined);
    expect(OFFERINGS.some((id) => findOffering(FIXTURE_CATALOGS, id)!.offering.minimumFee)).toBe(true);
  });

  it('can be copied for a test that edits one', () => {
    const copy = fixtureCatalogs();
    copy.tencent!.offerings[0]!.prices = [];
    expect(findOffering(FIXTURE_CATALOGS, 'tencent.dedicated')!.offering.prices.length).toBeGreaterThan(0);
  });
});
