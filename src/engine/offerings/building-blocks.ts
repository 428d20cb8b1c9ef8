/** The billing items offerings are made of, read from a scenario: each module picks the ones it bills. */
import type { Charge, NoteCode } from '../charges.ts';
import { bandwidthCharge, instanceCharge } from '../rules/instance.ts';
import { callsCharge } from '../rules/calls.ts';
import type { RuleContext } from '../rules/context.ts';
import { billedEgressGB, trafficCharge } from '../rules/traffic.ts';

/** The instance fee of a dedicated offering for the scenario's billing mode, hours and instances. */
export function instanceFee({ scenario, offering }: RuleContext): Charge {
  return instanceCharge(offering, { billing: scenario.billing ?? 'payg', hours: scenario.hours, instances: scenario.instances });
}

/**
 * The call fee of a pay-per-call offering. A `prices.calls` override on a tiered offering is one flat
 * negotiated rate for every billable call, replacing the tiers (RULES.md, 2026-11-30).
 */
export function callFee({ scenario, offering }: RuleContext): Charge {
  const tiered = (offering.callTiers?.length ?? 0) > 1;
  return callsCharge(offering, { calls: scenario.callsPerMonth, firstYear: scenario.firstYear, flatRate: tiered && scenario.prices.calls !== undefined });
}

/** The egress traffic fee by the topology; `notes` explain a reading of the rules on the line. */
export function trafficFee({ scenario, offering }: RuleContext, notes?: NoteCode[]): Charge {
  return trafficCharge(offering, { billed: billedEgressGB(offering, scenario), firstYear: scenario.firstYear, ...(notes && { notes }) });
}

/** Public bandwidth billed per instance-hour (Huawei). */
export function bandwidthFee({ scenario }: RuleContext): Charge {
  return bandwidthCharge({ hours: scenario.bandwidthHours, instances: scenario.instances });
}

/** Fields of a dedicated offering. */
export const INSTANCE_FIELDS = ['edition', 'instances', 'billing', 'hours'] as const;
