/**
 * `npm run quote -- FILE|-`: prices a scenario (or an array of scenarios) read from a JSON file or
 * standard input and prints the estimate(s) as JSON (SCENARIO.md). Exit status 2 on bad input, with
 * a message on standard error naming the problem.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { quote } from '../engine/estimate.ts';
import { loadCatalogs } from './catalogs.ts';

const USAGE = 'usage: npm run quote -- FILE.json   (or - to read standard input)';

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** The whole command, given its arguments and a way to read a file or standard input (testable). */
export function runQuote(args: string[], read: (path: string) => string): CliResult {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    return { stdout: '', stderr: `${USAGE}\n`, status: 2 };
  }
  const path = args[0] as string;
  let text: string;
  try {
    text = read(path);
  } catch (e) {
    return { stdout: '', stderr: `quote: cannot read ${path}: ${(e as Error).message}\n`, status: 2 };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { stdout: '', stderr: `quote: ${path === '-' ? 'standard input' : path} is not valid JSON: ${(e as Error).message}\n`, status: 2 };
  }
  let catalogs;
  try {
    catalogs = loadCatalogs();
  } catch (e) {
    return { stdout: '', stderr: `quote: bad price catalog: ${(e as Error).message}\n`, status: 1 };
  }

  if (Array.isArray(input)) {
    const errors: string[] = [];
    const out = input.map((item, i) => {
      const r = quote(item, catalogs);
      if (r.ok) return r.estimate;
      errors.push(`quote: scenario [${i}]: ${r.message}`);
      return { error: r.message };
    });
    return { stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: errors.map((e) => `${e}\n`).join(''), status: errors.length > 0 ? 2 : 0 };
  }
  const r = quote(input, catalogs);
  if (!r.ok) return { stdout: '', stderr: `quote: invalid scenario: ${r.message}\n`, status: 2 };
  return { stdout: `${JSON.stringify(r.estimate, null, 2)}\n`, stderr: '', status: 0 };
}

/** Reads a file, or all of standard input for "-". */
export function readInput(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runQuote(process.argv.slice(2), readInput);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.status;
}
