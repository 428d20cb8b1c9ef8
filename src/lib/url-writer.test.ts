import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeScenarioParam } from '../engine/share-link.ts';
import { shareUrl } from './url-state.ts';

type Writer = typeof import('./url-writer.ts');

/** The few parts of a browser window the URL writer touches. */
function fakeWindow(href: string) {
  const writes: string[] = [];
  const win = {
    location: {
      href,
      get origin() {
        return new URL(this.href).origin;
      },
      get pathname() {
        return new URL(this.href).pathname;
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

/**
 * Each test of the enclosing block runs in a fresh fake window at `href`, with fake timers and a
 * freshly loaded writer (it keeps what the page has written).
 */
function inFakeWindow(href: string): { writes: string[]; w: Writer } {
  const page = { writes: [] as string[], w: undefined as unknown as Writer };
  beforeEach(async () => {
    vi.useFakeTimers();
    const fake = fakeWindow(href);
    page.writes = fake.writes;
    vi.stubGlobal('window', fake.win);
    vi.resetModules();
    page.w = await import('./url-writer.ts');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return page;
}

describe('the address bar waits for typing to pause', () => {
  const page = inFakeWindow('https://calc.example/?lang=en');
  const linkFor = (calls: string) => shareUrl(window.location.href, { callsPerMonth: calls }, 'en');
  const callsIn = (href: string) => {
    const decoded = decodeScenarioParam(new URL(href).searchParams.get('scenario') ?? '');
    return decoded.ok ? (decoded.json as { callsPerMonth: string }).callsPerMonth : undefined;
  };

  it('writes once, the last scenario, when keystrokes stop', () => {
    for (const calls of ['5', '50', '500']) {
      page.w.writeUrlSoon(linkFor(calls));
      vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS - 1);
    }
    expect(page.writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.writes.map(callsIn)).toEqual(['500']);
  });

  it('writes a pending link at once when flushed (hiding the page, copying the link, printing)', () => {
    page.w.writeUrlSoon(linkFor('7'));
    page.w.flushUrl();
    expect(page.writes.map(callsIn)).toEqual(['7']);
    vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS);
    page.w.flushUrl();
    expect(page.writes).toHaveLength(1);
  });

  it('forgets a pending link when the user goes back or forward', () => {
    page.w.writeUrlSoon(linkFor('7'));
    page.w.dropPendingUrl();
    vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS);
    page.w.flushUrl();
    expect(page.writes).toEqual([]);
  });

  it('makes a link asked for after the paint only then, once, the last one asked for', () => {
    const made: string[] = [];
    const make = (calls: string) => (atOnce: boolean) => (made.push(atOnce ? `${calls} at once` : calls), linkFor(calls));
    page.w.writeUrlAfterPaint(make('5'));
    page.w.writeUrlAfterPaint(make('50'));
    expect(made).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(made).toEqual(['50']);
    expect(page.writes).toEqual([]);
    vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS);
    expect(page.writes.map(callsIn)).toEqual(['50']);
  });

  it('makes and writes a link asked for after the paint at once when flushed (leaving, copying, printing), saying so', () => {
    const made: boolean[] = [];
    page.w.writeUrlAfterPaint((atOnce) => (made.push(atOnce), linkFor('7')));
    page.w.flushUrl();
    expect(made).toEqual([true]);
    expect(page.writes.map(callsIn)).toEqual(['7']);
    vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS);
    expect(page.writes).toHaveLength(1);
  });

  it('forgets a link asked for after the paint when the user goes back or forward', () => {
    let made = 0;
    page.w.writeUrlAfterPaint(() => (made++, linkFor('7')));
    page.w.dropPendingUrl();
    vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS);
    page.w.flushUrl();
    expect(made).toBe(0);
    expect(page.writes).toEqual([]);
  });

  it("leaves another script's history entry as it is: a link asked for before it is not written over it", () => {
    page.w.writeUrlAfterPaint(() => linkFor('7'));
    vi.advanceTimersByTime(0);
    // history.pushState by the embedding page or the user's own script, before the write.
    window.location.href = 'https://calc.example/?lang=en&theirs=1';
    vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS);
    page.w.flushUrl();
    expect(page.writes).toEqual([]);
    // What is asked for after it is written to it.
    page.w.writeUrlSoon(linkFor('8'));
    vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS);
    expect(page.writes.map(callsIn)).toEqual(['8']);
  });

  it('does not rewrite an address bar that already holds the link', () => {
    page.w.writeUrlSoon(linkFor('7'));
    page.w.flushUrl();
    page.w.writeUrlSoon(linkFor('7'));
    page.w.flushUrl();
    expect(page.writes).toHaveLength(1);
  });
});

describe('a reload straight after an edit opens the edited scenario', () => {
  const opened = 'https://calc.example/?lang=en&scenario=old';
  const edited = 'https://calc.example/?lang=en&scenario=new';
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

  /** The next page's module opens at `address`, after the page left (pagehide) or not yet. */
  async function leaveThenOpen(address: string, left = true): Promise<Writer> {
    if (left) page.w.flushUrl();
    window.location.href = address;
    page.writes.length = 0;
    vi.resetModules();
    return import('./url-writer.ts');
  }

  it('an edit still pending when the page is left: written, and the reload opens it', async () => {
    page.w.writeUrlSoon(edited, store);
    page.w.flushUrl();
    expect(window.location.href).toBe(edited); // back/forward and bookmarks have it
    const next = await leaveThenOpen(opened);
    next.restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual([edited]);
    expect(storage.size).toBe(0);
  });

  it('an edit written between the reload and the page leaving: the reload still opens it', async () => {
    page.w.writeUrlSoon(edited, store);
    vi.advanceTimersByTime(page.w.URL_WRITE_DELAY_MS); // the reload was asked for at `opened`
    const next = await leaveThenOpen(opened);
    next.restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual([edited]);
  });

  it('the reloaded page starts before the old one has heard it is left: the edit is kept already', async () => {
    page.w.writeUrlSoon(edited, store);
    const next = await leaveThenOpen(opened, false);
    next.restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual([edited]);
  });

  it('only on a reload: a link opened afresh opens as it is', async () => {
    page.w.writeUrlSoon(edited, store);
    const next = await leaveThenOpen(opened);
    next.restoreUrlAfterReload(store, 'navigate');
    expect(page.writes).toEqual([]);
    expect(storage.size).toBe(0);
  });

  it('only an address the page had, and never another origin or path', async () => {
    page.w.writeUrlSoon(edited, store);
    const next = await leaveThenOpen('https://calc.example/?lang=zh');
    next.restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual([]);
    for (const to of ['https://elsewhere.example/', 'https://calc.example/other/?lang=zh']) {
      storage.set('apigw-calculator:url-for-reload', JSON.stringify({ from: [window.location.href], to }));
      next.restoreUrlAfterReload(store, 'reload');
    }
    storage.set('apigw-calculator:url-for-reload', '{not json');
    next.restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual([]);
  });

  it('another page of the tab, back from the back/forward cache at the same address, reloads as it is', async () => {
    // This page (an edited copy of the link) asks for an edit; the user goes back to an unedited copy.
    page.w.writeUrlSoon(edited, store);
    const next = await leaveThenOpen(opened);
    next.forgetUrlForReload(store); // the cached page's pageshow
    next.restoreUrlAfterReload(store, 'reload');
    expect(page.writes).toEqual([]);
  });

  it("a frame keeps nothing: its reload is the embedding page's", () => {
    const win = window as unknown as { self: unknown; top: unknown };
    win.self = win;
    win.top = {};
    page.w.writeUrlSoon(edited, store);
    expect(storage.size).toBe(0);
  });
});

describe('where storage is refused (a sandboxed frame)', () => {
  const page = inFakeWindow('https://calc.example/?lang=en');
  it('the page still starts and still writes its URL', () => {
    Object.defineProperty(window, 'sessionStorage', {
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    expect(() => page.w.restoreUrlAfterReload(undefined, 'reload')).not.toThrow();
    page.w.writeUrlSoon('https://calc.example/?lang=zh');
    expect(() => page.w.flushUrl()).not.toThrow();
    expect(page.writes).toEqual(['https://calc.example/?lang=zh']);
  });
});
