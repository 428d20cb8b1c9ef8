/**
 * Embed mode (`?embed=1`): the calculator alone, for a partner's iframe; `theme=light|dark` and an
 * `accent` hex colour from the URL. Read once when the page opens.
 */
/** An accent colour from the URL, only as a hex colour ("1d4ed8" or "#1d4ed8"). */
export function parseAccent(value: string | null): string | undefined {
  if (!value) return undefined;
  const m = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(value.trim());
  return m ? `#${m[1]}` : undefined;
}

export interface EmbedMode {
  embedded: boolean;
  theme: 'light' | 'dark';
  accent?: string;
}

export function embedMode(search: string): EmbedMode {
  const p = new URLSearchParams(search);
  const accent = parseAccent(p.get('accent'));
  return { embedded: p.get('embed') === '1', theme: p.get('theme') === 'dark' ? 'dark' : 'light', ...(accent && { accent }) };
}

/** Applies the theme and accent to the document (through the CSS object model: no inline HTML). */
export function applyEmbedMode(mode: EmbedMode): void {
  const root = document.documentElement;
  root.dataset.theme = mode.theme;
  if (mode.embedded) root.dataset.embed = '1';
  if (mode.accent) {
    root.style.setProperty('--accent', mode.accent);
    root.style.setProperty('--accent-soft', `color-mix(in srgb, ${mode.accent} 14%, transparent)`);
  }
}
