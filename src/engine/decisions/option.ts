/**
 * What the decision tools share: a validated scenario changed in typed steps (another billing mode,
 * hours, offering…), its items priced by the estimate's own functions (never a price computed here),
 * and the scenario written back as a typed document to load into the calculator.
 */
import type { Catalogs } from '../catalog.ts';
import type { Charge } from '../charges.ts';
import { charges, ruleContext } from '../estimate.ts';
import { PRICE_KEYS, type Billing, type PriceKey } from '../ids.ts';
import { asHours, dec, type Hours } from '../money.ts';
import { takesField } from '../offerings/registry.ts';
import { itemAmount, type ItemAmount } from '../price.ts';
import { wholeHours } from '../rules/instance.ts';
import { SCENARIO_DEFAULTS, SCENARIO_VERSION, type Scenario, type ScenarioDoc } from '../scenario.ts';
import { WORKLOAD_FIELDS } from '../scenario-edit.ts';
import { DEFAULT_HOURS } from '../units.ts';

/** The instance fee item (the one billing item that depends on the billing mode). */
export const isInstanceItem = (c: Charge): boolean => c.id === 'instance';
/** Every item but the instance fee. */
export const isNotInstanceItem = (c: Charge): boolean => c.id !== 'instance';

/** Hours a validated scenario holds when it is not on pay-as-you-go: the contract's default. */
export const UNUSED_HOURS: Hours = asHours(dec(DEFAULT_HOURS));

/**
 * A validated dedicated scenario on another billing mode: `hours` for pay-as-you-go (default: the
 * scenario's own hours), the contract's default hours otherwise (as validation gives them).
 */
export function onBilling(s: Scenario, billing: Billing, hours: Hours = s.hours): Scenario {
  return { ...s, billing, hours: billing === 'payg' ? hours : UNUSED_HOURS };
}

/**
 * The scenario's instance fee as the estimate prices it: the exact amount before rounding and the
 * billed amount (`exact`/`amount` undefined when its price is missing); undefined without an
 * instance item.
 */
export function instanceItem(s: Scenario, catalogs: Catalogs): ItemAmount | undefined {
  const ctx = ruleContext(s, catalogs);
  const charge = charges(ctx).find(isInstanceItem);
  return charge && itemAmount(ctx, charge);
}

/** Whether the scenario's pay-as-you-go hours are billed whole (the catalog's `instanceHours`). */
export function billsWholeHours(s: Scenario, catalogs: Catalogs): boolean {
  return wholeHours(ruleContext(s, catalogs).offering);
}

/**
 * A validated scenario written as a document (SCENARIO.md): `validateScenario` of it gives the same
 * scenario back. Fields at the contract's default are left out, except a dedicated option's billing
 * mode and a pay-as-you-go option's hours, which the calculator shows.
 */
export function scenarioDoc(s: Scenario): ScenarioDoc {
  const doc: ScenarioDoc = { version: SCENARIO_VERSION, offering: s.offering, region: s.region };
  if (s.edition !== undefined) doc.edition = s.edition;
  if (takesField(s.offering, 'instances') && String(s.instances) !== SCENARIO_DEFAULTS.instances) doc.instances = s.instances;
  if (s.billing !== undefined) doc.billing = s.billing;
  if (s.billing === 'payg' && takesField(s.offering, 'hours')) doc.hours = s.hours.toString();
  if (!s.callsPerMonth.isZero()) doc.callsPerMonth = s.callsPerMonth.toString();
  if (s.peakQps !== undefined) doc.peakQps = s.peakQps.toString();
  if (!s.responseKB.isZero()) doc.responseKB = s.responseKB.toString();
  if (!s.requestKB.isZero()) doc.requestKB = s.requestKB.toString();
  if (s.clientGB !== undefined) doc.clientGB = s.clientGB.toString();
  if (s.backendGB !== undefined) doc.backendGB = s.backendGB.toString();
  if (s.client !== SCENARIO_DEFAULTS.client) doc.client = s.client;
  if (s.backend !== SCENARIO_DEFAULTS.backend) doc.backend = s.backend;
  if (s.firstYear) doc.firstYear = true;
  if (takesField(s.offering, 'bandwidthHours') && !s.bandwidthHours.isZero()) doc.bandwidthHours = s.bandwidthHours.toString();
  if (!s.discountPercent.isZero()) doc.discountPercent = s.discountPercent.toString();
  const prices: Partial<Record<PriceKey, string>> = {};
  for (const key of PRICE_KEYS) {
    const p = s.prices[key];
    if (p !== undefined) prices[key] = p.toString();
  }
  if (Object.keys(prices).length > 0) doc.prices = prices;
  return doc;
}

/**
 * The scenario's product (everything but the workload: offering, region, edition, billing, hours,
 * instances, discount, quoted prices…) as a string: a key for keeping a result that depends on it
 * alone while the workload is typed. `with` adds values it also depends on.
 */
export function productKey(s: Scenario, ...with_: unknown[]): string {
  const product = scenarioDoc(s);
  for (const f of WORKLOAD_FIELDS) delete product[f];
  return JSON.stringify([product, ...with_]);
}
