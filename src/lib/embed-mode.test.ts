import { describe, expect, it } from 'vitest';
import { embedMode, parseAccent } from './embed-mode.ts';

describe('embed mode', () => {
  it('takes an accent only as a hex colour', () => {
    expect(parseAccent('1d4ed8')).toBe('#1d4ed8');
    expect(parseAccent('#abc')).toBe('#abc');
    expect(parseAccent('red;background:url(x)')).toBeUndefined();
  });

  it('reads embed, theme and accent from the URL', () => {
    expect(embedMode('?embed=1&theme=dark&accent=0f766e')).toEqual({ embedded: true, theme: 'dark', accent: '#0f766e' });
    expect(embedMode('?theme=neon')).toEqual({ embedded: false, theme: 'light' });
  });
});
