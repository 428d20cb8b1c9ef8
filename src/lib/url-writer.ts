/**
 * Writes the page's URL with replaceState (typing adds no history entries) once typing pauses: a
 * same-document navigation costs the browser a few milliseconds on several threads, and done per
 * keystroke it competed with drawing the new total.
 *
 * A URL still pending when the page is left is written then. A reload's address, though, was fixed
 * when it was asked for, before the page hears of it, and the new page may even start before the old
 * one has finished leaving; so every URL is also kept in sessionStorage as soon as it is made (a
 * keystroke's, just after the keystroke's frame is painted), and restore-url.ts (imported first by
 * main.tsx) opens it on a reload, before anything reads the URL. This module imports nothing of the
 * app's but after-paint.ts (which imports nothing), so that can happen first.
 */
import { afterNextPaint } from './after-paint.ts';

export const URL_WRITE_DELAY_MS = 250;
const RELOAD_KEY = 'apigw-calculator:url-for-reload';

let pendingHref: string | null = null;
let pendingTimer: ReturnType<typeof setTimeout> | undefined;
/** A URL asked for but not made yet (writeUrlAfterPaint), and what makes it once the frame is painted. */
let pendingMake: ((atOnce: boolean) => string) | null = null;
let cancelMake: () => void = () => undefined;
/**
 * The address when the pending URL was first asked for. If it is another by the time the URL is
 * written, another script made a history entry meanwhile (an embedding page, the user's own): that
 * entry's URL stands, and the pending one is dropped.
 */
let askedAt: string | null = null;

/** The address without its fragment (following an in-page link makes no history entry of another script's). */
function address(): string {
  return window.location.href.split('#')[0]!;
}

function ask(): void {
  askedAt ??= address();
}
/**
 * Addresses this page has replaced, latest last: a reload set off from the address of the moment it
 * was asked for, and at most a write or two can land after that, so a few are enough.
 */
const replaced: string[] = [];
const REPLACED_KEPT = 4;

function replaceUrl(href: string): void {
  if (href === window.location.href) return;
  replaced.push(window.location.href);
  if (replaced.length > REPLACED_KEPT) replaced.shift();
  window.history.replaceState(window.history.state, '', href);
}

/**
 * Writes `href` once nothing else has been asked for URL_WRITE_DELAY_MS, and keeps it for a reload at
 * once (storage is synchronous and cheap; the page may be left at any moment).
 */
export function writeUrlSoon(href: string, storage?: Pick<Storage, 'setItem'>): void {
  ask();
  pendingHref = href;
  clearTimeout(pendingTimer);
  pendingTimer = setTimeout(flushUrl, URL_WRITE_DELAY_MS);
  keepForReload(href, storage);
}

/**
 * Asks for the URL `make` returns, made just after the next frame is painted and then written as
 * writeUrlSoon writes it: making a link (the estimate's JSON, base64url) and keeping it for a reload
 * cost a keystroke a millisecond or two before its paint. Anything that needs the URL sooner (leaving
 * or hiding the page, copying, printing: flushUrl) makes it at once, and then `make` is told so
 * (`atOnce`): it should start nothing that finishes later (the page may be on its way out, or into the
 * back/forward cache, where a write landing late would cut short the next history navigation). A
 * later call replaces an earlier one not yet made.
 */
export function writeUrlAfterPaint(make: (atOnce: boolean) => string): void {
  ask();
  pendingMake = make;
  cancelMake();
  cancelMake = afterNextPaint(() => makePending());
}

function makePending(atOnce = false): void {
  cancelMake();
  const make = pendingMake;
  pendingMake = null;
  if (make) writeUrlSoon(make(atOnce));
}

/**
 * Writes a pending URL now (making it first if it was asked for after the paint): the page is hidden
 * or left (its history entry keeps it for back/forward and bookmarks), or its link is about to be
 * copied or printed.
 */
export function flushUrl(): void {
  makePending(true);
  clearTimeout(pendingTimer);
  const href = pendingHref;
  const at = askedAt;
  pendingHref = null;
  askedAt = null;
  if (href && address() === at) replaceUrl(href);
}

/** Forgets a pending URL (the user went back or forward: that history entry's own URL stands). */
export function dropPendingUrl(): void {
  cancelMake();
  pendingMake = null;
  clearTimeout(pendingTimer);
  pendingHref = null;
  askedAt = null;
}

/**
 * Keeps `to` for a reload. A reload sets off from the address the page had when it was asked for:
 * the present one (`to` still pending) or, once `to` is written, the one it replaced; both are listed.
 */
function keepForReload(to: string, storage?: Pick<Storage, 'setItem'>): void {
  // A frame is the embedding page's: its reload opens the frame's own address, and two frames of one
  // page would share the entry.
  if (window.self !== window.top) return;
  try {
    (storage ?? window.sessionStorage).setItem(RELOAD_KEY, JSON.stringify({ from: [...replaced, window.location.href], to }));
  } catch {
    // Storage may be refused (privacy settings, a sandboxed frame): the history entry is written.
  }
}

/**
 * At start-up, before the URL is read: a reload of an address the last page of this tab had opens
 * the last address it asked for. Only a reload, only those addresses, only the same origin and path.
 * (The last page: each page that starts or comes back from the back/forward cache clears the entry.)
 */
export function restoreUrlAfterReload(storage?: Pick<Storage, 'getItem' | 'removeItem'>, navigationType = currentNavigationType()): void {
  let saved: string | null;
  try {
    // Even reading window.sessionStorage throws where storage is refused (e.g. a sandboxed frame).
    const s = storage ?? window.sessionStorage;
    saved = s.getItem(RELOAD_KEY);
    s.removeItem(RELOAD_KEY);
  } catch {
    return;
  }
  if (!saved || navigationType !== 'reload') return;
  try {
    const { from, to } = JSON.parse(saved) as { from?: unknown; to?: unknown };
    if (!Array.isArray(from) || !from.includes(window.location.href) || typeof to !== 'string') return;
    const target = new URL(to);
    if (target.origin !== window.location.origin || target.pathname !== window.location.pathname) return;
    replaceUrl(to);
  } catch {
    // Not ours, or not a URL: the page opens the address as it is.
  }
}

/**
 * A page shown again from the back/forward cache takes over the tab: what another page of it kept
 * for a reload is not this page's (the two may share an address).
 */
export function forgetUrlForReload(storage?: Pick<Storage, 'removeItem'>): void {
  try {
    (storage ?? window.sessionStorage).removeItem(RELOAD_KEY);
  } catch {
    // Nothing was kept where storage is refused.
  }
}

function currentNavigationType(): string | undefined {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type;
}
