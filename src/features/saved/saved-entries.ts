/**
 * What the saved-estimates panel reads and writes, without the browser: the stored entry's shape (and
 * what is wrong with an entry that is not one), and the estimate an imported JSON file holds.
 */
import type { Catalogs } from '../../engine/catalog.ts';
import type { EstimateDoc } from '../../engine/estimates/document.ts';
import { formatInputError, isRecord, show, type FieldError } from '../../engine/issues.ts';
import { readEstimateOrScenario } from '../../stores/scenario-doc.ts';

/** Tells this calculator's entries from anything else in the store. */
export const ENTRY_FORMAT = 'apigw-calculator/saved-estimate';
export const ENTRY_VERSION = 1;
/** Longest name of a saved estimate (as an estimate's own name). */
export const MAX_NAME = 200;
/** Largest JSON file imported: far above any estimate (50 items come to about 40 KB). */
export const MAX_IMPORT_BYTES = 1_048_576;

/** An entry as it is stored (IndexedDB keeps it as a structured clone). */
export interface StoredEntry {
  format: typeof ENTRY_FORMAT;
  version: typeof ENTRY_VERSION;
  name: string;
  /** When it was saved, as an ISO 8601 date and time ('' when an entry read back has none that reads). */
  savedAt: string;
  estimate: EstimateDoc;
}

export interface SavedEstimate extends StoredEntry {
  /** The entry's key in the store. */
  id: string;
}

/** Why an entry of the store was skipped (it stays in the store until it is removed). */
export interface EntryProblem {
  /** The entry's key (to remove it). */
  id: IDBValidKey;
  /** The entry's key, as text. */
  key: string;
  /** Its name, when it has one. */
  name?: string;
  code: 'not-an-entry' | 'version' | 'name' | 'estimate';
  /** For `estimate`: what is wrong, naming the path (`items[0].scenario.region: …`); for the others, what was found. */
  detail: string;
}

export type ParsedEntry = { ok: true; entry: SavedEstimate } | { ok: false; problem: EntryProblem };

export function keyText(key: IDBValidKey): string {
  return typeof key === 'string' ? key : show(key);
}

/** A name as it is kept: trimmed; undefined when blank or too long. */
export function cleanName(name: string): string | undefined {
  const clean = name.trim();
  return clean !== '' && [...clean].length <= MAX_NAME ? clean : undefined;
}

export function storedEntry(name: string, estimate: EstimateDoc, savedAt: Date): StoredEntry {
  return { format: ENTRY_FORMAT, version: ENTRY_VERSION, name, savedAt: savedAt.toISOString(), estimate };
}

/**
 * One entry of the store, checked: this calculator's format and version, a name, and an estimate that
 * opens with today's catalogs (validated and priced as a link's is). `label` names the item of an
 * estimate saved as a bare scenario.
 */
export function parseEntry(key: IDBValidKey, value: unknown, catalogs: Catalogs, label: string): ParsedEntry {
  const k = keyText(key);
  const fail = (code: EntryProblem['code'], detail: string, name?: string): ParsedEntry => ({
    ok: false,
    problem: { id: key, key: k, code, detail, ...(name !== undefined && { name }) },
  });
  if (typeof key !== 'string') return fail('not-an-entry', `its key is ${k}, not an id this calculator makes`);
  if (!isRecord(value) || value.format !== ENTRY_FORMAT) {
    return fail('not-an-entry', isRecord(value) ? `an object without "format": "${ENTRY_FORMAT}"` : show(value));
  }
  const name = typeof value.name === 'string' ? cleanName(value.name) : undefined;
  if (value.version !== ENTRY_VERSION) return fail('version', show(value.version), name);
  if (name === undefined) return fail('name', show(value.name));
  const read = readEstimateOrScenario(value.estimate, catalogs, label);
  if (!read.ok) return fail('estimate', formatInputError(read.errors), name);
  // A date that does not read is not worth losing the estimate over: it is shown without one.
  const savedAt = typeof value.savedAt === 'string' && !Number.isNaN(Date.parse(value.savedAt)) ? value.savedAt : '';
  return { ok: true, entry: { id: key, format: ENTRY_FORMAT, version: ENTRY_VERSION, name, savedAt, estimate: read.doc } };
}

/** Entries checked, latest first; the others reported. */
export function parseEntries(
  rows: readonly (readonly [IDBValidKey, unknown])[],
  catalogs: Catalogs,
  label: string,
): { entries: SavedEstimate[]; problems: EntryProblem[] } {
  const entries: SavedEstimate[] = [];
  const problems: EntryProblem[] = [];
  for (const [key, value] of rows) {
    const parsed = parseEntry(key, value, catalogs, label);
    if (parsed.ok) entries.push(parsed.entry);
    else problems.push(parsed.problem);
  }
  entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.name.localeCompare(b.name));
  return { entries, problems };
}

// ---------------------------------------------------------------------------------------------
// Importing a file.

type Kind = 'estimate' | 'scenario' | 'output' | undefined;

/** What a JSON value is: an estimate document, a scenario document, a priced output (no document), or none. */
function kindOf(v: unknown): Kind {
  if (!isRecord(v)) return undefined;
  // A priced estimate (the command line's output, the page's export): amounts in a currency.
  if (v.currency !== undefined) return 'output';
  if (v.kind === 'estimate' || (v.kind === undefined && Array.isArray(v.items))) return 'estimate';
  if (v.kind === undefined && v.offering !== undefined) return 'scenario';
  return undefined;
}

type Found = { ok: true; json: unknown; path: string } | { ok: false; message: string };

const SHAPES =
  'an estimate document {"version": 1, "kind": "estimate", "items": [ … ]}, a scenario {"version": 1, "offering": …, "region": …}, or an export that holds one';

/**
 * The document a file holds, read liberally: the file itself (an estimate or a scenario document), a
 * list of one, or an export that holds one (an estimate document before a scenario) under any key, as
 * the page's JSON export holds the scenario under `scenario`.
 */
export function findDocument(json: unknown, path = ''): Found {
  if (Array.isArray(json)) {
    if (json.length === 1) return findDocument(json[0], `${path}[0]`);
    return { ok: false, message: `the file holds a list of ${json.length} documents: import them one at a time` };
  }
  const kind = kindOf(json);
  if (kind === 'estimate' || kind === 'scenario') return { ok: true, json, path };
  if (isRecord(json)) {
    const inner = Object.entries(json).map(([k, v]) => ({ k, v, kind: kindOf(v) }));
    const found = inner.find((x) => x.kind === 'estimate') ?? inner.find((x) => x.kind === 'scenario');
    if (found) return { ok: true, json: found.v, path: path ? `${path}.${found.k}` : found.k };
    if (kind === 'output' || inner.some((x) => x.kind === 'output')) {
      return { ok: false, message: `the file holds priced results without the document they were priced from: import ${SHAPES}` };
    }
  }
  if (json === undefined) return { ok: false, message: 'the file is empty' };
  return { ok: false, message: `the file holds no estimate or scenario (${show(json)}): import ${SHAPES}` };
}

function prefixed(errors: FieldError[], path: string): FieldError[] {
  if (!path) return errors;
  return errors.map((e) => ({ field: e.field ? `${path}${e.field.startsWith('[') ? '' : '.'}${e.field}` : path, message: e.message }));
}

export type Imported = { ok: true; doc: EstimateDoc; path: string } | { ok: false; message: string; fields: string[] };

/** The estimate an imported file's text holds: validated, errors naming their path in the file. */
export function importEstimate(text: string, catalogs: Catalogs, label: string): Imported {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: `the file is too large (at most ${MAX_IMPORT_BYTES} bytes)`, fields: [] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `the file is not JSON (${e instanceof Error ? e.message : String(e)})`, fields: [] };
  }
  const found = findDocument(json);
  if (!found.ok) return { ok: false, message: found.message, fields: [] };
  const read = readEstimateOrScenario(found.json, catalogs, label);
  if (read.ok) return { ok: true, doc: read.doc, path: found.path };
  const errors = prefixed(read.errors, found.path);
  return { ok: false, message: formatInputError(errors), fields: errors.map((e) => e.field).filter(Boolean) };
}

/** The estimate as a file: the document itself, which the page, `npm run quote` and the embedding API read. */
export function exportText(estimate: EstimateDoc): string {
  return `${JSON.stringify(estimate, null, 2)}\n`;
}

/** A file name for the estimate: its name without characters file systems refuse, or `estimate`. */
export function exportFileName(estimate: EstimateDoc, date: Date): string {
  const name = (estimate.name ?? '')
    // oxlint-disable-next-line no-control-regex -- control characters are what is being removed
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${name || 'estimate'} ${date.toISOString().slice(0, 10)}.json`;
}
