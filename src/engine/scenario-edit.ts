/**
 * Edits of a scenario document that keep it valid: what the form does when the user switches
 * offering, region or billing mode, and what a comparison does when it loads an option. Workload
 * fields always carry over; fields that stop applying are removed, never left to fail validation.
 */
import { findEdition, findOffering, findRegion, regionsSold, type CatalogEdition, type Catalogs } from './catalog.ts';
import type { Billing } from './ids.ts';
import { isDedicated, takesField, vendorOf, type OfferingId } from './offerings/registry.ts';
import { SCENARIO_DEFAULTS, type ScenarioDoc } from './scenario.ts';

/** Fields that describe the workload, not the product: they apply to every offering. */
export const WORKLOAD_FIELDS = [
  'callsPerMonth',
  'peakQps',
  'responseKB',
  'requestKB',
  'clientGB',
  'backendGB',
  'client',
  'backend',
  'firstYear',
] as const satisfies readonly (keyof ScenarioDoc)[];

/** One field of `from` on `to`: set as `from` has it, or removed. */
function copyField<K extends keyof ScenarioDoc>(to: ScenarioDoc, from: ScenarioDoc, field: K): void {
  if (from[field] === undefined) delete to[field];
  else to[field] = from[field];
}

/** The workload of `from` on `to`: every workload field as `from` has it (absent where it has none). */
export function withWorkloadOf(to: ScenarioDoc, from: ScenarioDoc): ScenarioDoc {
  const next: ScenarioDoc = { ...to };
  for (const f of WORKLOAD_FIELDS) copyField(next, from, f);
  return next;
}

/** A number field of a document as a number, for comparisons of capacity and for slider positions only (never for money). */
export function looseNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Editions sold in a region, in catalog order (smallest first). */
export function editionsIn(catalogs: Catalogs, offering: OfferingId, region: string): CatalogEdition[] {
  const o = findOffering(catalogs, offering)?.offering;
  return (o?.editions ?? []).filter((e) => regionsSold(o!, e).includes(region));
}

/** The smallest edition sold in the region whose instances carry the peak QPS (the largest if none does). */
export function editionFor(catalogs: Catalogs, offering: OfferingId, region: string, peakQps: number | undefined, instances = 1): CatalogEdition | undefined {
  const sold = editionsIn(catalogs, offering, region);
  if (peakQps === undefined) return sold[0];
  return sold.find((e) => e.qps * instances >= peakQps) ?? sold[sold.length - 1];
}

/** The region of `offering` closest to `region` of `from`: the same id, else the same city, else the same area. */
function nearestRegion(catalogs: Catalogs, from: OfferingId | undefined, region: unknown, to: OfferingId): string | undefined {
  const target = findOffering(catalogs, to);
  if (!target) return undefined;
  const sold = target.offering.regions;
  if (typeof region === 'string' && sold.includes(region) && from && vendorOf(from) === vendorOf(to)) return region;
  const source = from ? findOffering(catalogs, from) : undefined;
  const before = source && typeof region === 'string' ? findRegion(source.catalog, region) : undefined;
  const regions = sold.map((id) => findRegion(target.catalog, id)).filter((r) => r !== undefined);
  return (before?.city && regions.find((r) => r.city === before.city)?.id) ?? (before && regions.find((r) => r.area === before.area)?.id) ?? sold[0];
}

/** The document switched to another offering, keeping the workload and whatever still applies. */
export function withOffering(doc: ScenarioDoc, offering: OfferingId, catalogs: Catalogs): ScenarioDoc {
  const from = findOffering(catalogs, doc.offering) ? doc.offering : undefined;
  const region = nearestRegion(catalogs, from, doc.region, offering) ?? '';
  const next = withWorkloadOf({ version: 1, offering, region }, doc);
  // A negotiated discount belongs to a vendor; quoted prices to one offering.
  if (from && vendorOf(from) === vendorOf(offering) && doc.discountPercent !== undefined) next.discountPercent = doc.discountPercent;
  if (from === offering && doc.prices !== undefined) next.prices = doc.prices;

  if (isDedicated(offering) && region !== '') {
    const instances = from && isDedicated(from) && doc.instances !== undefined ? doc.instances : undefined;
    const o = findOffering(catalogs, offering)?.offering;
    const same = o ? findEdition(o, doc.edition) : undefined;
    const edition =
      same && regionsSold(o!, same).includes(region) && from === offering
        ? same
        : editionFor(catalogs, offering, region, looseNumber(doc.peakQps), looseNumber(instances) ?? 1);
    if (edition) next.edition = edition.id;
    if (instances !== undefined) next.instances = instances;
    const billing = from && isDedicated(from) && doc.billing !== undefined ? doc.billing : SCENARIO_DEFAULTS.billing;
    next.billing = billing;
    if (billing === 'payg') next.hours = doc.hours ?? SCENARIO_DEFAULTS.hours;
  }
  if (takesField(offering, 'bandwidthHours') && from && takesField(from, 'bandwidthHours') && doc.bandwidthHours !== undefined)
    next.bandwidthHours = doc.bandwidthHours;
  return next;
}

/** The document moved to another region of its offering; an edition not sold there is replaced. */
export function withRegion(doc: ScenarioDoc, region: string, catalogs: Catalogs): ScenarioDoc {
  const next: ScenarioDoc = { ...doc, region };
  const offering = doc.offering;
  if (!findOffering(catalogs, offering) || !isDedicated(offering)) return next;
  const sold = editionsIn(catalogs, offering, region);
  if (!sold.some((e) => e.id === doc.edition)) {
    const e = editionFor(catalogs, offering, region, looseNumber(doc.peakQps), looseNumber(doc.instances) ?? 1);
    if (e) next.edition = e.id;
  }
  return next;
}

/** The document with another billing mode: hours apply to pay-as-you-go only. */
export function withBilling(doc: ScenarioDoc, billing: Billing): ScenarioDoc {
  const next: ScenarioDoc = { ...doc, billing };
  if (billing === 'payg') next.hours = doc.hours ?? SCENARIO_DEFAULTS.hours;
  else delete next.hours;
  return next;
}
