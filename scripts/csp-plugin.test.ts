import { describe, expect, it } from 'vitest';
import { frameAncestors, securityHeaders } from './csp-plugin.ts';

describe('hosting headers', () => {
  it('let any site embed the calculator unless the build names the allowed origins', () => {
    expect(frameAncestors(undefined)).toBe('frame-ancestors *');
    expect(frameAncestors('https://a.example, https://b.example')).toBe("frame-ancestors 'self' https://a.example https://b.example");
  });

  it('send a strict policy without inline scripts or styles', () => {
    const headers = securityHeaders('https://a.example');
    expect(headers).toContain("script-src 'self'; style-src 'self'");
    expect(headers).not.toContain('unsafe-inline');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});
