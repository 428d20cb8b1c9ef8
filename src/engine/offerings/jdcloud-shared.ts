/** JD Cloud API Gateway, pay per call (seed 004; RULES.md, jdcloud.shared): calls in started units of 10,000. */
import type { OfferingModule } from './types.ts';
import { callFee, trafficFee } from './building-blocks.ts';

export const jdcloudShared: OfferingModule = {
  id: 'jdcloud.shared',
  vendor: 'jdcloud',
  dedicated: false,
  fields: [],
  facts: ['callUnit', 'billedEgress'],
  // The seed states no QPS limit or SLA.
  capacity: 'unpublished',
  egress: 'per-gb',
  charges: (ctx) => [callFee(ctx), trafficFee(ctx)],
};
