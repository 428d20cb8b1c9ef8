import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import type { VendorId } from '../../engine/ids.ts';
import { WORKED_EXAMPLES } from '../../engine/worked-examples.ts';
import { en } from '../i18n/en.ts';
import { zh } from '../i18n/zh.ts';
import { priceBasisText, priceSources, priceWhole, type PriceBasis } from './estimate-basis.ts';

const names = {
  item: (i: number) => ['Production', 'Staging'][i]!,
  vendor: (v: VendorId) => ({ tencent: 'Tencent Cloud', alibaba: 'Alibaba Cloud', huawei: 'Huawei Cloud', jdcloud: 'JD Cloud' })[v],
};
const zhNames = {
  item: (i: number) => ['生产', '测试'][i]!,
  vendor: (v: VendorId) => ({ tencent: '腾讯云', alibaba: '阿里云', huawei: '华为云', jdcloud: '京东云' })[v],
};

const LIST: PriceBasis = { discounts: [], quoted: [], examples: [], markupPercent: '0' };
const DISCOUNT: Partial<PriceBasis> = {
  discounts: [
    { vendor: 'tencent', percent: '12' },
    { item: 1, percent: '5.5' },
  ],
};
const QUOTED: Partial<PriceBasis> = { quoted: [{ item: 1, lines: ['calls'] }] };
const EXAMPLE: Partial<PriceBasis> = { examples: [{ item: 0, lines: ['traffic'] }] };
const PARTNER: Partial<PriceBasis> = { markupPercent: '8', partner: 'Acme Cloud' };

const text = (b: Partial<PriceBasis>) => priceBasisText(en, 'en', { ...LIST, ...b }, names);
const zhText = (b: Partial<PriceBasis>) => priceBasisText(zh, 'zh', { ...LIST, ...b }, zhNames);

describe('what the prices are, in the footer', () => {
  it.each([
    ['list prices', {}, 'Prices: the vendors’ published list prices.'],
    ['discounted', DISCOUNT, 'Prices: the vendors’ published list prices, less negotiated discounts (Tencent Cloud 12%, Staging 5.5%).'],
    ['with quoted prices', QUOTED, 'Prices: the vendors’ published list prices, with your quoted prices for Staging.'],
    ['with example figures', EXAMPLE, 'Prices: the vendors’ published list prices, with vendor example figures (indicative) for Production.'],
    ['partner prices', PARTNER, 'Prices: the vendors’ published list prices. These are partner prices: Acme Cloud adds a margin of 8% to the vendors’ prices.'],
    [
      'partner prices without a name',
      { markupPercent: '12.5' },
      'Prices: the vendors’ published list prices. These are partner prices: the partner adds a margin of 12.5% to the vendors’ prices.',
    ],
    [
      'discounted and quoted',
      { ...DISCOUNT, ...QUOTED },
      'Prices: the vendors’ published list prices, less negotiated discounts (Tencent Cloud 12%, Staging 5.5%), with your quoted prices for Staging.',
    ],
    [
      'everything at once',
      { ...DISCOUNT, ...QUOTED, ...EXAMPLE, ...PARTNER },
      'Prices: the vendors’ published list prices, less negotiated discounts (Tencent Cloud 12%, Staging 5.5%), with your quoted prices for Staging, with vendor example figures (indicative) for Production. These are partner prices: Acme Cloud adds a margin of 8% to the vendors’ prices.',
    ],
  ])('%s', (_name, basis, expected) => {
    expect(text(basis)).toBe(expected);
  });

  it('a partner named but without a margin sells at the vendors’ prices: no partner sentence', () => {
    expect(text({ partner: 'Acme Cloud', markupPercent: '0' })).toBe('Prices: the vendors’ published list prices.');
  });

  it('reads as Chinese: full-width punctuation, 、 between names', () => {
    expect(zhText({})).toBe('价格说明：按厂商公布的刊例价计算。');
    expect(zhText({ ...DISCOUNT, ...QUOTED, ...PARTNER })).toBe(
      '价格说明：按厂商公布的刊例价计算，已扣除协议折扣（腾讯云 12%、测试 5.5%），其中测试采用您的报价单价。以上为合作伙伴价格：Acme Cloud在厂商价格基础上加收 8% 的利润。',
    );
    expect(zhText({ ...EXAMPLE })).toBe('价格说明：按厂商公布的刊例价计算，其中生产采用厂商示例价格（仅供参考）。');
  });
});

describe("the quote's sources", () => {
  it("are named in the page's language, whichever language the vendor's document is in", () => {
    const catalogs = loadCatalogs();
    const scenario = WORKED_EXAMPLES.find((e) => e.id === 'alibaba-monthly-vpc')!.scenario;
    const r = priceWhole({ version: 1, kind: 'estimate', items: [{ label: 'API', scenario }] }, catalogs);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const zhTitles = priceSources(r.whole, catalogs, 'zh').flatMap((s) => s.sources.map((x) => x.title));
    const enTitles = priceSources(r.whole, catalogs, 'en').flatMap((s) => s.sources.map((x) => x.title));
    expect(zhTitles.length).toBeGreaterThan(0);
    // Alibaba's billing document was read in English; the Chinese quote names it in Chinese.
    for (const title of zhTitles) expect(title).toMatch(/[\u4e00-\u9fff]/);
    for (const title of enTitles) expect(title).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });
});
