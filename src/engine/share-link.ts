/**
 * The share link's encoding (SCENARIO.md): the scenario JSON as UTF-8, in base64url without padding
 * (RFC 4648 §5). Decoding reports what is wrong with a link; validation is the scenario's own.
 */

/** The query parameter that carries the scenario. */
export const SCENARIO_PARAM = 'scenario';

/** Longest `scenario` parameter accepted: far above any real scenario (about 1 KB encoded). */
const MAX_PARAM_LENGTH = 16_384;

export function encodeScenarioParam(json: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type DecodedParam = { ok: true; json: unknown } | { ok: false; message: string };

export function decodeScenarioParam(param: string): DecodedParam {
  if (param.length > MAX_PARAM_LENGTH)
    return { ok: false, message: `the link's scenario is too long (${param.length} characters; at most ${MAX_PARAM_LENGTH})` };
  if (!/^[A-Za-z0-9_-]*$/.test(param) || param.length % 4 === 1) {
    return { ok: false, message: "the link's scenario is not base64url text (letters, digits, - and _ only)" };
  }
  let text: string;
  try {
    const binary = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: "the link's scenario is not valid base64url of UTF-8 text" };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, message: "the link's scenario is not valid JSON" };
  }
}
