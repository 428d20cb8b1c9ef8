/** Instance fees of dedicated offerings: pay-as-you-go hours, or a monthly or yearly subscription. */
import type { CatalogOffering } from '../catalog.ts';
import type { Charge } from '../charges.ts';
import type { Billing } from '../ids.ts';
import { ONE, asHours, dec, type Hours } from '../money.ts';
import { MONTHS_PER_YEAR } from '../units.ts';
import { missingFact } from './context.ts';

const MONTHS = dec(MONTHS_PER_YEAR);

/** Whether a started pay-as-you-go hour is billed whole (the catalog's `instanceHours`). */
export function wholeHours(offering: CatalogOffering): boolean {
  if (!offering.instanceHours) throw missingFact(offering, 'instanceHours');
  return offering.instanceHours.billing === 'whole-hours';
}

/** Hours as billed: rounded up to whole hours where the vendor bills started hours. */
export function billedHours(hours: Hours, whole: boolean): Hours {
  return whole ? asHours(hours.ceil()) : hours;
}

export interface InstanceInput {
  billing: Billing;
  hours: Hours;
  instances: number;
}

/** The instance fee of a month: hours × hourly price, one month, or a yearly price ÷ 12 (paid upfront). */
export function instanceCharge(offering: CatalogOffering, input: InstanceInput): Charge {
  const n = input.instances;
  const count = dec(n);
  switch (input.billing) {
    case 'payg': {
      const whole = wholeHours(offering);
      const hours = billedHours(input.hours, whole);
      return {
        id: 'instance',
        quantity: hours,
        unit: 'hour',
        priceUnit: 'hour',
        parts: [
          {
            key: 'instance.payg',
            quantity: hours.times(count),
            shown: () =>
              whole
                ? { kind: 'whole-hours', hours: input.hours.toString(), billed: hours.toString() }
                : { kind: 'amount', value: hours.toString(), unit: 'hour' },
            instances: n,
          },
        ],
      };
    }
    case 'monthly':
      return {
        id: 'instance',
        quantity: ONE,
        unit: 'month',
        priceUnit: 'month',
        parts: [{ key: 'instance.monthly', quantity: count, shown: () => ({ kind: 'amount', value: '1', unit: 'month' }), instances: n }],
      };
    case 'yearly':
      return {
        id: 'instance',
        quantity: ONE,
        unit: 'month',
        priceUnit: 'year',
        parts: [{ key: 'instance.yearly', quantity: count, divisor: MONTHS, shown: () => ({ kind: 'term' }), instances: n, divideByMonths: MONTHS_PER_YEAR }],
        upfront: { key: 'instance.yearly', quantity: count, shown: () => ({ kind: 'term' }), instances: n },
      };
  }
}

/** Public bandwidth billed per instance for the hours it is used (Huawei). */
export function bandwidthCharge(input: { hours: Hours; instances: number }): Charge {
  return {
    id: 'bandwidth',
    quantity: input.hours,
    unit: 'hour',
    priceUnit: 'hour',
    parts: [
      {
        key: 'bandwidth',
        quantity: input.hours.times(dec(input.instances)),
        shown: () => ({ kind: 'amount', value: input.hours.toString(), unit: 'hour' }),
        instances: input.instances,
      },
    ],
  };
}
