/**
 * `npm run quote -- FILE|-`: prices a scenario or an estimate document (or an array of them) read from
 * a JSON file or standard input and prints the result(s) as JSON (SCENARIO.md). Exit status 2 on bad
 * input, with a message on standard error naming the problem and its path.
 */
import type { Catalogs } from '../engine/catalog.ts';
import { quote } from '../engine/estimate.ts';
import { isEstimateJson } from '../engine/estimates/document.ts';
import { quoteEstimate } from '../engine/estimates/pricing.ts';
import { commandInput, readInput, runMain, type CliResult } from './input.ts';
import { presentEstimate, presentEstimateOutput } from './present.ts';

type Priced = { ok: true; json: unknown } | { ok: false; kind: 'scenario' | 'estimate'; message: string };

/** One document, a scenario or an estimate, priced and presented. */
function price(json: unknown, catalogs: Catalogs): Priced {
  if (isEstimateJson(json)) {
    const r = quoteEstimate(json, catalogs);
    return r.ok ? { ok: true, json: presentEstimateOutput(r.output, r.estimate, catalogs) } : { ok: false, kind: 'estimate', message: r.message };
  }
  const r = quote(json, catalogs);
  return r.ok ? { ok: true, json: presentEstimate(r.estimate, r.scenario, catalogs) } : { ok: false, kind: 'scenario', message: r.message };
}

/** The whole command, given its arguments and a way to read a file or standard input (testable). */
export function runQuote(args: string[], read: (path: string) => string): CliResult {
  const input = commandInput('quote', args, read);
  if ('fail' in input) return input.fail;
  const { catalogs } = input;

  if (Array.isArray(input.json)) {
    const errors: string[] = [];
    const out = input.json.map((item, i) => {
      const r = price(item, catalogs);
      if (r.ok) return r.json;
      errors.push(`quote: ${r.kind} [${i}]: ${r.message}`);
      return { error: r.message };
    });
    return { stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: errors.map((e) => `${e}\n`).join(''), status: errors.length > 0 ? 2 : 0 };
  }
  const r = price(input.json, catalogs);
  if (!r.ok) return { stdout: '', stderr: `quote: invalid ${r.kind}: ${r.message}\n`, status: 2 };
  return { stdout: `${JSON.stringify(r.json, null, 2)}\n`, stderr: '', status: 0 };
}

runMain(import.meta.url, (args) => runQuote(args, readInput));
