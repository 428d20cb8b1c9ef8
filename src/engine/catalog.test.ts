import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalogs } from '../cli/catalogs.ts';
import { findOffering, findPrice } from './catalog.ts';
import { InputError } from './issues.ts';
import { OFFERINGS, parseCatalog } from './offerings/registry.ts';

const raw = (vendor: string) => JSON.parse(readFileSync(join(CATALOG_DIR, `${vendor}.json`), 'utf8')) as Record<string, unknown>;

function errorOf(json: unknown): InputError {
  try {
    parseCatalog(json, 'test.json');
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected the catalog to be refused');
}

describe('price catalogs', () => {
  it('loads a valid catalog for every offering', () => {
    const catalogs = loadCatalogs();
    for (const id of OFFERINGS) expect(findOffering(catalogs, id), id).toBeDefined();
  });

  it('matches at most one price for any offering, key, edition and region', () => {
    const catalogs = loadCatalogs();
    for (const id of OFFERINGS) {
      const { offering } = findOffering(catalogs, id) ?? {};
      for (const p of offering?.prices ?? []) {
        for (const region of p.regions ?? offering?.regions ?? []) {
          const matches = offering?.prices.filter((q) => q.key === p.key && q.edition === p.edition && (q.regions ?? [region]).includes(region));
          expect(matches, `${id} ${p.key} ${p.edition} ${region}`).toHaveLength(1);
          expect(findPrice(offering!, p.key, p.edition, region)).toBe(p);
        }
      }
    }
  });

  it('names each comparison city at most once per vendor', () => {
    for (const catalog of Object.values(loadCatalogs())) {
      const cities = catalog.regions.flatMap((r) => (r.city ? [r.city] : []));
      expect(new Set(cities).size, catalog.vendor).toBe(cities.length);
    }
  });

  it('names the bad path of a price that is not a decimal string', () => {
    const bad = raw('jdcloud');
    (bad.offerings as { prices: { price: unknown }[] }[])[0]!.prices[0]!.price = 0.04;
    const e = errorOf(bad);
    expect(e.errors.map((x) => x.field)).toEqual(['offerings[0].prices[0].price']);
    expect(e.message).toMatch(/^test\.json: offerings\[0\]\.prices\[0\]\.price: must be a non-negative decimal string/);
  });

  it('names a price that refers to an unknown edition, region or source', () => {
    const bad = raw('tencent');
    const price = (bad.offerings as { prices: Record<string, unknown>[] }[])[0]!.prices[0]!;
    Object.assign(price, { edition: 'gold', regions: ['mars-1'], source: 'nowhere' });
    expect(errorOf(bad).errors.map((x) => x.field)).toEqual([
      'offerings[0].prices[0].edition',
      'offerings[0].prices[0].regions[0]',
      'offerings[0].prices[0].source',
    ]);
  });

  it('refuses a derived price without its derivation, and unknown fields', () => {
    const bad = raw('alibaba');
    const derived = (bad.offerings as { prices: Record<string, unknown>[] }[])[0]!.prices.find((p) => p.confidence === 'derived')!;
    delete derived.derivation;
    bad.extra = true;
    const fields = errorOf(bad).errors.map((x) => x.field);
    expect(fields).toContain('extra');
    expect(fields.some((f) => f.endsWith('.derivation'))).toBe(true);
  });

  it('wants a derivation in both languages of the page', () => {
    const bad = raw('tencent');
    const derived = (bad.offerings as { prices: Record<string, unknown>[] }[]).flatMap((o) => o.prices).find((p) => p.confidence === 'derived')!;
    derived.derivation = 'in one language only';
    expect(
      errorOf(bad)
        .errors.map((x) => x.field)
        .some((f) => f.endsWith('.derivation')),
    ).toBe(true);
    derived.derivation = { zh: '只有中文' };
    expect(
      errorOf(bad)
        .errors.map((x) => x.field)
        .some((f) => f.endsWith('.derivation.en')),
    ).toBe(true);
  });

  it('gives every source a title, and every price and vendor fact a section, in Chinese and in English', () => {
    const CJK = /[\u3400-\u9fff]/;
    const both = (text: unknown, where: string) => {
      const t = text as { zh?: unknown; en?: unknown };
      expect(typeof t, where).toBe('object');
      expect(t.zh, `${where}.zh`).toMatch(CJK);
      expect(t.en, `${where}.en`).toMatch(/\w/);
      expect(t.en, `${where}.en`).not.toMatch(CJK);
    };
    for (const vendor of ['tencent', 'alibaba', 'huawei', 'jdcloud']) {
      const json = raw(vendor);
      for (const [id, source] of Object.entries(json.sources as Record<string, { title: unknown }>)) both(source.title, `${vendor} sources.${id}.title`);
      (json.offerings as Record<string, unknown>[]).forEach((o, i) => {
        for (const fact of ['instanceHours', 'billedEgress', 'callUnit', 'freeCalls', 'freeTrafficGB', 'minimumFee']) {
          const f = o[fact] as { section: unknown } | undefined;
          if (f) both(f.section, `${vendor} offerings[${i}].${fact}.section`);
        }
        (o.prices as { section: unknown }[]).forEach((p, j) => both(p.section, `${vendor} offerings[${i}].prices[${j}].section`));
      });
    }
  });

  it('refuses a source title in one language only, naming the language that is missing', () => {
    const bad = raw('huawei');
    const sources = bad.sources as Record<string, { title: unknown }>;
    sources['huawei-billing']!.title = 'Huawei Cloud APIG: Billing';
    sources['huawei-examples']!.title = { en: 'Huawei Cloud APIG billing documentation: worked examples' };
    sources['huawei-specs']!.title = { zh: '华为云 API 网关 APIG：实例规格', en: ' ' };
    const e = errorOf(bad);
    expect(e.errors.map((x) => x.field)).toEqual(['sources.huawei-billing.title', 'sources.huawei-examples.title.zh', 'sources.huawei-specs.title.en']);
    expect(e.errors[0]!.message).toMatch(/both languages, \{ "zh": "…", "en": "…" \} \(got the single string/);
    expect(e.errors[1]!.message).toMatch(/^the Chinese text is missing/);
    expect(e.errors[2]!.message).toMatch(/^the English text is missing/);
  });

  it("refuses a price's section in one language only", () => {
    const bad = raw('jdcloud');
    (bad.offerings as { prices: { section: unknown }[] }[])[0]!.prices[0]!.section = { zh: '2. 计费方式（3）收费部分：0.04 元/万次' };
    expect(errorOf(bad).errors.map((x) => x.field)).toEqual(['offerings[0].prices[0].section.en']);
  });

  it('takes only https addresses for sources, which become links', () => {
    const bad = raw('tencent');
    (bad.sources as Record<string, { url: string }>)['tencent-shared']!.url = 'javascript:alert(1)';
    expect(errorOf(bad).errors.map((x) => x.field)).toEqual(['sources.tencent-shared.url']);
  });

  it('refuses an offering the registry does not know, naming its id', () => {
    const bad = raw('jdcloud');
    (bad.offerings as { id: string }[])[0]!.id = 'jdcloud.serverless';
    expect(errorOf(bad).errors.map((x) => x.field)).toEqual(['offerings[0].id']);
  });

  it("names a vendor fact an offering's rules need when the catalog lacks it", () => {
    const bad = raw('alibaba');
    const offerings = bad.offerings as Record<string, unknown>[];
    const i = offerings.findIndex((o) => o.instanceHours !== undefined);
    delete offerings[i]!.instanceHours;
    expect(errorOf(bad).errors.map((x) => x.field)).toEqual([`offerings[${i}].instanceHours`]);
  });

  it("checks the vendor facts' values", () => {
    const bad = raw('jdcloud');
    const o = (bad.offerings as Record<string, Record<string, unknown>>[])[0]!;
    o.callUnit!.size = '0.5';
    o.callUnit!.roundUp = 'yes';
    o.billedEgress!.client = ['moon'];
    expect(errorOf(bad).errors.map((x) => x.field)).toEqual([
      'offerings[0].callUnit.size',
      'offerings[0].callUnit.roundUp',
      'offerings[0].billedEgress.client[0]',
    ]);
  });

  it('refuses a file that is not a catalog at all', () => {
    expect(errorOf('hello').errors[0]?.message).toMatch(/must be an object/);
  });
});
