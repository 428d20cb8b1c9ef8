/** Printed with the quote only: the date, what was priced, and the link that reopens it. */
import { useEffect, useState } from 'react';
import { findEdition, findOffering, findRegion, type Catalogs } from '../../../engine/catalog.ts';
import { isDedicated, takesField, vendorOf } from '../../../engine/offerings/registry.ts';
import { fieldOr, type NumberText } from '../../../engine/scenario.ts';
import { formatExact, useLocale, useT, intlTag, type Locale } from '../../../lib/i18n/locale.ts';
import { flushUrl } from '../../../lib/url-writer.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { TOPOLOGY_LABELS } from '../topology-labels.ts';

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

/** A number as typed, grouped as the locale writes numbers when it is a plain decimal (else as typed). */
function number(value: NumberText, locale: Locale): string {
  return formatExact(String(value).trim(), locale);
}

/** A percentage as typed ("15" or "15%"), written once with its sign. */
function percent(value: NumberText, locale: Locale): string {
  return `${number(
    String(value)
      .trim()
      .replace(/\s*[%％]$/, ''),
    locale,
  )}%`;
}

const row = (label: string, value: string): [string, string] => [label, value];

function Summary({ catalogs, printed }: { catalogs: Catalogs; printed: Printed }) {
  const t = useT();
  const locale = useLocale();
  const inputs = useCalculator((s) => s.inputs);
  const found = findOffering(catalogs, inputs.offering);
  if (!found) return null;
  const region = findRegion(found.catalog, inputs.region);
  const edition = findEdition(found.offering, inputs.edition);
  const labels = TOPOLOGY_LABELS[vendorOf(inputs.offering)];
  const dedicated = isDedicated(inputs.offering);
  const billing = fieldOr(inputs, 'billing');
  const rows: [string, string][] = [
    row(t.offering, found.offering.name[locale]),
    row(t.region, region ? `${region.name[locale]}${t.aside(region.id)}` : inputs.region),
    ...(edition ? [row(t.edition, `${edition.name[locale]} × ${number(fieldOr(inputs, 'instances'), locale)}`)] : []),
    ...(dedicated
      ? [row(t.billing, `${t.billingModes[billing]}${billing === 'payg' ? ` · ${number(fieldOr(inputs, 'hours'), locale)} ${t.hoursUnit}` : ''}`)]
      : []),
    row(t.calls, number(fieldOr(inputs, 'callsPerMonth'), locale)),
    row(`${t.responseKB} / ${t.requestKB}`, `${number(fieldOr(inputs, 'responseKB'), locale)} / ${number(fieldOr(inputs, 'requestKB'), locale)} ${t.kb}`),
    ...(inputs.clientGB !== undefined ? [row(t.clientGB, `${number(inputs.clientGB, locale)} ${t.gb}`)] : []),
    ...(inputs.backendGB !== undefined ? [row(t.backendGB, `${number(inputs.backendGB, locale)} ${t.gb}`)] : []),
    row(t.client, labels.client[fieldOr(inputs, 'client')][locale]),
    row(t.backend, labels.backend[fieldOr(inputs, 'backend')][locale]),
    ...(inputs.firstYear === true ? [row(t.firstYear, '✓')] : []),
    ...(takesField(inputs.offering, 'bandwidthHours') && inputs.bandwidthHours !== undefined
      ? [row(t.bandwidthHours, `${number(inputs.bandwidthHours, locale)} ${t.hoursUnit}`)]
      : []),
    ...(inputs.discountPercent !== undefined ? [row(t.discount, percent(inputs.discountPercent, locale))] : []),
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
        {t.scenarioLink}
        {t.colon}
        {printed.href}
      </p>
    </section>
  );
}
