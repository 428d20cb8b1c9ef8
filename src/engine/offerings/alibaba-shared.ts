/**
 * Alibaba Cloud API Gateway, serverless (shared) instance, pay per call (RULES.md, alibaba.shared):
 * progressive call tiers after a free quota every month; egress billed as for dedicated instances.
 */
import type { OfferingModule } from './types.ts';
import { callFee, trafficFee } from './building-blocks.ts';

export const alibabaShared: OfferingModule = {
  id: 'alibaba.shared',
  vendor: 'alibaba',
  dedicated: false,
  fields: [],
  facts: ['callUnit', 'billedEgress'],
  // Neither a capacity nor an SLA is in our sources: shown as not published.
  capacity: 'unpublished',
  egress: 'per-gb',
  charges: (ctx) => [callFee(ctx), trafficFee(ctx)],
};
