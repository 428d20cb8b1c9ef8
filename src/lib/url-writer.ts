/**
 * Writes the page's URL with replaceState (typing adds no history entries) once typing pauses: a
 * same-document navigation costs the browser a few milliseconds on several threads, and done per
 * keystroke it competed with drawing the new total.
 *
 * A URL still pending when the page is left is written then, and also kept in sessionStorage for a
 * reload, whose address the browser fixed before the page heard of it; main.tsx puts it back before
 * anything reads the URL. This module imports nothing of the app's, so that can happen first.
 */

export const URL_WRITE_DELAY_MS = 250;
const RELOAD_KEY = 'apigw-calculator:url-for-reload';

let pendingHref: (() => string) | null = null;
let pendingTimer: ReturnType<typeof setTimeout> | undefined;

export function replaceUrl(href: string): void {
  if (href !== window.location.href) window.history.replaceState(window.history.state, '', href);
}

/** Writes the URL `href()` names once nothing else has been asked for URL_WRITE_DELAY_MS. */
export function writeUrlSoon(href: () => string): void {
  pendingHref = href;
  clearTimeout(pendingTimer);
  pendingTimer = setTimeout(flushUrl, URL_WRITE_DELAY_MS);
}

/** Writes a pending URL now (the page is hidden, or its link is about to be copied or printed). */
export function flushUrl(): void {
  clearTimeout(pendingTimer);
  const href = pendingHref;
  pendingHref = null;
  if (href) replaceUrl(href());
}

/** Forgets a pending URL (the user went back or forward: that history entry's own URL stands). */
export function dropPendingUrl(): void {
  clearTimeout(pendingTimer);
  pendingHref = null;
}

/** For `pagehide`: writes a pending URL, and keeps it for the reload that may be under way. */
export function flushUrlOnLeave(storage?: Pick<Storage, 'setItem'>): void {
  if (!pendingHref) return;
  const from = window.location.href;
  flushUrl();
  if (window.location.href === from) return;
  try {
    (storage ?? window.sessionStorage).setItem(RELOAD_KEY, JSON.stringify({ from, to: window.location.href }));
  } catch {
    // Storage may be refused (privacy settings, a sandboxed frame): the history entry is written.
  }
}

/**
 * At start-up, before the URL is read: a reload of the address the page had when it was left with
 * a URL pending opens the pending one instead. Only a reload, and only the same address and origin.
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
    if (typeof from !== 'string' || typeof to !== 'string' || from !== window.location.href) return;
    if (new URL(to).origin !== window.location.origin) return;
    replaceUrl(to);
  } catch {
    // Not ours, or not a URL: the page opens the address as it is.
  }
}

function currentNavigationType(): string | undefined {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type;
}
