/** Tencent Cloud API Gateway, shared instance, pay per call (seed 001; RULES.md, tencent.shared). */
import type { OfferingModule } from './types.ts';
import { callFee, trafficFee } from './building-blocks.ts';

export const tencentShared: OfferingModule = {
  id: 'tencent.shared',
  vendor: 'tencent',
  dedicated: false,
  fields: [],
  facts: ['callUnit', 'billedEgress'],
  // One shared service is capped at 5,000 QPS, which cannot be raised (the catalog's qpsCap).
  capacity: 'service-cap',
  egress: 'per-gb',
  charges: (ctx) => [callFee(ctx), trafficFee(ctx)],
};
