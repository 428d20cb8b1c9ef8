/** Huawei Cloud APIG gateway (seed 002; RULES.md, huawei.dedicated). */
import type { EstimateWarning } from '../charges.ts';
import { publicNetwork } from '../topology.ts';
import type { OfferingModule } from './types.ts';
import { INSTANCE_FIELDS, bandwidthFee, instanceFee } from './building-blocks.ts';

export const huaweiDedicated: OfferingModule = {
  id: 'huawei.dedicated',
  vendor: 'huawei',
  dedicated: true,
  fields: [...INSTANCE_FIELDS, 'bandwidthHours'],
  facts: ['editions', 'instanceHours'],
  capacity: 'editions',
  // Public egress is billed as bandwidth per instance-hour, not per GB (seed 002).
  egress: 'bandwidth',
  charges: (ctx) => [instanceFee(ctx), bandwidthFee(ctx)],
  warnings: ({ scenario: s }) => {
    const out: EstimateWarning[] = [];
    const pub = publicNetwork(s.client, s.backend);
    // Calls arriving from the internet need an EIP, billed by the EIP service at prices we do not hold.
    if (pub.client) out.push({ code: 'eip-not-included', params: {} });
    if (pub.backend && s.bandwidthHours.isZero()) out.push({ code: 'bandwidth-needed', line: 'bandwidth', params: {} });
    return out;
  },
};
