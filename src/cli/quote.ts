/**
 * `npm run quote -- FILE|-`: prices a scenario (or an array of scenarios) read from a JSON file or
 * standard input and prints the estimate(s) as JSON (SCENARIO.md). Exit status 2 on bad input, with
 * a message on standard error naming the problem.
 */
import { quote } from '../engine/estimate.ts';
import { commandInput, readInput, runMain, type CliResult } from './input.ts';

/** The whole command, given its arguments and a way to read a file or standard input (testable). */
export function runQuote(args: string[], read: (path: string) => string): CliResult {
  const input = commandInput('quote', args, read);
  if ('fail' in input) return input.fail;
  const { catalogs } = input;

  if (Array.isArray(input.json)) {
    const errors: string[] = [];
    const out = input.json.map((item, i) => {
      const r = quote(item, catalogs);
      if (r.ok) return r.estimate;
      errors.push(`quote: scenario [${i}]: ${r.message}`);
      return { error: r.message };
    });
    return { stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: errors.map((e) => `${e}\n`).join(''), status: errors.length > 0 ? 2 : 0 };
  }
  const r = quote(input.json, catalogs);
  if (!r.ok) return { stdout: '', stderr: `quote: invalid scenario: ${r.message}\n`, status: 2 };
  return { stdout: `${JSON.stringify(r.estimate, null, 2)}\n`, stderr: '', status: 0 };
}

runMain(import.meta.url, (args) => runQuote(args, readInput));
