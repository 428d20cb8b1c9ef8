/** Egress traffic billed per GB: the topology decides which egress counts (topology.ts). */
import type { Charge } from '../charges.ts';
import { vendorOf } from '../ids.ts';
import { Dec, ZERO, dec, formatNumber } from '../money.ts';
import type { Scenario } from '../scenario.ts';
import { billedHops } from '../topology.ts';
import { KB_PER_GB } from '../units.ts';
import { freeAmount } from './calls.ts';
import type { RuleContext } from './context.ts';

const KB_GB = dec(KB_PER_GB);

/** The month's egress in GB each way: given directly, or calls × average size (binary GB). */
function egressGB(s: Scenario): { clientGB: Dec; backendGB: Dec } {
  const clientGB = s.clientGB ?? s.callsPerMonth.times(s.responseKB).div(KB_GB);
  const backendGB = s.backend === 'none' ? ZERO : (s.backendGB ?? s.callsPerMonth.times(s.requestKB).div(KB_GB));
  return { clientGB, backendGB };
}

export interface TrafficBilling {
  /** Whether the offering's free traffic allowance applies (it belongs to the pay-per-call service). */
  freeAllowance: boolean;
}

export function trafficCharge({ scenario, offering, words }: RuleContext, rule: TrafficBilling): Charge {
  const hops = billedHops(vendorOf(offering.id), scenario.client, scenario.backend);
  const { clientGB, backendGB } = egressGB(scenario);
  const billed: Dec[] = [];
  if (hops?.gatewayToClient) billed.push(clientGB);
  if (hops?.gatewayToBackend) billed.push(backendGB);
  const gross = billed.reduce((a, b) => a.plus(b), ZERO);
  const free = rule.freeAllowance ? Dec.min(freeAmount(offering.freeTrafficGB, scenario.firstYear), gross) : ZERO;
  const quantity = gross.minus(free);

  const shown = () => {
    const terms = billed.length === 0 ? ['0'] : billed.map((gb) => formatNumber(gb));
    if (!free.isZero()) terms.push(`− ${formatNumber(free)} ${words.free}`);
    return terms.length > 1 ? `(${terms.join(' + ').replace('+ −', '−')}) GB` : `${terms[0]} GB`;
  };
  return {
    id: 'traffic',
    quantity,
    unit: 'GB',
    priceUnit: 'GB',
    parts: [{ key: 'traffic', quantity, text: () => [`${shown()} × `, ''] }],
    ...(!free.isZero() && { free }),
  };
}
