import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadCatalogs } from '../src/cli/catalogs.ts';
import type { EstimateDoc } from '../src/engine/estimates/document.ts';
import { quoteEstimate } from '../src/engine/estimates/pricing.ts';
import { encodePlainEstimateParam } from '../src/engine/share-link.ts';
import { WORKED_EXAMPLES } from '../src/engine/worked-examples.ts';

const catalogs = loadCatalogs();
const example = (id: string) => WORKED_EXAMPLES.find((e) => e.id === id)!;

const THREE: EstimateDoc = {
  version: 1,
  kind: 'estimate',
  name: 'Three vendors',
  items: [
    { label: 'Gateway', group: 'Production', scenario: example('tencent-shared-tiers').scenario },
    { label: 'Private API', scenario: example('alibaba-monthly-vpc').scenario },
    { label: 'Partner API', scenario: example('jdcloud-units').scenario },
  ],
};

function monthly(doc: EstimateDoc): string {
  const q = quoteEstimate(doc, catalogs, { explain: false });
  if (!q.ok) throw new Error(q.message);
  return q.output.monthly;
}

const DEFAULT_TOTAL = '45.26';
const total = (page: Page) => page.getByTestId('total');
const saved = (page: Page) => page.getByTestId('saved-estimate');
const entry = (page: Page, name: string) => saved(page).filter({ has: page.locator('.saved__name', { hasText: new RegExp(`^${name}$`) }) });

async function openThree(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.goto(`./?lang=${lang}&estimate=${encodePlainEstimateParam(THREE)}`);
  await expect(total(page)).toHaveAttribute('data-value', monthly(THREE));
}

/** Writes rows straight into the panel's IndexedDB store (it exists once the panel has read it), as another program might. */
async function putRows(page: Page, rows: [string | number, unknown][]) {
  await page.evaluate(async (entries) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('apigw-calculator');
      open.addEventListener('success', () => resolve(open.result));
      open.addEventListener('error', () => reject(open.error));
    });
    const tx = db.transaction('saved-estimates', 'readwrite');
    for (const [key, value] of entries) tx.objectStore('saved-estimates').put(value, key);
    await new Promise((resolve, reject) => {
      tx.addEventListener('complete', resolve);
      tx.addEventListener('error', () => reject(tx.error));
    });
    db.close();
  }, rows);
}

async function saveAs(page: Page, name: string) {
  await page.getByTestId('save-name').fill(name);
  await page.getByTestId('save-estimate').click();
  await expect(entry(page, name)).toHaveCount(1);
}

test('save, reload, open, rename and delete an estimate', async ({ page }) => {
  test.slow(); // many steps and reloads
  await openThree(page);
  await expect(page.getByTestId('saved')).toContainText('No saved estimates yet.');
  // A blank name takes the estimate's own.
  await page.getByTestId('save-estimate').click();
  await expect(page.getByTestId('saved-status')).toHaveText('Saved “Three vendors”.');
  await expect(entry(page, 'Three vendors')).toContainText('3 items');

  // Kept through a reload, and on a page opened on the defaults.
  await page.goto('./?lang=en');
  await expect(total(page)).toHaveAttribute('data-value', DEFAULT_TOTAL);
  await expect(saved(page)).toHaveCount(1);
  await saveAs(page, 'Defaults');
  await page.reload();
  await expect(saved(page)).toHaveCount(2);

  // Open: the whole estimate, every item.
  await entry(page, 'Three vendors').getByRole('button', { name: 'Open “Three vendors”' }).click();
  await expect(total(page)).toHaveAttribute('data-value', monthly(THREE));
  await expect(page.getByTestId('estimate-item')).toHaveCount(3);
  await expect(page.getByTestId('saved-status')).toHaveText('Opened “Three vendors”.');

  // Rename; a name another entry has is refused.
  await entry(page, 'Three vendors').getByTestId('rename-saved').click();
  await page.getByTestId('rename-input').fill('Defaults');
  await page.getByTestId('rename-input').press('Enter');
  await expect(page.getByTestId('saved')).toContainText('An estimate is already saved as “Defaults”.');
  await page.getByTestId('rename-input').fill('  Checkout, 3 vendors ');
  await page.getByTestId('rename-input').press('Enter');
  await expect(entry(page, 'Checkout, 3 vendors')).toHaveCount(1);
  await expect(page.getByTestId('saved-status')).toHaveText('Renamed “Three vendors” to “Checkout, 3 vendors”.');
  await page.reload();
  await expect(entry(page, 'Checkout, 3 vendors')).toHaveCount(1);
  await expect(entry(page, 'Three vendors')).toHaveCount(0);

  // Saving under a name already there replaces that entry.
  await page.goto('./?lang=en');
  await saveAs(page, 'Checkout, 3 vendors');
  await expect(page.getByTestId('saved-status')).toContainText('replacing the estimate saved under that name');
  await expect(saved(page)).toHaveCount(2);
  await expect(entry(page, 'Checkout, 3 vendors')).toContainText('1 item');

  // Delete, undo, delete.
  await entry(page, 'Defaults').getByRole('button', { name: 'Delete “Defaults”' }).click();
  await expect(saved(page)).toHaveCount(1);
  await expect(page.getByTestId('saved-status')).toContainText('Deleted “Defaults”.');
  await page.getByTestId('saved-status').getByRole('button', { name: 'Undo' }).click();
  await expect(entry(page, 'Defaults')).toHaveCount(1);
  await entry(page, 'Defaults').getByTestId('delete-saved').click();
  await page.reload();
  await expect(saved(page)).toHaveCount(1);
  await expect(entry(page, 'Checkout, 3 vendors')).toHaveCount(1);
});

test('an estimate that does not price is not saved', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.locator('input[name="callsPerMonth"]').fill('lots');
  await page.getByTestId('save-name').fill('Broken');
  await page.getByTestId('save-estimate').click();
  await expect(page.getByTestId('saved-error')).toContainText('Correct the estimate first: items[0].scenario.callsPerMonth');
  await expect(saved(page)).toHaveCount(0);
});

test('a corrupt or foreign entry in the store is reported and skipped; nothing else is lost', async ({ page }) => {
  await openThree(page);
  await saveAs(page, 'Kept');
  await putRows(page, [
    ['junk', 'not an estimate'],
    [42, { hello: 'world' }],
    [
      'mars',
      {
        format: 'apigw-calculator/saved-estimate',
        version: 1,
        name: 'On Mars',
        savedAt: new Date().toISOString(),
        estimate: { version: 1, kind: 'estimate', items: [{ label: 'A', scenario: { version: 1, offering: 'tencent.shared', region: 'mars-1' } }] },
      },
    ],
  ]);
  await page.reload();
  const problems = page.getByTestId('saved-problem');
  await expect(problems).toHaveCount(3);
  await expect(page.getByTestId('saved-problems')).toContainText('could not be read and were skipped');
  await expect(problems.filter({ hasText: 'Entry “junk”' })).toContainText('is not a saved estimate of this calculator ("not an estimate")');
  await expect(problems.filter({ hasText: 'Entry “42”' })).toContainText('is not a saved estimate of this calculator');
  await expect(problems.filter({ hasText: 'On Mars' })).toContainText('“On Mars” no longer opens: items[0].scenario.region: ');
  // The good entry is listed and opens.
  await expect(saved(page)).toHaveCount(1);
  await page.goto('./?lang=en');
  await entry(page, 'Kept').getByTestId('open-saved').click();
  await expect(total(page)).toHaveAttribute('data-value', monthly(THREE));
  // A reported entry can be removed; the rest stays.
  await problems.filter({ hasText: 'Entry “junk”' }).getByRole('button', { name: 'Remove' }).click();
  await expect(problems).toHaveCount(2);
  await page.reload();
  await expect(problems).toHaveCount(2);
  await expect(saved(page)).toHaveCount(1);
});

test('export the estimate as a JSON file, and import it again', async ({ page }) => {
  await openThree(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-estimate').click()]);
  expect(download.suggestedFilename()).toMatch(/^Three vendors \d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toEqual(THREE);

  await page.goto('./?lang=en');
  await expect(total(page)).toHaveAttribute('data-value', DEFAULT_TOTAL);
  await page.getByTestId('import-estimate').setInputFiles({ name: 'three.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(total(page)).toHaveAttribute('data-value', monthly(THREE));
  await expect(page.getByTestId('estimate-item')).toHaveCount(3);
  await expect(page.getByTestId('saved-status')).toHaveText('Opened the estimate in “three.json”.');
});

test('import reads a scenario and an export that holds one; a bad file says what is wrong, naming the path', async ({ page }) => {
  await page.goto('./?lang=en');
  const file = (name: string, json: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
  });
  const input = page.getByTestId('import-estimate');
  const jd = example('jdcloud-units');

  // The page's JSON export before estimates: the scenario beside its priced lines.
  await input.setInputFiles(file('export.json', { scenario: jd.scenario, estimate: { currency: 'CNY', total: jd.total, lines: [] }, link: 'https://…' }));
  await expect(total(page)).toHaveAttribute('data-value', jd.total);
  await expect(page.getByTestId('estimate-item')).toHaveCount(1);

  const bad = { ...THREE, items: [THREE.items[0], { label: 'Partner API', scenario: { ...jd.scenario, region: 'mars-1' } }] };
  await input.setInputFiles(file('bad.json', { estimate: bad }));
  await expect(page.getByTestId('saved-error')).toContainText('“bad.json” could not be imported: estimate.items[1].scenario.region: ');
  await input.setInputFiles(file('notes.json', 'version 1, please'));
  await expect(page.getByTestId('saved-error')).toContainText('“notes.json” could not be imported: the file is not JSON');
  await input.setInputFiles(file('output.json', { kind: 'estimate', currency: 'CNY', monthly: '1.00', items: [] }));
  await expect(page.getByTestId('saved-error')).toContainText('priced results without the document');
  // Nothing was loaded from the bad files.
  await expect(total(page)).toHaveAttribute('data-value', jd.total);

  await input.setInputFiles(file('scenario.json', jd.scenario));
  await expect(page.getByTestId('saved-status')).toHaveText('Opened the estimate in “scenario.json”.');
  await expect(page.getByTestId('saved-error')).toHaveCount(0);
});

test('in Chinese', async ({ page }) => {
  await openThree(page, 'zh');
  await page.getByTestId('save-name').fill('三家厂商');
  await page.getByTestId('save-estimate').click();
  await expect(page.getByTestId('saved-status')).toHaveText('已保存“三家厂商”。');
  await expect(entry(page, '三家厂商')).toContainText('3 个项目');
  await expect(page.getByTestId('saved')).toContainText('已保存的估算');
});

for (const lang of ['en', 'zh'] as const) {
  test(`the panel has no serious accessibility problem (${lang}), with a reported entry and a rename open`, async ({ page }) => {
    await openThree(page, lang);
    await saveAs(page, 'A');
    await putRows(page, [['junk', 7]]);
    await page.reload();
    await expect(page.getByTestId('saved-problem')).toHaveCount(1);
    await saved(page).first().getByTestId('rename-saved').click();
    const results = await new AxeBuilder({ page }).include('[data-testid="saved"]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}
