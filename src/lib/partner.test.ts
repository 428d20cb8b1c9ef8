import { describe, expect, it } from 'vitest';
import { OFFERINGS } from '../engine/offerings/registry.ts';
import { notOffered, offers, parseMarkup, parseName, partnerOptions, validatePartnerConfig } from './partner.ts';

describe('partner options from the URL', () => {
  it('reads a margin, a name, vendors and offerings', () => {
    const o = partnerOptions('?markup=10&partner=Acme%20Cloud&vendors=alibaba,tencent&offerings=alibaba.dedicated,tencent.shared', null);
    expect(o).toEqual({
      markupPercent: '10',
      name: 'Acme Cloud',
      vendors: ['alibaba', 'tencent'],
      offerings: ['alibaba.dedicated', 'tencent.shared'],
      problems: [],
    });
    expect(offers(o, 'alibaba.dedicated')).toBe(true);
    expect(offers(o, 'alibaba.shared')).toBe(false);
    expect(notOffered(o, { version: 1, offering: 'huawei.dedicated' })).toEqual(['huawei.dedicated']);
  });

  it.each(['-1', '101', '1e2', '10%', 'abc', '', ' ', '100.5', '0x10', '10.12345', 'Infinity', 'NaN', '+5'])('refuses markup=%j with a message', (raw) => {
    const o = partnerOptions(`?markup=${encodeURIComponent(raw)}`, null);
    expect(o.markupPercent).toBe('0');
    expect(o.problems).toHaveLength(1);
    expect(o.problems[0]).toMatch(/^markup .* is not a percentage from 0 to 100/);
  });

  it.each([
    ['0', '0'],
    ['10', '10'],
    ['12.50', '12.5'],
    ['07', '7'],
    ['100', '100'],
    ['100.00', '100'],
    ['0.0001', '0.0001'],
  ])('accepts markup=%s as %s', (raw, value) => {
    expect(parseMarkup(raw)).toEqual({ ok: true, value });
  });

  it('keeps a name as plain text, refuses a very long or empty one', () => {
    expect(parseName('<script>alert(1)</script>')).toEqual({ ok: true, value: '<script>alert(1)</script>' });
    expect(parseName('  Acme \n\t Cloud\u202e ')).toEqual({ ok: true, value: 'Acme Cloud' });
    const long = partnerOptions(`?partner=${'x'.repeat(5000)}`, null);
    expect(long.name).toBeUndefined();
    expect(long.problems[0]).toMatch(/longer than 80 characters/);
    expect(partnerOptions('?partner=%20', null).problems[0]).toMatch(/empty/);
  });

  it('refuses unknown vendors and malformed offerings', () => {
    const o = partnerOptions('?vendors=alibaba,aws&offerings=alibaba.dedicated,<b>', null);
    expect(o.vendors).toBeUndefined();
    expect(o.offerings).toBeUndefined();
    expect(o.problems).toHaveLength(2);
  });
});

describe('the build-time configuration', () => {
  const config = { markupPercent: '15', name: 'Acme', vendors: ['alibaba', 'tencent'] as ('alibaba' | 'tencent')[] };

  it('fixes the margin and the name: the URL cannot change them', () => {
    const o = partnerOptions('?markup=0&partner=Other', config);
    expect(o).toMatchObject({ markupPercent: '15', name: 'Acme' });
    expect(o.problems).toEqual([
      "markup is fixed by this site's configuration: the link's is ignored",
      "partner is fixed by this site's configuration: the link's is ignored",
    ]);
  });

  it('lets the URL narrow the vendors and offerings, never widen them', () => {
    expect(partnerOptions('?vendors=tencent', config).vendors).toEqual(['tencent']);
    const wider = partnerOptions('?vendors=tencent,huawei&offerings=huawei.dedicated,tencent.shared', config);
    expect(wider.vendors).toEqual(['tencent']);
    expect(wider.offerings).toEqual(['tencent.shared']);
    expect(wider.problems).toEqual(['vendors: huawei not offered on this site: ignored', 'offerings: huawei.dedicated not offered on this site: ignored']);
  });

  it('is validated field by field', () => {
    expect(validatePartnerConfig({ ...config, offerings: ['alibaba.dedicated'] }, OFFERINGS)).toEqual({
      ok: true,
      config: { ...config, offerings: ['alibaba.dedicated'] },
    });
    expect(validatePartnerConfig({ markupPercent: 10 }, OFFERINGS)).toEqual({ ok: true, config: { markupPercent: '10' } });
    const bad = validatePartnerConfig({ markupPercent: '150', vendors: ['aws'], offerings: ['alibaba.nothing', 'huawei.dedicated'], colour: 1 }, OFFERINGS);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual([
      'colour: unknown field (allowed: markupPercent, name, vendors, offerings, estimate)',
      'markupPercent: markup "150" is not a percentage from 0 to 100 such as 10 or 12.5 (no % sign)',
      'vendors: vendors "aws" must list vendors among tencent, alibaba, huawei, jdcloud (not "aws")',
      'offerings names offerings that do not exist: alibaba.nothing (known: ' + OFFERINGS.join(', ') + ')',
    ]);
    expect(validatePartnerConfig([], OFFERINGS).ok).toBe(false);
  });
});
