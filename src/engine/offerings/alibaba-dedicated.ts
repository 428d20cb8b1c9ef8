/** Alibaba Cloud API Gateway, dedicated instance (seed 003; RULES.md, alibaba.dedicated). */
import type { OfferingModule } from './types.ts';
import { INSTANCE_FIELDS, instanceFee, trafficFee } from './building-blocks.ts';

export const alibabaDedicated: OfferingModule = {
  id: 'alibaba.dedicated',
  vendor: 'alibaba',
  dedicated: true,
  fields: INSTANCE_FIELDS,
  facts: ['editions', 'instanceHours', 'billedEgress'],
  capacity: 'editions',
  egress: 'per-gb',
  charges: (ctx) => [instanceFee(ctx), trafficFee(ctx)],
};
