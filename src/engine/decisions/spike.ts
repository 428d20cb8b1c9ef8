/**
 * A traffic spike (seed 003's advice): keep the baseline instance on its subscription and, for the
 * event, run a larger pay-as-you-go instance for the event's hours plus the switch-over lead time;
 * compared with upgrading the subscription to the larger edition for the month.
 */
import type { Catalogs } from '../catalog.ts';
import { estimate, type Estimate } from '../estimate.ts';
import { ZERO, dec, type Dec } from '../money.ts';
import { validateScenario, type ScenarioJson } from '../scenario.ts';

export interface SpikeInput {
  /** The edition that carries the everyday load, on its subscription. */
  baseline: string;
  baselineBilling: 'monthly' | 'yearly';
  /** The larger edition that carries the spike. */
  spike: string;
  /** Hours of the event, and hours the larger instance runs before it (the switch-over lead time). */
  eventHours: Dec;
  leadHours: Dec;
}

export interface SpikePlan {
  /** The baseline subscription's month, with the workload's traffic. */
  baseline: Estimate;
  /** The larger instance on pay-as-you-go for the event and lead hours (instance fee only). */
  spike: Estimate;
  /** Baseline plus the spike instance (a lower bound when either lacks a price). */
  plan: Dec;
  /** Both parts of the plan are priced. */
  planComplete: boolean;
  /** The larger edition on a monthly subscription instead, with the same traffic. */
  upgrade: Estimate;
  complete: boolean;
  /** Upgrade minus plan: what the plan saves (negative when upgrading is cheaper). */
  saving: Dec;
}

function priced(doc: ScenarioJson, catalogs: Catalogs): Estimate | undefined {
  const v = validateScenario(doc, catalogs);
  return v.ok ? estimate(v.scenario, catalogs) : undefined;
}

/** The spike plan for a dedicated scenario document, or undefined if an edition does not fit it. */
export function spikePlan(doc: ScenarioJson, input: SpikeInput, catalogs: Catalogs): SpikePlan | undefined {
  const { hours: _hours, ...rest } = doc;
  const baseline = priced({ ...rest, edition: input.baseline, billing: input.baselineBilling }, catalogs);
  // The larger edition: one instance at the catalog's prices (quoted prices were for the baseline's).
  const { prices: _prices, instances: _instances, ...larger } = rest;
  // The spike instance carries the same calls, whose traffic the baseline line already counts.
  const spike = priced(
    { version: 1, offering: doc.offering, region: doc.region, edition: input.spike, billing: 'payg', hours: input.eventHours.plus(input.leadHours).toString(), client: 'private', backend: 'none' },
    catalogs,
  );
  const upgrade = priced({ ...larger, edition: input.spike, billing: 'monthly' }, catalogs);
  if (!baseline || !spike || !upgrade) return undefined;
  const spikeFee = spike.lines.find((l) => l.id === 'instance')?.amount ?? '0';
  const plan = dec(baseline.total).plus(spikeFee);
  const planComplete = baseline.complete && spike.complete;
  const complete = planComplete && upgrade.complete;
  return { baseline, spike, plan, planComplete, upgrade, complete, saving: complete ? dec(upgrade.total).minus(plan) : ZERO };
}

