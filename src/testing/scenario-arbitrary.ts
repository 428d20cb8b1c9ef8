/**
 * fast-check generators of valid scenarios, drawn from the registry's offerings and the given catalogs
 * (the fixture catalogs in the engine's tests) so every draw is priceable. No offering id is named
 * here: what a scenario may hold is asked of the registry (`isDedicated`, `takesField`) and the catalog
 * (editions, regions, free quotas, tier bounds).
 */
import * as fc from 'fast-check';
import { findOffering, regionsSold, type CatalogOffering, type Catalogs } from '../engine/catalog.ts';
import { BACKENDS, BILLINGS, CLIENTS, PRICE_KEYS, type PriceKey } from '../engine/ids.ts';
import { dec } from '../engine/money.ts';
import { OFFERINGS, isDedicated, takesField, type OfferingId } from '../engine/offerings/registry.ts';
import type { ScenarioDoc, ScenarioJson } from '../engine/scenario.ts';

/** A non-negative number as the contract allows it: a JSON number or a decimal string with up to `decimals` decimals. */
export const amountArb = (max: number, decimals = 3): fc.Arbitrary<number | string> =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc
      .tuple(fc.integer({ min: 0, max: max - 1 }), fc.integer({ min: 1, max: decimals }), fc.bigInt({ min: 0n, max: 10n ** BigInt(decimals) - 1n }))
      .map(([i, places, f]) => `${i}.${String(f % 10n ** BigInt(places)).padStart(places, '0')}`),
  );

/** Call counts at the offering's edges: its free quota and tier bounds (counted on billable calls), one either side. */
function callEdges(o: CatalogOffering): number[] {
  const free = o.freeCalls ? Number(o.freeCalls.amount) : 0;
  const bounds = (o.callTiers ?? []).flatMap((t) => (t.upTo === undefined ? [] : [Number(t.upTo) + free]));
  return [0, free, ...bounds].flatMap((n) => [n, n + 1, Math.max(0, n - 1)]);
}

/** Quoted prices: any keys (an unused one is a warning, not an error), never `calls` with a `calls.tierN`. */
const pricesArb: fc.Arbitrary<Partial<Record<PriceKey, string>>> = fc
  .dictionary(fc.constantFrom(...PRICE_KEYS), fc.constantFrom('0', '0.05', '0.5', '12.88', '1000'), { maxKeys: 3 })
  .filter((p) => !(p.calls !== undefined && Object.keys(p).some((k) => k.startsWith('calls.tier'))));

type Placement = Pick<ScenarioDoc, 'region' | 'edition' | 'instances' | 'billing' | 'hours'>;

/** The product fields of an offering: edition, region, instances, billing and hours where it takes them. */
function placementArb(offering: OfferingId, o: CatalogOffering): fc.Arbitrary<Placement> {
  if (!isDedicated(offering)) return fc.record({ region: fc.constantFrom(...o.regions) });
  return fc.constantFrom(...(o.editions ?? [])).chain((e) =>
    fc
      .record({
        edition: fc.constant(e.id),
        region: fc.constantFrom(...regionsSold(o, e)),
        instances: fc.integer({ min: 1, max: 4 }),
        billing: fc.constantFrom(...BILLINGS),
        hours: amountArb(744, 2),
      })
      .map(({ billing, hours, ...rest }) => ({ ...rest, billing, ...(billing === 'payg' && takesField(offering, 'hours') && { hours }) })),
  );
}

/** A valid scenario document: typed as the page holds it (ScenarioDoc), and as parsed JSON. */
export type ArbitraryScenario = ScenarioDoc & ScenarioJson;

/** Valid scenarios of the offerings `pick` keeps (every offering the catalogs have, by default). */
export function scenarioArb(catalogs: Catalogs, pick: (id: OfferingId) => boolean = () => true): fc.Arbitrary<ArbitraryScenario> {
  const offerings = OFFERINGS.filter((id) => pick(id) && findOffering(catalogs, id) !== undefined);
  return fc.constantFrom(...offerings).chain((offering: OfferingId) => {
    const o = findOffering(catalogs, offering)!.offering;
    return fc
      .record(
        {
          placement: placementArb(offering, o),
          callsPerMonth: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 200_000_000 }), fc.constantFrom(...callEdges(o))),
          responseKB: amountArb(64),
          requestKB: amountArb(64),
          clientGB: amountArb(5000),
          peakQps: amountArb(100_000, 1),
          client: fc.constantFrom(...CLIENTS),
          backend: fc.constantFrom(...BACKENDS),
          firstYear: fc.boolean(),
          discountPercent: fc.oneof(
            amountArb(100, 1).filter((d) => dec(String(d)).lte(100)),
            fc.integer({ min: 0, max: 100 }).map((d) => `${d}%`),
          ),
          bandwidthHours: amountArb(744, 2),
          prices: pricesArb,
        },
        { requiredKeys: ['placement'] },
      )
      .map(({ placement, bandwidthHours, ...rest }): ArbitraryScenario => ({
        version: 1,
        offering,
        ...placement,
        ...rest,
        ...(takesField(offering, 'bandwidthHours') && bandwidthHours !== undefined && { bandwidthHours }),
      }));
  });
}
