#!/usr/bin/env node
// `npm run bench:size`: the JavaScript and CSS a first visit loads, gzipped, from the production build.
// Reads dist/index.html (run `npm run build` first, or pass --build), follows its module script and
// modulepreload links, and reports each file and the total against the 150 KB budget. Chunks loaded
// later (lazy imports) are listed apart.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './ensure-chromium.mjs';

const BUDGET_KB = 150;
const dist = path.join(repoRoot, 'dist');
if (process.argv.includes('--build') || !existsSync(path.join(dist, 'index.html'))) {
  execSync('npx vite build', { cwd: repoRoot, stdio: 'inherit' });
}
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const firstVisit = new Set([...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href)="\.?\/?([^"]+)"/g)].map((m) => m[1]));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

let jsTotal = 0;
console.log('first visit:');
for (const file of firstVisit) {
  const size = gz(file);
  if (file.endsWith('.js')) jsTotal += size;
  console.log(`  ${file.padEnd(40)} ${kb(size).padStart(7)} KB gzipped`);
}
const later = readdirSync(path.join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => f.endsWith('.js') && !firstVisit.has(f));
if (later.length > 0) {
  console.log('loaded later (lazy chunks):');
  for (const file of later) console.log(`  ${file.padEnd(40)} ${kb(gz(file)).padStart(7)} KB gzipped`);
}
console.log(`\nfirst-visit JavaScript: ${kb(jsTotal)} KB gzipped (budget ${BUDGET_KB} KB)`);
