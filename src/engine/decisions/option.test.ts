/** A validated scenario written back as a document gives the same scenario (fixture catalogs). */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../../testing/fixture-catalogs.ts';
import { validateScenario } from '../scenario.ts';
import { scenarioArb } from '../../testing/scenario-arbitrary.ts';
import { scenarioDoc } from './option.ts';

const catalogs = FIXTURE_CATALOGS;

describe('scenarioDoc', () => {
  it('validates back to the scenario it was written from', () => {
    fc.assert(
      fc.property(scenarioArb(catalogs), (doc) => {
        const v = validateScenario(doc, catalogs);
        if (!v.ok) throw new Error(JSON.stringify(v.errors));
        const again = validateScenario(scenarioDoc(v.scenario), catalogs);
        expect(again).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves out what is at the contract's default, but keeps a dedicated option's billing mode and hours", () => {
    const v = validateScenario(
      {
        version: 1,
        offering: 'alibaba.dedicated',
        region: 'cn-hangzhou',
        edition: 's1',
        instances: '1',
        responseKB: '0',
        client: 'internet',
        discountPercent: '0%',
      },
      catalogs,
    );
    if (!v.ok) throw new Error('invalid');
    expect(scenarioDoc(v.scenario)).toEqual({ version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 's1', billing: 'payg', hours: '730' });
  });
});
