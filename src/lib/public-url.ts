/**
 * The address a shared link points at: the public calculator, never the embedded page. Set at build
 * time with VITE_PUBLIC_URL (a partner deployment names its own site); without it, the page's own
 * address without its query. Embed mode's parameters (`embed`, `parentOrigin`, `theme`, `accent`)
 * are dropped; the partner's options (`markup`, `partner`, `vendors`, `offerings`) are kept, so the
 * customer who opens the link sees the partner's prices and offer (docs/embedding.md).
 */

/** Parameters that only make sense inside a partner's iframe. */
export const EMBED_ONLY_PARAMS = ['embed', 'parentOrigin', 'theme', 'accent'] as const;

/** The public calculator's address fixed at build time, if any (an absolute http(s) URL). */
export function configuredPublicUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

const PUBLIC_URL = configuredPublicUrl(import.meta.env.VITE_PUBLIC_URL as string | undefined);

/**
 * `href` (a page address with its query) moved to the public calculator: the public address (or the
 * page's own, without query or fragment) with the query's parameters but embed mode's.
 */
export function publicHref(href: string, base: string | undefined = PUBLIC_URL): string {
  const from = new URL(href);
  const to = new URL(base ?? `${from.origin}${from.pathname}`);
  to.search = '';
  to.hash = '';
  for (const [k, v] of from.searchParams) if (!(EMBED_ONLY_PARAMS as readonly string[]).includes(k)) to.searchParams.append(k, v);
  return to.toString();
}
