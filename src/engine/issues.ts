/** Path-aware input problems, shared by the scenario and catalog validators. */

/** One problem with an input, naming the field (a dotted path such as `prices.traffic`). */
export interface FieldError {
  field: string;
  message: string;
}

/** Thrown where a caller wants an exception rather than a list (the catalog loader, the CLI). */
export class InputError extends Error {
  readonly errors: FieldError[];
  constructor(errors: FieldError[], context?: string) {
    super((context ? `${context}: ` : '') + formatInputError(errors));
    this.name = 'InputError';
    this.errors = errors;
  }
}

function formatFieldError(e: FieldError): string {
  return e.field ? `${e.field}: ${e.message}` : e.message;
}

/** A short, safe rendering of a bad value for an error message (never the whole of a huge input). */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plain decimal: digits with an optional fraction, optional leading minus; no exponent or spaces. */
export const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/** All problems of one input as one line ("region: must be …; edition: …"). */
export function formatInputError(errors: FieldError[]): string {
  return errors.map(formatFieldError).join('; ');
}
