/**
 * Traffic topology → billed egress (RULES.md, "Traffic topology"). Inbound traffic (client → gateway,
 * backend → gateway) is free at every vendor; what is billed is the gateway's egress towards the
 * client (the response) and towards the backend (the forwarded request), depending on where each sits.
 */
import type { BackendPlace, ClientPlace, VendorId } from './ids.ts';

export interface EgressRule {
  client: Record<ClientPlace, boolean>;
  backend: Record<BackendPlace, boolean>;
}

const PUBLIC_EGRESS: EgressRule = {
  client: { internet: true, 'cloud-public': true, private: false },
  backend: { internet: true, 'cloud-public': true, 'cross-region-public': true, private: false, none: false },
};

/**
 * Which egress each vendor bills per GB. Huawei bills public bandwidth by the hour instead of traffic,
 * so it has no entry here.
 */
export const BILLED_EGRESS: Partial<Record<VendorId, EgressRule>> = {
  tencent: PUBLIC_EGRESS,
  alibaba: PUBLIC_EGRESS,
  // JD Cloud: client egress is "always charged"; backend egress is free only over the same-region intranet.
  jdcloud: { client: { internet: true, 'cloud-public': true, private: true }, backend: PUBLIC_EGRESS.backend },
};

/** Which egress of one call the vendor bills per GB (inbound hops are always free). */
export interface BilledEgress {
  gatewayToBackend: boolean;
  gatewayToClient: boolean;
}

export function billedHops(vendor: VendorId, client: ClientPlace, backend: BackendPlace): BilledEgress | undefined {
  const rule = BILLED_EGRESS[vendor];
  return rule && { gatewayToBackend: rule.backend[backend], gatewayToClient: rule.client[client] };
}

/**
 * Where a call crosses the public network (Huawei bills that as bandwidth and an EIP, not per GB):
 * a client calling a public address, a backend reached at one.
 */
export function publicNetwork(client: ClientPlace, backend: BackendPlace): { client: boolean; backend: boolean } {
  return { client: PUBLIC_EGRESS.client[client], backend: PUBLIC_EGRESS.backend[backend] };
}
