import { describe, expect, it } from 'vitest';
import { configuredPublicUrl, publicHref } from './public-url.ts';

describe('the public address of a shared link', () => {
  const embedded =
    'http://127.0.0.1:4393/?embed=1&parentOrigin=http%3A%2F%2Flocalhost%3A4393&theme=dark&accent=1d4ed8&markup=10&partner=Acme&lang=en&e=1.abc#x';

  it("drops embed mode's parameters and keeps the partner's and the document", () => {
    expect(publicHref(embedded, undefined)).toBe('http://127.0.0.1:4393/?markup=10&partner=Acme&lang=en&e=1.abc');
  });

  it('points at the configured public calculator', () => {
    expect(publicHref(embedded, 'https://calc.example/pricing/?utm=1')).toBe('https://calc.example/pricing/?markup=10&partner=Acme&lang=en&e=1.abc');
  });

  it('takes only an absolute http(s) address as the configured one', () => {
    expect(configuredPublicUrl('https://calc.example/')).toBe('https://calc.example/');
    expect(configuredPublicUrl('javascript:alert(1)')).toBeUndefined();
    expect(configuredPublicUrl('/relative')).toBeUndefined();
    expect(configuredPublicUrl('')).toBeUndefined();
  });
});
