/** Tencent Cloud API Gateway, dedicated instance (seed 000; RULES.md, tencent.dedicated). */
import type { OfferingModule } from './types.ts';
import { INSTANCE_FIELDS, instanceFee, trafficFee } from './building-blocks.ts';

export const tencentDedicated: OfferingModule = {
  id: 'tencent.dedicated',
  vendor: 'tencent',
  dedicated: true,
  fields: INSTANCE_FIELDS,
  facts: ['editions', 'instanceHours', 'billedEgress'],
  capacity: 'editions',
  egress: 'per-gb',
  // Egress is billed "完全相同" to the shared instances', with the account's first-year 1 GB (RULES.md, 2026-11-30).
  charges: (ctx) => [instanceFee(ctx), trafficFee(ctx, ctx.scenario.firstYear ? ['first-year-traffic-account'] : undefined)],
};
