import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../cli/catalogs.ts';
import { quote } from '../../engine/estimate.ts';
import { en } from '../../lib/i18n/en.ts';
import { zh } from '../../lib/i18n/zh.ts';
import { quoteEstimate } from '../../engine/estimates/pricing.ts';
import { embedConfig, embeddedEstimate, embeddedSummary, parseIncoming, parseOrigin } from './protocol.ts';

describe('embedding protocol', () => {
  it('accepts the two host messages of version 1', () => {
    expect(parseIncoming({ type: 'apigw-calc:set-scenario', version: 1, scenario: { a: 1 } })).toEqual({
      ok: true,
      message: { type: 'apigw-calc:set-scenario', scenario: { a: 1 } },
    });
    expect(parseIncoming({ type: 'apigw-calc:set-locale', version: 1, locale: 'en' })).toEqual({
      ok: true,
      message: { type: 'apigw-calc:set-locale', locale: 'en' },
    });
  });

  it('accepts set-estimate with its document, unchecked until the link validation reads it', () => {
    const document = { version: 1, kind: 'estimate', items: [] };
    expect(parseIncoming({ type: 'apigw-calc:set-estimate', version: 1, document })).toEqual({
      ok: true,
      message: { type: 'apigw-calc:set-estimate', document },
    });
    expect(parseIncoming({ type: 'apigw-calc:set-estimate', version: 1, estimate: document })).toEqual({
      ok: false,
      reason: 'set-estimate takes exactly one field, document',
    });
    expect(parseIncoming({ type: 'apigw-calc:set-estimate', version: 1, document, scenario: {} }).ok).toBe(false);
  });

  it("sends the whole estimate's output as summary, each item's lines with their formula", () => {
    const doc = {
      version: 1,
      kind: 'estimate',
      items: [{ label: 'A', scenario: { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', billing: 'monthly' } }],
    };
    const q = quoteEstimate(doc, loadCatalogs(), { markupPercent: '10' });
    if (!q.ok) throw new Error(q.message);
    const summary = embeddedSummary(q.output, en);
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining(['monthly', 'upfront', 'first12', 'first36', 'complete', 'items', 'groups', 'pooled', 'months', 'warnings']),
    );
    expect(summary.monthly).toBe('4048.00');
    expect(summary.items[0]!.estimate.lines[0]!.formula).toBe('1 month × 3,680.00 × 110% (partner margin 10%) = 4,048.00');
    expect(embeddedSummary(q.output, zh).items[0]!.estimate.lines[0]!.formula).toMatch(/含合作伙伴加价 10%/);
  });

  it.each([
    ['a string', 'apigw-calc:set-locale'],
    ['another prefix', { type: 'other:set-locale', version: 1, locale: 'en' }],
    ['another version', { type: 'apigw-calc:set-locale', version: 2, locale: 'en' }],
    ['an unknown locale', { type: 'apigw-calc:set-locale', version: 1, locale: 'fr' }],
    ['an extra field', { type: 'apigw-calc:set-scenario', version: 1, scenario: {}, run: 'x' }],
    ['no scenario', { type: 'apigw-calc:set-scenario', version: 1 }],
    ['an unknown type', { type: 'apigw-calc:delete', version: 1 }],
  ])('refuses %s', (_what, data) => {
    expect(parseIncoming(data).ok).toBe(false);
  });

  it('reads origins strictly', () => {
    expect(parseOrigin('https://partner.example')).toBe('https://partner.example');
    expect(parseOrigin('http://localhost:4173/')).toBe('http://localhost:4173');
    expect(parseOrigin('https://partner.example/path')).toBeUndefined();
    expect(parseOrigin('javascript:alert(1)')).toBeUndefined();
    expect(parseOrigin('*')).toBeUndefined();
  });

  it('talks only to the origin that really embeds it, and only if allowed', () => {
    expect(embedConfig('https://a.example', 'https://a.example', [])).toEqual({ parentOrigin: 'https://a.example' });
    expect(embedConfig('https://a.example', 'https://evil.example', []).problem).toMatch(/not the page that embeds/);
    expect(embedConfig('https://a.example', undefined, []).problem).toMatch(/cannot be confirmed/);
    expect(embedConfig('https://a.example', 'https://a.example', ['https://b.example']).problem).toMatch(/not allowed/);
    expect(embedConfig(null, 'https://a.example', []).problem).toMatch(/no parentOrigin/);
  });

  it("posts the estimate as data, with each line's formula in the language the calculator shows", () => {
    const r = quote(
      { version: 1, offering: 'alibaba.dedicated', region: 'cn-hangzhou', edition: 'api.s1.small', hours: '9.5', billing: 'payg', peakQps: '3000' },
      loadCatalogs(),
    );
    if (!r.ok) throw new Error(r.message);
    const english = embeddedEstimate(r.estimate, en);
    const chinese = embeddedEstimate(r.estimate, zh);
    const instance = (e: typeof english) => e.lines.find((l) => l.id === 'instance')!;
    expect(instance(english).calculation).toEqual(r.estimate.lines.find((l) => l.id === 'instance')!.calculation);
    expect(instance(english).formula).toBe('9.5 h → 10 h × 5.94 = 59.40');
    expect(instance(chinese).formula).toBe('9.5 小时 → 10 小时 × 5.94 = 59.40');
    // Warnings are codes with raw parameters: the host words them.
    expect(english.warnings).toEqual([
      { code: 'capacity', line: 'instance', params: { peakQps: '3000', capacity: '2500', edition: 'api.s1.small', instances: '1' } },
    ]);
    expect(english.total).toBe(r.estimate.total);
  });
});
