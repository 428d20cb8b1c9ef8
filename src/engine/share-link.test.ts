import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ESTIMATE_JSON_BYTES,
  decodeEstimateParam,
  decodePlainEstimateParam,
  decodeScenarioParam,
  encodeEstimateParam,
  encodePlainEstimateParam,
  encodeScenarioParam,
} from './share-link.ts';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');

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

const ESTIMATE = {
  version: 1,
  kind: 'estimate',
  name: '结账 API «checkout»',
  items: [
    { label: 'Production', group: 'Shanghai', scenario: { version: 1, offering: 'tencent.dedicated', region: 'ap-shanghai', edition: 'professional' } },
    {
      label: '预发',
      scenario: { version: 1, offering: 'tencent.shared', region: 'ap-shanghai', callsPerMonth: '3000000.000000000000000000000000000000000001' },
    },
  ],
  accounts: { tencent: { firstYearMonths: 7, discountPercent: '12%' } },
  growthPercent: '5',
};

describe('estimate links: e=1.<base64url of raw DEFLATE>', () => {
  it('is the format, a dot, and base64url (no padding) of the raw DEFLATE of the UTF-8 JSON', async () => {
    const param = await encodeEstimateParam(ESTIMATE);
    expect(param).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    // What any raw DEFLATE reader (here zlib's) reads.
    expect(inflateRawSync(Buffer.from(param.slice(2), 'base64url')).toString('utf8')).toBe(JSON.stringify(ESTIMATE));
    expect(param.length).toBeLessThan(encodePlainEstimateParam(ESTIMATE).length);
  });

  it('reads what any raw DEFLATE writer writes', async () => {
    const param = `1.${b64(deflateRawSync(Buffer.from(JSON.stringify(ESTIMATE)), { level: 1 }))}`;
    expect(await decodeEstimateParam(param)).toEqual({ ok: true, json: ESTIMATE });
  });

  it('decodes what it encodes, for any JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const d = await decodeEstimateParam(await encodeEstimateParam(value));
        expect(d).toEqual({ ok: true, json: JSON.parse(JSON.stringify(value)) });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps 50 items of long text well within the limits', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      label: `${'x'.repeat(90)}${i}`,
      scenario: { ...ESTIMATE.items[1]!.scenario, requestKB: String(i) },
    }));
    const big = { ...ESTIMATE, items };
    expect(await decodeEstimateParam(await encodeEstimateParam(big))).toEqual({ ok: true, json: big });
    expect(decodePlainEstimateParam(encodePlainEstimateParam(big))).toEqual({ ok: true, json: big });
  });

  const deflated = (text: string | Uint8Array) => b64(deflateRawSync(Buffer.from(text)));
  const good = deflated(JSON.stringify(ESTIMATE));
  it.each([
    ['without its format', good, /does not start with its format/],
    ['of another format', `2.${good}`, /format 2, which this calculator does not read/],
    ['not base64url', '1.abc$', /not base64url/],
    ['a truncated base64 quantum', '1.abcde', /not base64url/],
    ['not raw DEFLATE', `1.${b64('{"version":1}')}`, /not valid compressed data/],
    ['cut short', `1.${good.slice(0, Math.floor(good.length / 2))}`, /not valid compressed data/],
    ['empty', '1.', /not valid compressed data/],
    ['zlib-wrapped rather than raw', `1.${b64(Buffer.from([0x78, 0x9c, ...Buffer.from(good, 'base64url')]))}`, /not valid compressed data/],
    ['invalid UTF-8 inside', `1.${deflated(new Uint8Array([0xff, 0xfe]))}`, /not UTF-8/],
    ['not JSON inside', `1.${deflated('{nope')}`, /not valid JSON/],
    ['too long', `1.${'a'.repeat(400_000)}`, /too long/],
    ['a bomb (small, unpacking past the limit)', `1.${deflated(' '.repeat(MAX_ESTIMATE_JSON_BYTES + 1))}`, /unpacks to more than/],
  ])('says what is wrong with an e= link that is %s', async (_what, param, message) => {
    const d = await decodeEstimateParam(param);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(message);
  });
});

describe('estimate links: estimate=<base64url of the JSON>', () => {
  it('round-trips', () => {
    const param = encodePlainEstimateParam(ESTIMATE);
    expect(Buffer.from(param, 'base64url').toString('utf8')).toBe(JSON.stringify(ESTIMATE));
    expect(decodePlainEstimateParam(param)).toEqual({ ok: true, json: ESTIMATE });
  });

  it.each([
    ['not base64url', 'ab*c', /estimate is not base64url/],
    ['not JSON', b64('{nope'), /estimate is not valid JSON/],
    ['invalid UTF-8', b64(new Uint8Array([0xc3])), /estimate is not UTF-8/],
    ['too long', 'a'.repeat(400_000), /estimate is too long/],
  ])('says what is wrong with one that is %s', (_what, param, message) => {
    const d = decodePlainEstimateParam(param);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(message);
  });
});
