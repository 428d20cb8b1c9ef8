/**
 * Identifiers shared by the scenario, the catalogs and the rules. The offerings themselves are listed
 * once, in offerings/registry.ts.
 */

export const VENDORS = ['tencent', 'alibaba', 'huawei', 'jdcloud'] as const;
export type VendorId = (typeof VENDORS)[number];

export const BILLINGS = ['payg', 'monthly', 'yearly'] as const;
export type Billing = (typeof BILLINGS)[number];

export const CLIENTS = ['internet', 'cloud-public', 'private'] as const;
export type ClientPlace = (typeof CLIENTS)[number];

export const BACKENDS = ['internet', 'cloud-public', 'cross-region-public', 'private', 'none'] as const;
export type BackendPlace = (typeof BACKENDS)[number];

/** Unit-price keys, as used by catalogs and by a scenario's `prices` overrides (SCENARIO.md). */
export const PRICE_KEYS = [
  'instance.payg',
  'instance.monthly',
  'instance.yearly',
  'traffic',
  'bandwidth',
  'calls',
  'calls.tier1',
  'calls.tier2',
  'calls.tier3',
] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];

/** Stable ids of estimate lines (SCENARIO.md: more may be added, none renamed). */
export type LineId = 'instance' | 'calls' | 'traffic' | 'bandwidth';

export const CONFIDENCES = ['list', 'derived', 'example'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
