import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { OFFERINGS } from './src/engine/offerings/registry.ts';
import { validatePartnerConfig, type PartnerConfig } from './src/lib/partner.ts';

/**
 * A partner deployment's fixed options (docs/embedding.md): the JSON file named by VITE_PARTNER_CONFIG,
 * else partner.config.json at the root if there is one. Checked here: a bad file stops the build.
 */
function partnerConfig(file: string | undefined): PartnerConfig | null {
  const path = resolve(process.cwd(), file || 'partner.config.json');
  if (!existsSync(path)) {
    if (file) throw new Error(`VITE_PARTNER_CONFIG: ${path} does not exist`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not JSON (${(e as Error).message})`, { cause: e });
  }
  const r = validatePartnerConfig(json, OFFERINGS);
  if (!r.ok) throw new Error(`${path}: invalid partner configuration:\n  ${r.errors.join('\n  ')}`);
  return r.config;
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // Origins allowed to embed the calculator (comma-separated), fixed at build time.
  const allowlist = env.VITE_EMBED_ALLOWED_ORIGINS;
  return {
    plugins: [react(), cspPlugin(allowlist)],
    define: { PARTNER_BUILD_CONFIG: JSON.stringify(partnerConfig(env.VITE_PARTNER_CONFIG)) },
    // Relative base: the built site works from any path, including inside a partner's iframe.
    base: './',
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
      environment: 'node',
      // Property tests run hundreds of exact pricings; a slow or busy machine must not fail them on time.
      testTimeout: 30_000,
    },
  };
});
