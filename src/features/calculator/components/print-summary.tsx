/** Printed with the quote only: the date, what was priced, and the link that reopens it. */
import { useEffect, useState } from 'react';
import { findEdition, findOffering, findRegion, type Catalogs } from '../../../engine/catalog.ts';
import type { Billing, OfferingId } from '../../../engine/ids.ts';
import { formatDecimal, useLocale, useT, intlTag } from '../../../lib/i18n/locale.ts';
import { useCalculator } from '../store.ts';
import { TOPOLOGY_LABELS } from '../topology-labels.ts';
import { vendorOf, type BackendPlace, type ClientPlace } from '../../../engine/ids.ts';

export function PrintSummary({ catalogs }: { catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const inputs = useCalculator((s) => s.inputs);
  // The date and the link as of printing, taken when the browser is about to print.
  const [printed, setPrinted] = useState<{ date: string; href: string }>();
  useEffect(() => {
    const before = () => setPrinted({ date: new Date().toLocaleDateString(intlTag(locale)), href: window.location.href });
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [locale]);
  const found = findOffering(catalogs, inputs.offering as OfferingId);
  if (!found) return null;
  const region = findRegion(found.catalog, String(inputs.region));
  const edition = findEdition(found.offering, typeof inputs.edition === 'string' ? inputs.edition : undefined);
  const labels = TOPOLOGY_LABELS[vendorOf(found.offering.id)];
  const billing = inputs.billing as Billing | undefined;
  const rows: [string, string][] = [
    [t.offering, found.offering.name[locale]],
    [t.region, region ? `${region.name[locale]} (${region.id})` : String(inputs.region)],
    ...(edition ? [[t.edition, `${edition.name[locale]} × ${String(inputs.instances ?? 1)}`] as [string, string]] : []),
    ...(billing ? [[t.billing, `${t.billingModes[billing]}${billing === 'payg' ? ` · ${String(inputs.hours ?? 730)} ${t.hoursUnit}` : ''}`] as [string, string]] : []),
    [t.calls, formatDecimal(String(inputs.callsPerMonth ?? 0), locale)],
    [`${t.responseKB} / ${t.requestKB}`, `${String(inputs.responseKB ?? 0)} / ${String(inputs.requestKB ?? 0)} ${t.kb}`],
    [t.client, labels.client[(inputs.client as ClientPlace | undefined) ?? 'internet'][locale]],
    [t.backend, labels.backend[(inputs.backend as BackendPlace | undefined) ?? 'private'][locale]],
    ...(inputs.discountPercent !== undefined ? [[t.discount, `${String(inputs.discountPercent)}%`] as [string, string]] : []),
  ];
  return (
    <section className="print-only print-summary" aria-hidden="true">
      {printed && <p>{t.printedOn(printed.date)}</p>}
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {printed && (
        <p className="link">
          {t.scenarioLink}: {printed.href}
        </p>
      )}
    </section>
  );
}
