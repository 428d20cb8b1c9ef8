/** A localized message for a field the scenario validation refused, by the kind of value it takes. */
import type { Messages } from '../../lib/i18n/en.ts';

const KIND: Record<string, keyof Messages['fieldErrors']> = {
  callsPerMonth: 'count',
  peakQps: 'number',
  responseKB: 'number',
  requestKB: 'number',
  clientGB: 'number',
  backendGB: 'number',
  hours: 'hours',
  bandwidthHours: 'hours',
  discountPercent: 'percent',
  instances: 'instances',
  // The one error on `prices` itself: one rate for every call given together with tier prices.
  prices: 'flatAndTiers',
};

export function fieldMessage(t: Messages, field: string, engineMessage: string | undefined): string | undefined {
  if (engineMessage === undefined) return undefined;
  const kind = field.startsWith('prices.') ? 'price' : (KIND[field] ?? 'other');
  return t.fieldErrors[kind];
}
