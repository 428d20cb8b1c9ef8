/** The estimate document's customer and project (SCENARIO.md, "The estimate document"). */
import { describe, expect, it } from 'vitest';
import { fixtureCatalogs } from '../../testing/fixture-catalogs.ts';
import { validateEstimateDoc } from './document.ts';

const catalogs = fixtureCatalogs();
const doc = (extra: object) => ({
  version: 1,
  kind: 'estimate',
  items: [{ label: 'API', scenario: { version: 1, offering: 'tencent.shared', region: 'ap-beijing', callsPerMonth: 1000 } }],
  ...extra,
});

describe('customer and project', () => {
  it('are optional texts kept in the document and the validated estimate', () => {
    const v = validateEstimateDoc(doc({ customer: '上海某某科技有限公司', project: 'Checkout API' }), catalogs);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.doc).toMatchObject({ customer: '上海某某科技有限公司', project: 'Checkout API' });
    expect(v.estimate).toMatchObject({ customer: '上海某某科技有限公司', project: 'Checkout API' });
    const none = validateEstimateDoc(doc({}), catalogs);
    expect(none.ok && 'customer' in none.doc).toBe(false);
  });

  it('take up to 200 characters, counted as characters (not UTF-16 units)', () => {
    expect(validateEstimateDoc(doc({ customer: '客'.repeat(200), project: '𠀀'.repeat(200) }), catalogs).ok).toBe(true);
    const v = validateEstimateDoc(doc({ customer: 'x'.repeat(201) }), catalogs);
    expect(v.ok ? [] : v.errors).toEqual([{ field: 'customer', message: 'must be at most 200 characters (got 201)' }]);
  });

  it.each([
    ['project', ''],
    ['project', '   '],
    ['customer', 42],
    ['customer', null],
    ['project', ['a']],
  ])('refuse %s = %j, naming the field', (field, value) => {
    const v = validateEstimateDoc(doc({ [field]: value }), catalogs);
    expect(v.ok).toBe(false);
    expect(v.ok ? [] : v.errors.map((e) => e.field)).toEqual([field]);
  });
});
