/** What the command-line tools share: reading one JSON document from a file or standard input. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogs } from '../engine/catalog.ts';
import { loadCatalogs } from './catalogs.ts';

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** Reads a file, or all of standard input for "-". */
export function readInput(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

/** The parsed JSON of the one FILE|- argument, or the CLI result that reports why there is none. */
function readJsonArgument(command: string, args: string[], read: (path: string) => string): { json: unknown } | { fail: CliResult } {
  const usage = `usage: npm run ${command} -- FILE.json   (or - to read standard input)`;
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') return { fail: { stdout: '', stderr: `${usage}\n`, status: 2 } };
  const path = args[0] as string;
  let text: string;
  try {
    text = read(path);
  } catch (e) {
    return { fail: { stdout: '', stderr: `${command}: cannot read ${path}: ${(e as Error).message}\n`, status: 2 } };
  }
  try {
    return { json: JSON.parse(text) };
  } catch (e) {
    return { fail: { stdout: '', stderr: `${command}: ${path === '-' ? 'standard input' : path} is not valid JSON: ${(e as Error).message}\n`, status: 2 } };
  }
}

/**
 * The common start of a command: the parsed FILE|- argument and the validated catalogs, or the
 * result that reports why not (status 2 for bad input, 1 for a bad catalog).
 */
export function commandInput(command: string, args: string[], read: (path: string) => string): { json: unknown; catalogs: Catalogs } | { fail: CliResult } {
  const input = readJsonArgument(command, args, read);
  if ('fail' in input) return input;
  try {
    return { json: input.json, catalogs: loadCatalogs() };
  } catch (e) {
    return { fail: { stdout: '', stderr: `${command}: bad price catalog: ${(e as Error).message}\n`, status: 1 } };
  }
}

/** Runs a command's main when the file is executed directly (not when a test imports it). */
export function runMain(metaUrl: string, main: (args: string[]) => CliResult): void {
  const entry = process.argv[1];
  if (!entry || metaUrl !== pathToFileURL(resolve(entry)).href) return;
  const result = main(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.status;
}
