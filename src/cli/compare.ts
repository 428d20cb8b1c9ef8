/**
 * `npm run compare -- FILE|- [--horizon 1|12|36]`: the scenario's workload priced at every vendor in
 * the same city, every edition able to carry its peak QPS, every billing mode; printed as a JSON array
 * ranked as SCENARIO.md ("Comparisons") says: priced rows cheapest first over the horizon's cash, then
 * the indicative ones (a hypothetical price, costs left out, over capacity), then the incomplete ones.
 * Each row says what it rests on (`flags`); the recommended row has `recommended: true`. Each row's
 * `scenario` is a document that `npm run quote` prices to the same month's total.
 */
import { HORIZONS, compareOptions, type Horizon } from '../engine/decisions/compare.ts';
import { formatInputError } from '../engine/issues.ts';
import { validateScenario } from '../engine/scenario.ts';
import { commandInput, readInput, runMain, type CliResult } from './input.ts';

const USAGE = 'usage: npm run compare -- FILE.json [--horizon 1|12|36]   (FILE - reads standard input)';

/** The `--horizon N` option, removed from the arguments. */
function horizonOption(args: string[]): { rest: string[]; horizon: Horizon } | { fail: CliResult } {
  const at = args.findIndex((a) => a === '--horizon' || a.startsWith('--horizon='));
  if (at < 0) return { rest: args, horizon: 1 };
  const inline = args[at]!.startsWith('--horizon=') ? args[at]!.slice('--horizon='.length) : undefined;
  const value = inline ?? args[at + 1];
  const horizon = HORIZONS.find((h) => String(h) === value);
  if (horizon === undefined)
    return {
      fail: {
        stdout: '',
        stderr: `compare: --horizon must be 1, 12 or 36 months (got ${value === undefined ? 'nothing' : JSON.stringify(value)})\n${USAGE}\n`,
        status: 2,
      },
    };
  return { rest: args.filter((_, i) => i !== at && (inline !== undefined || i !== at + 1)), horizon };
}

export function runCompare(args: string[], read: (path: string) => string): CliResult {
  const option = horizonOption(args);
  if ('fail' in option) return option.fail;
  const input = commandInput('compare', option.rest, read);
  if ('fail' in input) return input.fail;
  const { catalogs } = input;
  const v = validateScenario(input.json, catalogs);
  if (!v.ok) return { stdout: '', stderr: `compare: invalid scenario: ${formatInputError(v.errors)}\n`, status: 2 };
  const options = compareOptions(v.scenario, catalogs, { horizon: option.horizon }).map((o) => ({
    offering: o.offering,
    region: o.region,
    ...(o.edition !== undefined && { edition: o.edition }),
    ...(o.billing !== undefined && { billing: o.billing }),
    ...(o.instances !== 1 && { instances: o.instances }),
    total: o.total,
    upfront: o.upfront,
    horizonTotal: o.horizonTotal,
    complete: o.complete,
    flags: o.flags,
    ...(o.recommended && { recommended: true }),
    ...(o.sla !== undefined && { sla: o.sla }),
    ...(o.capacity !== undefined && { capacity: o.capacity }),
    scenario: o.doc,
  }));
  return { stdout: `${JSON.stringify(options, null, 2)}\n`, stderr: '', status: 0 };
}

runMain(import.meta.url, (args) => runCompare(args, readInput));
