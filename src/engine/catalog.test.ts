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
