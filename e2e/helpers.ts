import { inflateRawSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { decodePlainEstimateParam, decodeScenarioParam, encodePlainEstimateParam, encodeScenarioParam } from '../src/engine/share-link.ts';

/** The calculator opened on a scenario link, in a language. */
export async function openScenario(page: Page, scenario: unknown, lang: 'zh' | 'en' = 'en'): Promise<void> {
  await page.goto(`./?lang=${lang}&scenario=${encodeScenarioParam(scenario)}`);
  await expect(page.getByTestId('total')).toBeVisible();
}

/** The calculator opened on an estimate link (uncompressed), in a language; `extra` adds query parameters. */
export async function openEstimateLink(page: Page, estimate: unknown, lang: 'zh' | 'en' = 'en', extra = ''): Promise<void> {
  await page.goto(`./?lang=${lang}${extra}&estimate=${encodePlainEstimateParam(estimate)}`);
  await expect(page.getByTestId('total')).toBeVisible();
}

/**
 * The document the page's URL holds now (undefined when it holds none yet): the estimate of an `e=` or
 * `estimate=` link (what the page writes), or the scenario of a `scenario=` link (what links were).
 * An `e=` link is unpacked with zlib (synchronously, and not with the page's own code).
 */
export function documentInUrl(page: Page): unknown {
  const params = new URL(page.url()).searchParams;
  const e = params.get('e');
  if (e !== null) {
    if (!e.startsWith('1.')) throw new Error(`an e= link of another format: ${e.slice(0, 20)}`);
    return JSON.parse(inflateRawSync(Buffer.from(e.slice(2), 'base64url')).toString('utf8'));
  }
  const plain = params.get('estimate');
  const scenario = params.get('scenario');
  const decoded = plain !== null ? decodePlainEstimateParam(plain) : scenario !== null ? decodeScenarioParam(scenario) : undefined;
  if (decoded && !decoded.ok) throw new Error(decoded.message);
  return decoded?.json;
}

/** The scenario the page's URL holds now: a scenario link's, or the first item's of an estimate link. */
export function scenarioInUrl(page: Page): unknown {
  const doc = documentInUrl(page) as { kind?: unknown; items?: { scenario?: unknown }[] } | undefined;
  return doc?.kind === 'estimate' ? doc.items?.[0]?.scenario : doc;
}

export const total = (page: Page) => page.getByTestId('total');

/** No visible text of the page says NaN, undefined, Infinity or [object Object]. */
export async function expectNoBrokenValues(page: Page): Promise<void> {
  await expect(page.locator('body')).not.toContainText(/NaN|undefined|Infinity|\[object Object\]/);
}
