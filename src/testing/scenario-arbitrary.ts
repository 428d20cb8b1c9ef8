/** fast-check generators of valid scenarios, drawn from the catalogs so every draw is priceable. */
import * as fc from 'fast-check';
import { findOffering, regionsSold, type Catalogs } from '../engine/catalog.ts';
import { BACKENDS, BILLINGS, CLIENTS, OFFERINGS, type OfferingId } from '../engine/ids.ts';
import { isDedicated, type ScenarioJson } from '../engine/scenario.ts';

/** A non-negative number as the contract allows it: a JSON number or a decimal string. */
const amountArb = (max: number, decimals = 3): fc.Arbitrary<number | string> =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.tuple(fc.integer({ min: 0, max: max - 1 }), fc.integer({ min: 0, max: 10 ** decimals - 1 })).map(([i, f]) => `${i}.${String(f).padStart(decimals, '0')}`),
  );

export function scenarioArb(catalogs: Catalogs): fc.Arbitrary<ScenarioJson> {
  return fc.constantFrom(...OFFERINGS).chain((offering: OfferingId) => {
    const o = findOffering(catalogs, offering)!.offering;
    const where = isDedicated(offering)
      ? fc.constantFrom(...(o.editions ?? [])).chain((e) =>
          fc.record({
            edition: fc.constant(e.id),
            region: fc.constantFrom(...regionsSold(o, e)),
            instances: fc.integer({ min: 1, max: 4 }),
            billing: fc.constantFrom(...BILLINGS),
            hours: amountArb(744, 2),
          }).map(({ billing, hours, ...rest }) => ({ ...rest, billing, ...(billing === 'payg' && { hours }) })),
        )
      : fc.record({ region: fc.constantFrom(...o.regions) });
    return fc
      .record(
        {
          placement: where,
          callsPerMonth: fc.oneof(fc.integer({ min: 0, max: 200_000_000 }), fc.constantFrom(0, 1_000_000, 1_000_001, 10_000_000, 100_000_000)),
          responseKB: amountArb(64),
          requestKB: amountArb(64),
          clientGB: amountArb(5000),
          peakQps: amountArb(100_000, 1),
          client: fc.constantFrom(...CLIENTS),
          backend: fc.constantFrom(...BACKENDS),
          firstYear: fc.boolean(),
          discountPercent: amountArb(100, 1).filter((d) => Number(d) <= 100),
          bandwidthHours: amountArb(744, 2),
          prices: fc.dictionary(fc.constantFrom('instance.payg', 'instance.monthly', 'traffic', 'calls.tier2', 'bandwidth'), fc.constantFrom('0.5', '12.88', '1000'), { maxKeys: 2 }),
        },
        { requiredKeys: ['placement'] },
      )
      .map(({ placement, bandwidthHours, ...rest }) => ({
        version: 1,
        offering,
        ...placement,
        ...rest,
        ...(offering === 'huawei.dedicated' && bandwidthHours !== undefined && { bandwidthHours }),
      }));
  });
}
