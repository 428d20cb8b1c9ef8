/** Printed with the quote only: the date, what was priced, and the link that reopens it. */
import { useEffect, useState } from 'react';
import { findEdition, findOffering, findRegion, type Catalogs } from '../../../engine/catalog.ts';
import type { Billing, OfferingId } from '../../../engine/ids.ts';
import { formatDecimal, useLocale, useT, intlTag } from '../../../lib/i18n/locale.ts';
import { DEFAULT_HOURS } from '../../../engine/units.ts';
import { flushUrl } from '../../../lib/url-writer.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { TOPOLOGY_LABELS } from '../topology-labels.ts';
import { vendorOf, type BackendPlace, type ClientPlace } from '../../../engine/ids.ts';

interface Printed {
  date: string;
  href: string;
}

/**
 * Rendered only while printing (between beforeprint and afterprint), so it costs nothing while the
 * user types; the print stylesheet shows it.
 */
export function PrintSummary({ catalogs }: { catalogs: Catalogs }) {
  const locale = useLocale();
  const [printed, setPrinted] = useState<Printed>();
  useEffect(() => {
    const before = () => {
      flushUrl(); // the link printed is the scenario on screen, even straight after typing
      setPrinted({ date: new Date().toLocaleDateString(intlTag(locale)), href: window.location.href });
    };
    const after = () => setPrinted(undefined);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [locale]);
  return printed ? <Summary catalogs={catalogs} printed={printed} /> : null;
}

function Summary({ catalogs, printed }: { catalogs: Catalogs; printed: Printed }) {
  const t = useT();
  const locale = useLocale();
  const inputs = useCalculator((s) => s.inputs);
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
    ...(billing ? [[t.billing, `${t.billingModes[billing]}${billing === 'payg' ? ` · ${String(inputs.hours ?? DEFAULT_HOURS)} ${t.hoursUnit}` : ''}`] as [string, string]] : []),
    [t.calls, formatDecimal(String(inputs.callsPerMonth ?? 0), locale)],
    [`${t.responseKB} / ${t.requestKB}`, `${String(inputs.responseKB ?? 0)} / ${String(inputs.requestKB ?? 0)} ${t.kb}`],
    [t.client, labels.client[(inputs.client as ClientPlace | undefined) ?? 'internet'][locale]],
    [t.backend, labels.backend[(inputs.backend as BackendPlace | undefined) ?? 'private'][locale]],
    ...(inputs.firstYear === true ? [[t.firstYear, '✓'] as [string, string]] : []),
    ...(inputs.bandwidthHours !== undefined ? [[t.bandwidthHours, `${String(inputs.bandwidthHours)} ${t.hoursUnit}`] as [string, string]] : []),
    ...(inputs.discountPercent !== undefined ? [[t.discount, `${String(inputs.discountPercent)}%`] as [string, string]] : []),
  ];
  return (
    <section className="print-only print-summary" aria-hidden="true">
      <p>{t.printedOn(printed.date)}</p>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="link">
        {t.scenarioLink}: {printed.href}
      </p>
    </section>
  );
}
