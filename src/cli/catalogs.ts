/** Reads the vendors' price catalogs from public/catalogs on disk, as the page loads them over HTTP. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogs } from '../engine/catalog.ts';
import { parseCatalog } from '../engine/offerings/registry.ts';
import { VENDORS } from '../engine/ids.ts';

export const CATALOG_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'catalogs');

/** Every vendor's catalog, validated; throws an InputError naming the file and the bad path. */
export function loadCatalogs(dir = CATALOG_DIR): Catalogs {
  const catalogs: Catalogs = {};
  for (const vendor of VENDORS) {
    const file = join(dir, `${vendor}.json`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
    }
    catalogs[vendor] = parseCatalog(json, file);
  }
  return catalogs;
}
