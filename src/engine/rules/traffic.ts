/** Egress traffic billed per GB: the topology decides which egress counts (the catalog's `billedEgress`). */
import type { BilledEgress, CatalogOffering } from '../catalog.ts';
import type { Charge, NoteCode } from '../charges.ts';
import { Dec, ZERO, asGB, dec, type GB } from '../money.ts';
import type { Scenario } from '../scenario.ts';
import { billedHops } from '../topology.ts';
import { KB_PER_GB } from '../units.ts';
import { freeAmount } from './calls.ts';
import { missingFact } from './context.ts';

const KB_GB = dec(KB_PER_GB);

/** The month's egress in GB each way: given directly, or calls × average size (binary GB). */
export function egressGB(s: Scenario): { clientGB: GB; backendGB: GB } {
  const clientGB = s.clientGB ?? asGB(s.callsPerMonth.times(s.responseKB).div(KB_GB));
  const backendGB = s.backend === 'none' ? asGB(ZERO) : (s.backendGB ?? asGB(s.callsPerMonth.times(s.requestKB).div(KB_GB)));
  return { clientGB, backendGB };
}

function egressRule(offering: CatalogOffering): BilledEgress {
  if (!offering.billedEgress) throw missingFact(offering, 'billedEgress');
  return offering.billedEgress;
}

/** The billed egress of a scenario, before any free allowance: each billed hop's GB. */
export function billedEgressGB(offering: CatalogOffering, s: Scenario): GB[] {
  const hops = billedHops(egressRule(offering), s.client, s.backend);
  const { clientGB, backendGB } = egressGB(s);
  const billed: GB[] = [];
  if (hops.gatewayToClient) billed.push(clientGB);
  if (hops.gatewayToBackend) billed.push(backendGB);
  return billed;
}

/** The month's traffic fee: billed egress GB, less the offering's free allowance where it applies, × the region's price. */
export function trafficCharge(offering: CatalogOffering, input: { billed: GB[]; firstYear: boolean; notes?: NoteCode[]; freeGB?: GB }): Charge {
  const gross = input.billed.reduce<Dec>((a, b) => a.plus(b), ZERO);
  // An estimate gives the part of the account's free allowance left for this pool (`freeGB`).
  const free = Dec.min(input.freeGB ?? freeAmount(offering.freeTrafficGB, input.firstYear), gross);
  const quantity = gross.minus(free);
  return {
    id: 'traffic',
    quantity,
    unit: 'GB',
    priceUnit: 'GB',
    parts: [
      {
        key: 'traffic',
        quantity,
        shown: () => ({ kind: 'gb', values: input.billed.map((gb) => gb.toString()), ...(!free.isZero() && { free: free.toString() }) }),
      },
    ],
    ...(!free.isZero() && { free }),
    ...(input.notes && input.notes.length > 0 && { notes: input.notes }),
    usage: { kind: 'egress', gb: input.billed },
  };
}
