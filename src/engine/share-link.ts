/**
 * The links' encodings (SCENARIO.md, "Where the scenario travels" and "Estimate links"):
 *
 * - `e=1.<base64url of raw DEFLATE of the UTF-8 JSON>`: the estimate, as the page writes it. `1` is the
 *   format; the data is what `CompressionStream('deflate-raw')` writes (RFC 1951).
 * - `estimate=<base64url of the UTF-8 JSON>`: the estimate uncompressed, for tools that cannot compress.
 * - `scenario=<base64url of the UTF-8 JSON>`: a scenario, as links made before estimates carry it.
 *
 * base64url is RFC 4648 §5 without padding. Decoding says what is wrong with a link (in English, the
 * contract's language); whether the JSON is a valid document is the document's own validation.
 * Compression is asynchronous (the platform's streams), the rest synchronous.
 */

/** The query parameter of a scenario link (links made before estimates). */
export const SCENARIO_PARAM = 'scenario';
/** The query parameter of an estimate link, compressed (what the page writes). */
export const ESTIMATE_LINK_PARAM = 'e';
/** The query parameter of an estimate link, uncompressed. */
export const PLAIN_ESTIMATE_PARAM = 'estimate';
/** The format of an `e` parameter that this code writes and reads: `1.` then the data. */
export const ESTIMATE_LINK_FORMAT = '1';

/** Longest `scenario` parameter accepted: far above any real scenario (about 1 KB encoded). */
const MAX_SCENARIO_PARAM = 16_384;
/**
 * Longest JSON an estimate link may carry, in UTF-8 bytes: 50 items with every field and a long label
 * come to about 40 KB. Also the limit on what an `e` parameter unpacks to, so a small link cannot
 * unpack into a huge one.
 */
export const MAX_ESTIMATE_JSON_BYTES = 262_144;
/** Longest `estimate` or `e` parameter: the base64url of the longest JSON (compression only shortens it). */
const MAX_ESTIMATE_PARAM = Math.ceil((MAX_ESTIMATE_JSON_BYTES * 4) / 3);

export type DecodedParam = { ok: true; json: unknown } | { ok: false; message: string };

function base64url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and arguments are limited.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text, or undefined when it is not base64url (unpadded). */
function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function utf8Json(json: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(json));
}

/** UTF-8 bytes to JSON, or what is wrong with them (`what`: "the link's scenario"). */
function parseJsonBytes(bytes: Uint8Array, what: string): DecodedParam {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${what} is not UTF-8 text` };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, message: `${what} is not valid JSON` };
  }
}

function decodePlain(param: string, what: string, max: number): DecodedParam {
  if (param.length > max) return { ok: false, message: `${what} is too long (${param.length} characters; at most ${max})` };
  const bytes = fromBase64url(param);
  if (!bytes) return { ok: false, message: `${what} is not base64url text (letters, digits, - and _ only)` };
  return parseJsonBytes(bytes, what);
}

/** `scenario=`: base64url of the UTF-8 JSON. */
export function encodeScenarioParam(json: unknown): string {
  return base64url(utf8Json(json));
}

export function decodeScenarioParam(param: string): DecodedParam {
  return decodePlain(param, "the link's scenario", MAX_SCENARIO_PARAM);
}

/** `estimate=`: base64url of the UTF-8 JSON, uncompressed. */
export function encodePlainEstimateParam(json: unknown): string {
  return base64url(utf8Json(json));
}

export function decodePlainEstimateParam(param: string): DecodedParam {
  return decodePlain(param, "the link's estimate", MAX_ESTIMATE_PARAM);
}

class TooLarge extends Error {}

/**
 * Runs bytes through a (de)compression stream, stopping with TooLarge once the output passes `max`
 * bytes (so a small link cannot make the page unpack gigabytes). Rejects when the stream does (data
 * that is not raw DEFLATE, or cut short).
 */
async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // The writing side fails with the reading side; its rejection is the same failure, reported there.
  const written = writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) throw new TooLarge();
      chunks.push(value);
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e;
  } finally {
    await written;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** `e=`: `1.` and base64url of the raw DEFLATE of the UTF-8 JSON. Rejects where the browser has no CompressionStream. */
export async function encodeEstimateParam(json: unknown): Promise<string> {
  const bytes = utf8Json(json);
  const packed = await through(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return `${ESTIMATE_LINK_FORMAT}.${base64url(packed)}`;
}

export async function decodeEstimateParam(param: string): Promise<DecodedParam> {
  const what = "the link's estimate";
  if (param.length > MAX_ESTIMATE_PARAM) return { ok: false, message: `${what} is too long (${param.length} characters; at most ${MAX_ESTIMATE_PARAM})` };
  const dot = param.indexOf('.');
  const format = dot < 0 ? '' : param.slice(0, dot);
  if (!/^\d+$/.test(format)) {
    return { ok: false, message: `${what} does not start with its format ("${ESTIMATE_LINK_FORMAT}."): the link may be cut or mistyped` };
  }
  if (format !== ESTIMATE_LINK_FORMAT) {
    return {
      ok: false,
      message: `${what} is in format ${format}, which this calculator does not read (it reads format ${ESTIMATE_LINK_FORMAT}): it was made by another version of the calculator`,
    };
  }
  const packed = fromBase64url(param.slice(dot + 1));
  if (!packed) return { ok: false, message: `${what} is not base64url text after "${ESTIMATE_LINK_FORMAT}." (letters, digits, - and _ only)` };
  if (typeof DecompressionStream === 'undefined') {
    return {
      ok: false,
      message: `${what} is compressed, and this browser cannot unpack it (it has no DecompressionStream): open the link in a current browser`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await through(packed, new DecompressionStream('deflate-raw'), MAX_ESTIMATE_JSON_BYTES);
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, message: `${what} unpacks to more than ${MAX_ESTIMATE_JSON_BYTES} bytes, far more than any estimate` };
    return { ok: false, message: `${what} is not valid compressed data (raw DEFLATE): the link may be cut short` };
  }
  return parseJsonBytes(bytes, what);
}
