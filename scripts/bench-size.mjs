#!/usr/bin/env node
// `npm run bench:size`: the JavaScript a first visit loads, gzipped, from the production build, in
// the order the page needs it:
//
//   first paint   the entry chunk, its static imports and the opening language's messages: all the
//                 page loads before it shows its header and the loading state (budget 100 KB);
//   first total   plus the calculator chunk and the engine (its static imports, and the catalog
//                 parser the catalog queries import): all before the first total is on screen;
//   later         the rest: the other language, saved estimates, the embed bridge, the charts.
//
// Builds with a manifest (`vite build --manifest`) and follows it, so the figures follow the code's
// own import graph. `--no-build` reads an existing build with a manifest.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './ensure-chromium.mjs';

const FIRST_PAINT_BUDGET_KB = 100;
const dist = path.join(repoRoot, 'dist');
const manifestPath = path.join(dist, '.vite', 'manifest.json');
if (!process.argv.includes('--no-build') || !existsSync(manifestPath)) {
  execSync('npx vite build --manifest', { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}
/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

/** A chunk's key and every chunk it imports statically, transitively. */
function withStaticImports(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const k of manifest[key]?.imports ?? []) visit(k);
  };
  keys.forEach(visit);
  return seen;
}
const keyOf = (suffix) => {
  const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
  if (!key) throw new Error(`bench:size: no chunk for ${suffix} in the build's manifest`);
  return key;
};

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const shell = withStaticImports([entry]);
const stages = [];
for (const lang of ['zh', 'en']) {
  const paint = new Set([...shell, ...withStaticImports([keyOf(`i18n/${lang}.ts`)])]);
  const total = new Set([...paint, ...withStaticImports([keyOf('app/calculator-page.tsx'), keyOf('engine/offerings/registry.ts')])]);
  stages.push({ lang, paint, total });
}
const size = (keys) => [...keys].reduce((sum, k) => sum + gz(manifest[k].file), 0);
const css = [...shell].flatMap((k) => manifest[k].css ?? []);

console.log('chunks (gzipped):');
const all = new Set(Object.keys(manifest).filter((k) => manifest[k].file.endsWith('.js')));
for (const key of all) {
  const where = shell.has(key) ? 'entry' : stages.some((s) => s.paint.has(key)) ? 'language' : stages.some((s) => s.total.has(key)) ? 'before total' : 'later';
  console.log(`  ${manifest[key].file.padEnd(42)} ${kb(gz(manifest[key].file)).padStart(7)} KB  ${where}`);
}
for (const file of css) console.log(`  ${file.padEnd(42)} ${kb(gz(file)).padStart(7)} KB  entry CSS`);
console.log('');
for (const { lang, paint, total } of stages) {
  console.log(`${lang}: first paint ${kb(size(paint))} KB, first total ${kb(size(total))} KB of JavaScript, gzipped`);
}
const worst = Math.max(...stages.map((s) => size(s.paint)));
console.log(`\nfirst-visit JavaScript (before the first paint, the larger language): ${kb(worst)} KB gzipped (budget ${FIRST_PAINT_BUDGET_KB} KB)`);
if (process.argv.includes('--check') && worst > FIRST_PAINT_BUDGET_KB * 1024) process.exit(1);
