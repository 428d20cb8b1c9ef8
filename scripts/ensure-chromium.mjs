#!/usr/bin/env node
// Finds (and if need be installs) the Chromium the Playwright tests run in.
//
// Order:
//   1. $CHROMIUM_PATH, if set (must be an executable file).
//   2. A system Chromium: /usr/bin/chromium or /usr/bin/chromium-browser.
//      Debian's /usr/bin/chromium is a shell launcher that injects extension/GPU
//      flags; when the real binary next to it exists we launch that instead.
//   3. Root on Debian/Ubuntu with apt-get: install `chromium fonts-noto-cjk`,
//      then look again.
//   4. Otherwise Playwright's own browser (`playwright install chromium`).
//
// ensureChromium() returns the executable path, or '' meaning "use Playwright's
// own browser". Run directly it does the same and prints the result:
//   node scripts/ensure-chromium.mjs
// Only node built-ins are used, so it works before `npm ci` (the Playwright
// fallback then is left to scripts/run-e2e.mjs, which runs after it).

import { spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
// Real binaries behind the distribution launcher scripts.
const REAL_BINARIES = ['/usr/lib/chromium/chromium', '/usr/lib/chromium-browser/chromium-browser'];
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];

const log = (msg) => console.log(`[chromium] ${msg}`);

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isShellScript(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(2);
    readSync(fd, buf, 0, 2, 0);
    return buf.toString('latin1') === '#!';
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A usable system Chromium, or null. Throws if $CHROMIUM_PATH is set but unusable. */
export function findSystemChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutableFile(fromEnv)) {
      throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
    }
    return { path: fromEnv, via: 'CHROMIUM_PATH' };
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    if (!isExecutableFile(candidate)) continue;
    if (isShellScript(candidate)) {
      const real = REAL_BINARIES.find(isExecutableFile);
      if (real) return { path: real, via: `${candidate} launcher` };
      // A launcher we do not know the binary behind (e.g. Ubuntu's snap stub):
      // only trust it if it answers --version.
      const probe = spawnSync(candidate, ['--version'], { stdio: 'ignore', timeout: 20_000 });
      if (probe.status !== 0) continue;
    }
    return { path: candidate, via: 'system package' };
  }
  return null;
}

function isDebianLike() {
  if (process.platform !== 'linux') return false;
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function canUseApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebianLike()) return false;
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function run(cmd, args, env = process.env) {
  log(`$ ${[cmd, ...args].join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (res.error) log(`could not run ${cmd}: ${res.error.message}`);
  return res.status === 0;
}

function aptInstall() {
  log(`no Chromium found; installing ${APT_PACKAGES.join(' ')} with apt-get (running as root on Debian/Ubuntu)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', ...APT_PACKAGES], env);
}

/** Path of the local Playwright CLI, or null before `npm ci`. */
export function playwrightCli() {
  try {
    return createRequire(path.join(repoRoot, 'package.json')).resolve('@playwright/test/cli');
  } catch {
    return null;
  }
}

function playwrightInstall() {
  const cli = playwrightCli();
  if (!cli) {
    log('@playwright/test is not installed yet; run `npm ci` first (scripts/run-e2e.mjs will install the browser)');
    return false;
  }
  log("no system Chromium; using Playwright's own browser");
  return run(process.execPath, [cli, 'install', 'chromium']);
}

/**
 * @param {{ allowPlaywrightDownload?: boolean }} [options]
 * @returns {string} executable path, or '' for Playwright's own Chromium
 */
export function ensureChromium({ allowPlaywrightDownload = true } = {}) {
  let found = findSystemChromium();
  if (!found && canUseApt()) {
    if (aptInstall()) {
      found = findSystemChromium();
      if (!found) log('apt-get finished but no usable Chromium appeared');
    } else {
      log('apt-get install failed');
    }
  }
  if (found) {
    log(`using ${found.path} (${found.via})`);
    return found.path;
  }
  if (!allowPlaywrightDownload) return '';
  if (!playwrightInstall()) {
    throw new Error('no Chromium available: set CHROMIUM_PATH, install chromium, or run `npx playwright install chromium`');
  }
  return '';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    // Before `npm ci` Playwright is missing: do the system part and leave the rest to run-e2e.
    const chosen = ensureChromium({ allowPlaywrightDownload: playwrightCli() !== null });
    if (!chosen && !playwrightCli()) {
      log("will fall back to Playwright's own browser once dependencies are installed");
    }
  } catch (err) {
    console.error(`[chromium] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
