/**
 * The page's URL as shareable state: `?scenario=` (SCENARIO.md) and `?lang=`. Reading reports what is
 * wrong with a link. Writing it is url-writer.ts.
 */
import { SCENARIO_PARAM, decodeScenarioParam, encodeScenarioParam } from '../engine/share-link.ts';
import { LANG_PARAM, type Locale } from './i18n/locale.ts';

export type LinkScenario = { kind: 'none' } | { kind: 'json'; json: unknown } | { kind: 'broken'; message: string };

export function readLinkScenario(search: string): LinkScenario {
  const param = new URLSearchParams(search).get(SCENARIO_PARAM);
  if (param === null) return { kind: 'none' };
  const decoded = decodeScenarioParam(param);
  return decoded.ok ? { kind: 'json', json: decoded.json } : { kind: 'broken', message: decoded.message };
}

/** The URL with the scenario and language set (any other parameters kept). */
export function shareUrl(href: string, json: unknown, locale: Locale): string {
  const url = new URL(href);
  url.searchParams.set(SCENARIO_PARAM, encodeScenarioParam(json));
  url.searchParams.set(LANG_PARAM, locale);
  return url.toString();
}
