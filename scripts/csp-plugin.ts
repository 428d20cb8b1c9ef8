/**
 * The built site's security policy. A strict Content-Security-Policy goes into index.html as a meta
 * tag (no inline scripts or styles are needed: React and recharts set styles through the CSS object
 * model), and `dist/_headers` lists the headers a host should send, including `frame-ancestors`,
 * which only a header can carry: the origins of VITE_EMBED_ALLOWED_ORIGINS, or any site when unset.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

export function frameAncestors(allowlist: string | undefined): string {
  const origins = (allowlist ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return `frame-ancestors ${origins.length > 0 ? ["'self'", ...origins].join(' ') : '*'}`;
}

export function securityHeaders(allowlist: string | undefined): string {
  return [
    '/*',
    `  Content-Security-Policy: ${[...CSP_DIRECTIVES, frameAncestors(allowlist)].join('; ')}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}

export function cspPlugin(allowlist: string | undefined): Plugin {
  return {
    name: 'apigw-calc-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_DIRECTIVES.join('; ') }, injectTo: 'head-prepend' }],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: securityHeaders(allowlist) });
    },
  };
}
