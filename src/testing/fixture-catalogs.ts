/**
 * Small fixture catalogs for the rule, edge, property and validation tests: one per vendor, every
 * registered offering, round prices that make hand computation easy. They never change with the
 * vendors' prices (public/catalogs/*.json): only the golden tests and the schema check read those.
 *
 * Every catalog goes through `parseCatalog` (structure, registered ids, each module's vendor facts),
 * so a fixture that drifts from the schema fails loudly on import.
 *
 * Regions (all mainland except the Hong Kong and Dubai ones):
 *   tencent  ap-beijing (city beijing), ap-hongkong (city hongkong, international)
 *   alibaba  cn-beijing (city beijing), cn-hangzhou (no city), cn-heyuan (no city; alibaba.shared only),
 *            me-east-1 (no city, international)
 *   huawei   cn-north-4 (city beijing), cn-east-3 (city shanghai)
 *   jdcloud  cn-north-1 (city beijing)
 *   → beijing is the comparison city every vendor has; hongkong only Tencent.
 *
 * Prices (CNY; "/10k" = per 10,000 calls):
 *
 * | offering          | key / edition                | price    | note                                                   |
 * |-------------------|------------------------------|----------|--------------------------------------------------------|
 * | tencent.dedicated | small: payg / monthly / yearly | 2.00 / 1000.00 / 10800.00 | small: 1,000 QPS, SLA 99.95                  |
 * |                   | large: payg / monthly        | 4.00 / 2000.00 | large: 5,000 QPS, SLA 99.99                        |
 * |                   | large: yearly                | 24000.00 | derived (12 × 2000.00), with a derivation              |
 * |                   | traffic ap-beijing / ap-hongkong | 0.50 / 1.00 /GB |                                                |
 * |                   | facts                        |          | per-second hours; egress to internet/cloud-public clients and public backends; 1 GB free traffic in the first year (the account's) |
 * | tencent.shared    | calls.tier1 / tier2 / tier3  | 0.10 / 0.05 / 0.02 /10k | tiers: ≤ 100,000 / ≤ 1,000,000 / above billable calls |
 * |                   | traffic ap-beijing / ap-hongkong | 0.50 / 1.00 /GB |                                                |
 * |                   | facts                        |          | 10,000 free calls and 1 GB free traffic in the first year; unit 10,000 not rounded up; qpsCap 100; SLA 99.9 |
 * | alibaba.dedicated | s1: payg / monthly / yearly  | 3.00 / 1500.00 / 15000.00 | s1: 1,000 QPS, SLA 99.95                    |
 * |                   | s2: payg                     | 6.00     | derived (2 × s1), with a derivation; s2: 4,000 QPS, SLA 99.99, sold in cn-hangzhou and me-east-1 only |
 * |                   | s2: monthly / yearly         | 3000.00 / 30000.00 |                                              |
 * |                   | s1 payg in me-east-1         | 3.30     | region price (3.00 is for cn-beijing and cn-hangzhou)   |
 * |                   | traffic cn-beijing, cn-hangzhou / me-east-1 | 0.50 / 2.00 /GB |                                     |
 * |                   | facts                        |          | whole hours (a started hour is billed whole); egress like Tencent; no free traffic |
 * | alibaba.shared    | calls.tier1 / tier2 / tier3  | 0.10 / 0.05 / 0.02 /10k | same tier bounds as tencent.shared     |
 * |                   | traffic cn-beijing, cn-hangzhou, cn-heyuan | 0.50 /GB |                                        |
 * |                   | facts                        |          | 20,000 free calls every month; unit 10,000 not rounded up; capacity unpublished |
 * | huawei.dedicated  | basic: (none)                | missing  | basic: 1,000 QPS, SLA 99.9 — the vendor publishes no price |
 * |                   | pro: payg                    | 10.00    | confidence example; pro: 4,000 QPS, SLA 99.95; no monthly/yearly price |
 * |                   | bandwidth                    | 0.10 /h  | per instance-hour                                      |
 * |                   | facts                        |          | per-second hours; minimum fee 0.01 for a fee that is not zero; egress as bandwidth |
 * | jdcloud.shared    | calls                        | 0.10 /10k | single tier                                           |
 * |                   | traffic                      | 0.50 /GB |                                                        |
 * |                   | facts                        |          | 10,000 free calls every month; started units of 10,000 (roundUp); egress to every client, public backends |
 */
import type { Catalog, CatalogOffering, CatalogPrice, Catalogs, CatalogSource, Sourced } from '../engine/catalog.ts';
import type { PriceKey } from '../engine/ids.ts';
import { parseCatalog } from '../engine/offerings/registry.ts';

/** The fixtures' one source: every price and fact cites it. */
export const FIXTURE_SOURCE = 'fixture';
const SOURCES: Record<string, CatalogSource> = { [FIXTURE_SOURCE]: { title: { zh: '测试数据', en: 'Test fixture' }, read: '2026-01-01' } };
/** The `asOf` of every fixture catalog. */
export const FIXTURE_AS_OF = '2026-01-01';
const src = (section: string): Sourced => ({ source: FIXTURE_SOURCE, section: { zh: `测试：${section}`, en: section } });

function price(key: PriceKey, value: string, extra: Partial<CatalogPrice> = {}): CatalogPrice {
  return { key, price: value, source: FIXTURE_SOURCE, section: { zh: `测试价格 ${key}`, en: `fixture ${key}` }, confidence: 'list', ...extra };
}

const PUBLIC_EGRESS = { client: ['internet', 'cloud-public'], backend: ['internet', 'cloud-public', 'cross-region-public'] } as const;
const TIERS: CatalogOffering['callTiers'] = [{ key: 'calls.tier1', upTo: '100000' }, { key: 'calls.tier2', upTo: '1000000' }, { key: 'calls.tier3' }];
const TIER_PRICES = [price('calls.tier1', '0.10'), price('calls.tier2', '0.05'), price('calls.tier3', '0.02')];
const UNIT = { size: '10000', roundUp: false, ...src('per 10,000 calls') };

function catalog(c: Omit<Catalog, 'schemaVersion' | 'currency' | 'sources' | 'asOf' | 'version'>): Catalog {
  return parseCatalog({ schemaVersion: 1, currency: 'CNY', version: 'fixture-1', asOf: FIXTURE_AS_OF, sources: SOURCES, ...c }, `fixture ${c.vendor}`);
}

const TENCENT = catalog({
  vendor: 'tencent',
  name: { zh: '腾讯云（测试）', en: 'Tencent (fixture)' },
  regions: [
    { id: 'ap-beijing', name: { zh: '北京', en: 'Beijing' }, area: 'mainland', city: 'beijing' },
    { id: 'ap-hongkong', name: { zh: '香港', en: 'Hong Kong' }, area: 'international', city: 'hongkong' },
  ],
  offerings: [
    {
      id: 'tencent.dedicated',
      name: { zh: '专享实例', en: 'Dedicated' },
      regions: ['ap-beijing', 'ap-hongkong'],
      editions: [
        { id: 'small', name: { zh: '小型', en: 'Small' }, qps: 1000, sla: '99.95' },
        { id: 'large', name: { zh: '大型', en: 'Large' }, qps: 5000, sla: '99.99' },
      ],
      instanceHours: { billing: 'per-second', ...src('per-second hours') },
      billedEgress: { client: [...PUBLIC_EGRESS.client], backend: [...PUBLIC_EGRESS.backend], ...src('public egress') },
      freeTrafficGB: { amount: '1', firstYearOnly: true, ...src("the account's first-year GB") },
      prices: [
        price('instance.payg', '2.00', { edition: 'small' }),
        price('instance.monthly', '1000.00', { edition: 'small' }),
        price('instance.yearly', '10800.00', { edition: 'small' }),
        price('instance.payg', '4.00', { edition: 'large' }),
        price('instance.monthly', '2000.00', { edition: 'large' }),
        price('instance.yearly', '24000.00', {
          edition: 'large',
          confidence: 'derived',
          derivation: { zh: '12 × 2000.00 元/月：未公布包年价格', en: '12 × 2000.00 元/月: no yearly price is published' },
        }),
        price('traffic', '0.50', { regions: ['ap-beijing'] }),
        price('traffic', '1.00', { regions: ['ap-hongkong'] }),
      ],
    },
    {
      id: 'tencent.shared',
      name: { zh: '共享实例', en: 'Shared' },
      regions: ['ap-beijing', 'ap-hongkong'],
      sla: '99.9',
      slaSource: FIXTURE_SOURCE,
      qpsCap: 100,
      qpsCapSource: FIXTURE_SOURCE,
      callTiers: TIERS,
      callUnit: UNIT,
      freeCalls: { amount: '10000', firstYearOnly: true, ...src('first-year free calls') },
      freeTrafficGB: { amount: '1', firstYearOnly: true, ...src('first-year free GB') },
      billedEgress: { client: [...PUBLIC_EGRESS.client], backend: [...PUBLIC_EGRESS.backend], ...src('public egress') },
      prices: [...TIER_PRICES, price('traffic', '0.50', { regions: ['ap-beijing'] }), price('traffic', '1.00', { regions: ['ap-hongkong'] })],
    },
  ],
});

const ALIBABA = catalog({
  vendor: 'alibaba',
  name: { zh: '阿里云（测试）', en: 'Alibaba (fixture)' },
  regions: [
    { id: 'cn-beijing', name: { zh: '北京', en: 'Beijing' }, area: 'mainland', city: 'beijing' },
    { id: 'cn-hangzhou', name: { zh: '杭州', en: 'Hangzhou' }, area: 'mainland' },
    { id: 'cn-heyuan', name: { zh: '河源', en: 'Heyuan' }, area: 'mainland' },
    { id: 'me-east-1', name: { zh: '迪拜', en: 'Dubai' }, area: 'international' },
  ],
  offerings: [
    {
      id: 'alibaba.dedicated',
      name: { zh: '专享实例', en: 'Dedicated' },
      regions: ['cn-beijing', 'cn-hangzhou', 'me-east-1'],
      editions: [
        { id: 's1', name: { zh: 's1', en: 's1' }, qps: 1000, sla: '99.95' },
        { id: 's2', name: { zh: 's2', en: 's2' }, qps: 4000, sla: '99.99', regions: ['cn-hangzhou', 'me-east-1'] },
      ],
      instanceHours: { billing: 'whole-hours', ...src('a started hour is billed whole') },
      billedEgress: { client: [...PUBLIC_EGRESS.client], backend: [...PUBLIC_EGRESS.backend], ...src('public egress') },
      prices: [
        price('instance.payg', '3.00', { edition: 's1', regions: ['cn-beijing', 'cn-hangzhou'] }),
        price('instance.payg', '3.30', { edition: 's1', regions: ['me-east-1'] }),
        price('instance.monthly', '1500.00', { edition: 's1' }),
        price('instance.yearly', '15000.00', { edition: 's1' }),
        price('instance.payg', '6.00', {
          edition: 's2',
          confidence: 'derived',
          derivation: { zh: '2 × s1（3.00）：按规格倍数计', en: '2 × s1 (3.00): priced by the size multiple' },
        }),
        price('instance.monthly', '3000.00', { edition: 's2' }),
        price('instance.yearly', '30000.00', { edition: 's2' }),
        price('traffic', '0.50', { regions: ['cn-beijing', 'cn-hangzhou'] }),
        price('traffic', '2.00', { regions: ['me-east-1'] }),
      ],
    },
    {
      id: 'alibaba.shared',
      name: { zh: 'Serverless 实例', en: 'Serverless' },
      regions: ['cn-beijing', 'cn-hangzhou', 'cn-heyuan'],
      callTiers: TIERS,
      callUnit: UNIT,
      freeCalls: { amount: '20000', firstYearOnly: false, ...src('free calls every month') },
      billedEgress: { client: [...PUBLIC_EGRESS.client], backend: [...PUBLIC_EGRESS.backend], ...src('public egress') },
      prices: [...TIER_PRICES, price('traffic', '0.50', { regions: ['cn-beijing', 'cn-hangzhou', 'cn-heyuan'] })],
    },
  ],
});

const HUAWEI = catalog({
  vendor: 'huawei',
  name: { zh: '华为云（测试）', en: 'Huawei (fixture)' },
  regions: [
    { id: 'cn-north-4', name: { zh: '北京四', en: 'Beijing 4' }, area: 'mainland', city: 'beijing' },
    { id: 'cn-east-3', name: { zh: '上海一', en: 'Shanghai 1' }, area: 'mainland', city: 'shanghai' },
  ],
  offerings: [
    {
      id: 'huawei.dedicated',
      name: { zh: 'APIG 实例', en: 'APIG gateway' },
      regions: ['cn-north-4', 'cn-east-3'],
      editions: [
        { id: 'basic', name: { zh: '基础版', en: 'Basic' }, qps: 1000, sla: '99.9' },
        { id: 'pro', name: { zh: '专业版', en: 'Professional' }, qps: 4000, sla: '99.95' },
      ],
      instanceHours: { billing: 'per-second', ...src('per-second hours') },
      minimumFee: { amount: '0.01', ...src('at least 0.01 for a fee that is not zero') },
      prices: [price('instance.payg', '10.00', { edition: 'pro', confidence: 'example' }), price('bandwidth', '0.10')],
    },
  ],
});

const JDCLOUD = catalog({
  vendor: 'jdcloud',
  name: { zh: '京东云（测试）', en: 'JD Cloud (fixture)' },
  regions: [{ id: 'cn-north-1', name: { zh: '华北-北京', en: 'North China (Beijing)' }, area: 'mainland', city: 'beijing' }],
  offerings: [
    {
      id: 'jdcloud.shared',
      name: { zh: 'API 网关', en: 'API Gateway' },
      regions: ['cn-north-1'],
      callTiers: [{ key: 'calls' }],
      callUnit: { size: '10000', roundUp: true, ...src('started units of 10,000 calls') },
      freeCalls: { amount: '10000', firstYearOnly: false, ...src('free calls every month') },
      billedEgress: { client: ['internet', 'cloud-public', 'private'], backend: [...PUBLIC_EGRESS.backend], ...src('egress to clients always') },
      prices: [price('calls', '0.10'), price('traffic', '0.50')],
    },
  ],
});

/** The fixture catalogs of every vendor; read-only by convention (tests that change one copy it first). */
export const FIXTURE_CATALOGS: Catalogs = { tencent: TENCENT, alibaba: ALIBABA, huawei: HUAWEI, jdcloud: JDCLOUD };

/** A deep copy of the fixtures, for a test that edits a catalog. */
export function fixtureCatalogs(): Catalogs {
  return structuredClone(FIXTURE_CATALOGS);
}
