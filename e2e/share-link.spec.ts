import { expect, test } from '@playwright/test';
import { encodeScenarioParam } from '../src/engine/share-link.ts';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';

test('a ?scenario= link opens that scenario and shows its exact total', async ({ page }) => {
  const example = WORKED_EXAMPLES.find((e) => e.id === 'jdcloud-units')!;
  await page.goto(`./?scenario=${encodeScenarioParam(example.scenario)}`);
  await expect(page.getByTestId('total')).toHaveText(/15\.11/);
  await expect(page.getByTestId('error')).toHaveCount(0);
});

test('a broken link opens the defaults with a specific message', async ({ page }) => {
  await page.goto('./?scenario=not*base64');
  await expect(page.getByTestId('error')).toContainText('not base64url');
  await expect(page.getByTestId('total')).toHaveText(/45\.26/);
});
