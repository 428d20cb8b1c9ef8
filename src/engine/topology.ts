/**
 * Where a call crosses the public network (RULES.md, "Traffic topology"). Which of that egress a vendor
 * bills per GB is catalog data (`billedEgress`); a vendor that bills public bandwidth by the hour
 * instead (Huawei) needs bandwidth and an EIP wherever a call crosses it.
 */
import type { BilledEgress } from './catalog.ts';
import type { BackendPlace, ClientPlace } from './ids.ts';

const PUBLIC_CLIENT: Record<ClientPlace, boolean> = { internet: true, 'cloud-public': true, private: false };
const PUBLIC_BACKEND: Record<BackendPlace, boolean> = { internet: true, 'cloud-public': true, 'cross-region-public': true, private: false, none: false };

/** A client calling a public address, a backend reached at one. */
export function publicNetwork(client: ClientPlace, backend: BackendPlace): { client: boolean; backend: boolean } {
  return { client: PUBLIC_CLIENT[client], backend: PUBLIC_BACKEND[backend] };
}

/** Which egress of one call the vendor bills per GB (inbound hops are always free). */
export interface BilledHops {
  gatewayToBackend: boolean;
  gatewayToClient: boolean;
}

/** The hops of a call that an offering's `billedEgress` (catalog) bills per GB. */
export function billedHops(rule: BilledEgress, client: ClientPlace, backend: BackendPlace): BilledHops {
  return { gatewayToClient: rule.client.includes(client), gatewayToBackend: rule.backend.includes(backend) };
}
