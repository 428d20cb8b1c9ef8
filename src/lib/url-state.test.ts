import { describe, expect, it } from 'vitest';
import { decodeEstimateParam, decodePlainEstimateParam, decodeScenarioParam } from '../engine/share-link.ts';
import { estimateUrl, plainEstimateUrl, readLink, shareUrl } from './url-state.ts';

const ESTIMATE = { version: 1, kind: 'estimate', items: [{ label: 'Item 1', scenario: { version: 1, offering: 'tencent.shared', region: 'ap-guangzhou' } }] };
const PAGE = 'https://calc.example/app/?embed=1&lang=zh&scenario=old#top';

describe('the estimate in the URL', () => {
  it('is written compressed in e=, with the language; other parameters stay, other links go', async () => {
    const url = new URL(await estimateUrl(PAGE, ESTIMATE, 'en'));
    expect(url.pathname).toBe('/app/');
    expect(url.hash).toBe('#top');
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.has('scenario')).toBe(false);
    expect(await decodeEstimateParam(url.searchParams.get('e')!)).toEqual({ ok: true, json: ESTIMATE });
    expect(await readLink(url.search)).toEqual({ kind: 'estimate', json: ESTIMATE });
  });

  it('is written uncompressed in estimate= at once, which opens the same estimate', async () => {
    const url = new URL(plainEstimateUrl(await estimateUrl(PAGE, ESTIMATE, 'en'), ESTIMATE, 'zh'));
    expect([...url.searchParams.keys()]).toEqual(['embed', 'lang', 'estimate']);
    expect(decodePlainEstimateParam(url.searchParams.get('estimate')!)).toEqual({ ok: true, json: ESTIMATE });
    expect(await readLink(url.search)).toEqual({ kind: 'estimate', json: ESTIMATE });
  });

  it('a scenario link (as made before estimates) is still written and read', async () => {
    const url = new URL(shareUrl('https://calc.example/?e=1.abc', ESTIMATE.items[0]!.scenario, 'en'));
    expect(url.searchParams.has('e')).toBe(false);
    expect(decodeScenarioParam(url.searchParams.get('scenario')!)).toEqual({ ok: true, json: ESTIMATE.items[0]!.scenario });
    expect(await readLink(url.search)).toEqual({ kind: 'scenario', json: ESTIMATE.items[0]!.scenario });
  });

  it('reads nothing from an address without a link, and says what is wrong with a bad one', async () => {
    expect(await readLink('?lang=en')).toEqual({ kind: 'none' });
    expect(await readLink('?e=1.%%')).toMatchObject({ kind: 'broken', message: expect.stringMatching(/not base64url/) });
    expect(await readLink('?estimate=')).toMatchObject({ kind: 'broken', message: expect.stringMatching(/not valid JSON/) });
    expect(await readLink('?scenario=*')).toMatchObject({ kind: 'broken', message: expect.stringMatching(/scenario is not base64url/) });
  });

  it('of several links, reads e=, then estimate=, then scenario=', async () => {
    const e = new URL(await estimateUrl(PAGE, ESTIMATE, 'en')).searchParams.get('e')!;
    expect(await readLink(`?scenario=x&estimate=y&e=${e}`)).toEqual({ kind: 'estimate', json: ESTIMATE });
    expect(await readLink('?scenario=e30&estimate=*')).toMatchObject({ kind: 'broken', message: expect.stringMatching(/estimate is not base64url/) });
  });
});
