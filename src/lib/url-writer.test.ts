import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeScenarioParam } from '../engine/share-link.ts';
import { shareUrl } from './url-state.ts';
import { URL_WRITE_DELAY_MS, dropPendingUrl, flushUrl, flushUrlOnLeave, restoreUrlAfterReload, writeUrlSoon } from './url-writer.ts';

/** The few parts of a browser window the URL writer touches. */
function fakeWindow(href: string) {
  const writes: string[] = [];
  const win = {
    location: {
      href,
      get origin() {
        return new URL(this.href).origin;
      },
    },
    history: {
      state: null,
      replaceState: (_: unknown, __: string, next: string) => {
        writes.push(next);
        win.location.href = next;
      },
    },
  };
  return { win, writes };
}

/** Each test of the enclosing block runs in a fresh fake window at `href`, with fake timers. */
function inFakeWindow(href: string): { writes: string[] } {
  const page = { writes: [] as string[] };
  beforeEach(() => {
    vi.useFakeTimers();
    const fake = fakeWindow(href);
    page.writes = fake.writes;
    vi.stubGlobal('window', fake.win);
  });
  afterEach(() => {
    dropPendingUrl();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return page;
}

describe('the address bar waits for typing to pause', () => {
  const page = inFakeWindow('https://calc.example/?lang=en');

  const linkFor = (calls: string) => () => shareUrl(window.location.href, { callsPerMonth: calls }, 'en');
  const callsIn = (href: string) => {
    const decoded = decodeScenarioParam(new URL(href).searchParams.get('scenario') ?? '');
    return decoded.ok ? (decoded.json as { callsPerMonth: string }).callsPerMonth : undefined;
  };

  it('writes once, the last scenario, when keystrokes stop', () => {
    for (const calls of ['5', '50', '500']) {
      writeUrlSoon(linkFor(calls));
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    }
    expect(page.writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.writes.map(callsIn)).toEqual(['500']);
  });

  it('writes a pending link at once when flushed (leaving the page, copying the link, printing)', () => {
    writeUrlSoon(linkFor('7'));
    flushUrl();
    expect(page.writes.map(callsIn)).toEqual(['7']);
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    flushUrl();
    expect(page.writes).toHaveLength(1);
  });

  it('forgets a pending link when the user goes back or forward', () => {
    writeUrlSoon(linkFor('7'));
    dropPendingUrl();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    flushUrl();
    expect(page.writes).toEqual([]);
  });

  it('does not rewrite an address bar that already holds the link', () => {
    writeUrlSoon(linkFor('7'));
    flushUrl();
    writeUrlSoon(linkFor('7'));
    flushUrl();
    expect(page.writes).toHaveLength(1);
  });
});

describe('a reload straight after an edit opens the edited scenario', () => {
  const opened = 'https://calc.example/?lang=en&scenario=old';
  const page = inFakeWindow(opened);
  let storage: Map<string, string>;
  const store = {
    setItem: (k: string, v: string) => void storage.set(k, v),
    getItem: (k: string) => storage.get(k) ?? null,
    removeItem: (k: string) => void storage.delete(k),
  };
  beforeEach(() => {
    storage = new Map();
  });

  /** The page is left with an edit pending; a new page opens at `address`. */
  function leaveThenOpen(address: string) {
    writeUrlSoon(() => 'https://calc.example/?lang=en&scenario=new');
    flushUrlOnLeave(store);
    expect(window.location.href).toBe('https://calc.example/?lang=en&scenario=new'); // back/forward has it
    window.location.href = address;
    page.writes.length = 0;
  }

  it('reloading the address the page had opens the pending one', () => {
    leaveThenOpen(opened);
    restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual(['https://calc.example/?lang=en&scenario=new']);
    expect(storage.size).toBe(0);
  });

  it('only on a reload: a link opened afresh opens as it is', () => {
    leaveThenOpen(opened);
    restoreUrlAfterReload(store, 'navigate');
    expect(page.writes).toEqual([]);
    expect(storage.size).toBe(0);
  });

  it('only the same address, and never another origin', () => {
    leaveThenOpen('https://calc.example/?lang=zh');
    restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual([]);
    storage.set('apigw-calculator:url-for-reload', JSON.stringify({ from: window.location.href, to: 'https://elsewhere.example/' }));
    restoreUrlAfterReload(store, 'reload');
    storage.set('apigw-calculator:url-for-reload', '{not json');
    restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual([]);
  });

  it('leaving with nothing pending keeps nothing', () => {
    flushUrlOnLeave(store);
    expect(storage.size).toBe(0);
  });
});

describe('where storage is refused (a sandboxed frame)', () => {
  afterEach(() => {
    dropPendingUrl();
    vi.unstubAllGlobals();
  });
  it('the page still starts and still writes its URL', () => {
    const fake = fakeWindow('https://calc.example/?lang=en');
    Object.defineProperty(fake.win, 'sessionStorage', {
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    vi.stubGlobal('window', fake.win);
    expect(() => restoreUrlAfterReload(undefined, 'reload')).not.toThrow();
    writeUrlSoon(() => 'https://calc.example/?lang=zh');
    expect(() => flushUrlOnLeave()).not.toThrow();
    expect(fake.writes).toEqual(['https://calc.example/?lang=zh']);
  });
});
