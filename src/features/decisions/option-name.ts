/** How an option is named to people, briefly: vendor and kind, edition, billing mode. */
import { findEdition, findOffering, type Catalogs } from '../../engine/catalog.ts';
import type { Billing } from '../../engine/ids.ts';
import type { OfferingId } from '../../engine/offerings/registry.ts';
import { isDedicated } from '../../engine/scenario.ts';
import type { Messages } from '../../lib/i18n/en.ts';
import type { Locale } from '../../lib/i18n/locale.ts';

export function optionName(
  catalogs: Catalogs,
  t: Messages,
  locale: Locale,
  o: { offering: OfferingId; edition?: string; billing?: Billing; instances?: number | string },
): string {
  const found = findOffering(catalogs, o.offering);
  if (!found) return o.offering;
  const edition = findEdition(found.offering, o.edition);
  const kind = t.offeringKinds[isDedicated(o.offering) ? 'dedicated' : 'shared'];
  const parts = [`${found.catalog.name[locale]} ${kind}`];
  if (edition) parts.push(`${edition.name[locale]}${o.instances !== undefined && Number(o.instances) > 1 ? ` × ${o.instances}` : ''}`);
  if (o.billing) parts.push(t.billingShort[o.billing]);
  return parts.join(' · ');
}
