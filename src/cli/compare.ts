/**
 * `npm run compare -- FILE|-`: the scenario's workload priced at every vendor in the same city,
 * every edition able to carry its peak QPS, every billing mode; printed as a JSON array ranked by
 * the month's cost, cheapest complete option first (options without a published price last).
 */
import { compareOptions } from '../engine/decisions/compare.ts';
import { formatInputError } from '../engine/issues.ts';
import { validateScenario } from '../engine/scenario.ts';
import { commandInput, readInput, runMain, type CliResult } from './input.ts';

export function runCompare(args: string[], read: (path: string) => string): CliResult {
  const input = commandInput('compare', args, read);
  if ('fail' in input) return input.fail;
  const { catalogs } = input;
  const v = validateScenario(input.json, catalogs);
  if (!v.ok) return { stdout: '', stderr: `compare: invalid scenario: ${formatInputError(v.errors)}\n`, status: 2 };
  const options = compareOptions(v.scenario, input.json as Record<string, unknown>, catalogs).map((o) => ({
    offering: o.offering,
    region: o.region,
    ...(o.edition !== undefined && { edition: o.edition }),
    ...(o.billing !== undefined && { billing: o.billing }),
    ...(o.instances !== 1 && { instances: o.instances }),
    total: o.total,
    upfront: o.upfront,
    complete: o.complete,
    ...(o.sla !== undefined && { sla: o.sla }),
    ...(o.capacity !== undefined && { capacity: o.capacity }),
    scenario: o.scenario,
  }));
  return { stdout: `${JSON.stringify(options, null, 2)}\n`, stderr: '', status: 0 };
}

runMain(import.meta.url, (args) => runCompare(args, readInput));
