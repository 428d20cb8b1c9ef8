/** Instance fees of dedicated offerings: pay-as-you-go hours, or a monthly or yearly subscription. */
import type { Charge, FormulaWords } from '../charges.ts';
import { ONE, dec, formatNumber, type Dec } from '../money.ts';
import { MONTHS_PER_YEAR } from '../units.ts';
import type { RuleContext } from './context.ts';

export interface InstanceBilling {
  /**
   * Pay-as-you-go bills every started hour as a whole hour (Alibaba: "the minimum billing cycle is one
   * hour"). Otherwise usage is metered per second and fractional hours are billed as they are.
   */
  wholeHours: boolean;
}

const MONTHS = dec(MONTHS_PER_YEAR);

function times(instances: number, words: FormulaWords): string {
  return instances === 1 ? '' : ` × ${instances} ${words.instances}`;
}

/** Hours as billed: rounded up to whole hours where the vendor bills started hours. */
export function billedHours(hours: Dec, rule: InstanceBilling): Dec {
  return rule.wholeHours ? hours.ceil() : hours;
}

export function instanceCharge({ scenario, words }: RuleContext, rule: InstanceBilling): Charge {
  const n = scenario.instances;
  const count = dec(n);
  switch (scenario.billing ?? 'payg') {
    case 'payg': {
      const hours = billedHours(scenario.hours, rule);
      const h = words.hour;
      const shown = () => (hours.eq(scenario.hours) ? `${formatNumber(hours, 6)} ${h}` : `${formatNumber(scenario.hours, 6)} ${h} → ${formatNumber(hours)} ${h}`);
      return {
        id: 'instance',
        quantity: hours,
        unit: 'hour',
        priceUnit: 'hour',
        parts: [{ key: 'instance.payg', quantity: hours.times(count), text: () => [`${shown()} × `, times(n, words)] }],
      };
    }
    case 'monthly':
      return {
        id: 'instance',
        quantity: ONE,
        unit: 'month',
        priceUnit: 'month',
        parts: [{ key: 'instance.monthly', quantity: count, text: () => [`${words.oneMonth} × `, times(n, words)] }],
      };
    case 'yearly':
      return {
        id: 'instance',
        quantity: ONE,
        unit: 'month',
        priceUnit: 'year',
        parts: [{ key: 'instance.yearly', quantity: count, divisor: MONTHS, text: () => ['', `${times(n, words)} ÷ ${MONTHS_PER_YEAR}`] }],
        upfront: { key: 'instance.yearly', quantity: count, text: () => ['', times(n, words)] },
      };
  }
}

/** Huawei's public bandwidth, billed per instance for the hours it is used. */
export function bandwidthCharge({ scenario, words }: RuleContext): Charge {
  const hours = scenario.bandwidthHours;
  return {
    id: 'bandwidth',
    quantity: hours,
    unit: 'hour',
    priceUnit: 'hour',
    parts: [{ key: 'bandwidth', quantity: hours.times(dec(scenario.instances)), text: () => [`${formatNumber(hours, 6)} ${words.hour} × `, times(scenario.instances, words)] }],
  };
}
