/** How an item or an option is named briefly: vendor and kind, edition and billing, region. */
import { findEdition, findOffering, findRegion, type Catalogs } from '../engine/catalog.ts';
import type { Billing } from '../engine/ids.ts';
import { isDedicated, type OfferingId } from '../engine/offerings/registry.ts';
import type { Messages } from './i18n/en.ts';
import type { Locale } from './i18n/locale.ts';

export interface Product {
  offering: OfferingId;
  region: string;
  edition?: string;
  billing?: Billing;
  instances?: number | string;
}

/** "Tencent Cloud · pay per call · Guangzhou" or "Alibaba Cloud · dedicated · api.s1.small × 2 · yearly · Hangzhou". */
export function productText(catalogs: Catalogs, t: Messages, locale: Locale, p: Product): string {
  const found = findOffering(catalogs, p.offering);
  if (!found) return p.offering;
  const dedicated = isDedicated(p.offering);
  const parts = [found.catalog.name[locale], t.offeringKinds[dedicated ? 'dedicated' : 'shared']];
  const edition = findEdition(found.offering, p.edition);
  const instances = Number(p.instances ?? 1);
  if (edition) parts.push(`${edition.name[locale]}${instances > 1 ? ` × ${instances}` : ''}`);
  if (dedicated) parts.push(t.billingShort[p.billing ?? 'payg']);
  parts.push(findRegion(found.catalog, p.region)?.name[locale] ?? p.region);
  return parts.join(' · ');
}
