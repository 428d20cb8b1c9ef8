/**
 * Edits of a scenario document that keep it valid: what the form does when the user switches
 * offering, region or billing mode, and what a comparison does when it loads an option. Workload
 * fields always carry over; fields that stop applying are removed, never left to fail validation.
 */
import { findEdition, findOffering, findRegion, regionsSold, type CatalogEdition, type Catalogs } from './catalog.ts';
import { vendorOf, type Billing, type OfferingId } from './ids.ts';
import { isRecord } from './issues.ts';
import { isDedicated, type ScenarioJson } from './scenario.ts';
import { DEFAULT_HOURS } from './units.ts';

/** Fields that describe the workload, not the product: they apply to every offering. */
export const WORKLOAD_FIELDS = ['callsPerMonth', 'peakQps', 'responseKB', 'requestKB', 'clientGB', 'backendGB', 'client', 'backend', 'firstYear'] as const;

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
  return (
    (before?.city && regions.find((r) => r.city === before.city)?.id) ??
    (before && regions.find((r) => r.area === before.area)?.id) ??
    sold[0]
  );
}

/** The document switched to another offering, keeping the workload and whatever still applies. */
export function withOffering(doc: ScenarioJson, offering: OfferingId, catalogs: Catalogs): ScenarioJson {
  const from = typeof doc.offering === 'string' && findOffering(catalogs, doc.offering as OfferingId) ? (doc.offering as OfferingId) : undefined;
  const region = nearestRegion(catalogs, from, doc.region, offering);
  const next: ScenarioJson = { version: 1, offering, ...(region !== undefined && { region }) };
  for (const f of WORKLOAD_FIELDS) if (doc[f] !== undefined) next[f] = doc[f];
  // A negotiated discount belongs to a vendor; quoted prices to one offering.
  if (from && vendorOf(from) === vendorOf(offering) && doc.discountPercent !== undefined) next.discountPercent = doc.discountPercent;
  if (from === offering && isRecord(doc.prices)) next.prices = doc.prices;

  if (isDedicated(offering) && region !== undefined) {
    const instances = from && isDedicated(from) && doc.instances !== undefined ? doc.instances : undefined;
    const o = findOffering(catalogs, offering)?.offering;
    const same = o && typeof doc.edition === 'string' ? findEdition(o, doc.edition) : undefined;
    const edition = same && regionsSold(o!, same).includes(region) && from === offering ? same : editionFor(catalogs, offering, region, looseNumber(doc.peakQps), looseNumber(instances) ?? 1);
    if (edition) next.edition = edition.id;
    if (instances !== undefined) next.instances = instances;
    const billing = from && isDedicated(from) && typeof doc.billing === 'string' ? doc.billing : 'payg';
    next.billing = billing;
    if (billing === 'payg') next.hours = doc.hours ?? DEFAULT_HOURS;
    if (offering === 'huawei.dedicated' && doc.bandwidthHours !== undefined) next.bandwidthHours = doc.bandwidthHours;
  }
  return next;
}

/** The document moved to another region of its offering; an edition not sold there is replaced. */
export function withRegion(doc: ScenarioJson, region: string, catalogs: Catalogs): ScenarioJson {
  const next: ScenarioJson = { ...doc, region };
  const offering = doc.offering as OfferingId;
  if (!findOffering(catalogs, offering) || !isDedicated(offering)) return next;
  const sold = editionsIn(catalogs, offering, region);
  if (!sold.some((e) => e.id === doc.edition)) {
    const e = editionFor(catalogs, offering, region, looseNumber(doc.peakQps), looseNumber(doc.instances) ?? 1);
    if (e) next.edition = e.id;
  }
  return next;
}

/** The document with another billing mode: hours apply to pay-as-you-go only. */
export function withBilling(doc: ScenarioJson, billing: Billing): ScenarioJson {
  const next: ScenarioJson = { ...doc, billing };
  if (billing === 'payg') next.hours = doc.hours ?? DEFAULT_HOURS;
  else delete next.hours;
  return next;
}
