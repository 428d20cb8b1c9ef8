import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/csp-plugin.ts';

export default defineConfig(({ mode }) => {
  // Origins allowed to embed the calculator (comma-separated), fixed at build time.
  const allowlist = loadEnv(mode, process.cwd(), 'VITE_').VITE_EMBED_ALLOWED_ORIGINS;
  return {
    plugins: [react(), cspPlugin(allowlist)],
    // Relative base: the built site works from any path, including inside a partner's iframe.
    base: './',
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
      environment: 'node',
    },
  };
});
