import { expect, type Page } from '@playwright/test';
import { decodeScenarioParam, encodeScenarioParam } from '../src/engine/share-link.ts';

/** The calculator opened on a scenario link, in a language. */
export async function openScenario(page: Page, scenario: unknown, lang: 'zh' | 'en' = 'en'): Promise<void> {
  await page.goto(`./?lang=${lang}&scenario=${encodeScenarioParam(scenario)}`);
  await expect(page.getByTestId('total')).toBeVisible();
}

/** The scenario the page's URL holds now (undefined when it holds none yet). */
export function scenarioInUrl(page: Page): unknown {
  const param = new URL(page.url()).searchParams.get('scenario');
  if (param === null) return undefined;
  const decoded = decodeScenarioParam(param);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.json;
}

export const total = (page: Page) => page.getByTestId('total');

/** No visible text of the page says NaN, undefined, Infinity or [object Object]. */
export async function expectNoBrokenValues(page: Page): Promise<void> {
  await expect(page.locator('body')).not.toContainText(/NaN|undefined|Infinity|\[object Object\]/);
}
