/**
 * What an offering module says: everything the engine knows about one offering that is not a price
 * or a vendor fact (those are catalog data): what it bills, which scenario fields apply, where its
 * capacity comes from, how its egress is billed, and its own warnings.
 */
import type { Charge, EstimateWarning } from '../charges.ts';
import type { VendorId } from '../ids.ts';
import type { RuleContext } from '../rules/context.ts';
import type { OfferingId } from './registry.ts';

/** Scenario fields that describe the product rather than the workload; an offering lists those it takes. */
export const PRODUCT_FIELDS = ['edition', 'instances', 'billing', 'hours', 'bandwidthHours'] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

/** Catalog entries of an offering that its rules need (checked when a catalog is loaded). */
export type CatalogFact = 'editions' | 'instanceHours' | 'callUnit' | 'billedEgress';

export interface OfferingModule {
  id: OfferingId;
  vendor: VendorId;
  /** Priced per instance (editions, billing modes, hours, instances); otherwise priced per call. */
  dedicated: boolean;
  /** The product fields it takes; the workload fields apply to every offering. */
  fields: readonly ProductField[];
  facts: readonly CatalogFact[];
  /**
   * Where its capacity comes from: each edition's QPS × instances, one cap for the whole service
   * (the catalog's `qpsCap`), or nowhere (the vendor publishes none).
   */
  capacity: 'editions' | 'service-cap' | 'unpublished';
  /** How public egress is billed: per GB by the topology (the catalog's `billedEgress`), or as hourly bandwidth. */
  egress: 'per-gb' | 'bandwidth';
  /** The month's billing items, declared with their quantities and price keys, never a price. */
  charges: (ctx: RuleContext) => Charge[];
  /** Warnings of its own (capacity, price-source and missing-price warnings are the engine's). */
  warnings?: (ctx: RuleContext) => EstimateWarning[];
}
