import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioParam, encodeScenarioParam } from './share-link.ts';

describe('share-link encoding', () => {
  it('is base64url of the UTF-8 JSON, without padding', () => {
    const param = encodeScenarioParam({ a: '云?>' });
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(param, 'base64url').toString('utf8')).toBe('{"a":"云?>"}');
  });

  it('decodes what it encodes, for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const d = decodeScenarioParam(encodeScenarioParam(value));
        expect(d).toEqual({ ok: true, json: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });

  it.each([
    ['not base64url', 'abc$', /not base64url/],
    ['a truncated quantum', 'abcde', /not base64url/],
    ['invalid UTF-8', Buffer.from([0xff, 0xfe]).toString('base64url'), /UTF-8/],
    ['not JSON', Buffer.from('{nope').toString('base64url'), /not valid JSON/],
    ['too long', 'a'.repeat(20_000), /too long/],
  ])('says what is wrong with a link that is %s', (_what, param, message) => {
    const d = decodeScenarioParam(param);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(message);
  });
});
