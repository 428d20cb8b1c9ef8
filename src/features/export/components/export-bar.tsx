/** Download the estimate on screen as CSV or JSON, or copy a summary for chat. */
import { useState } from 'react';
import { findEdition, findOffering, findRegion, type Catalogs } from '../../../engine/catalog.ts';
import { quote } from '../../../engine/estimate.ts';
import { formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { usePartner } from '../../../lib/partner.ts';
import { publicHref } from '../../../lib/public-url.ts';
import { shareUrl } from '../../../lib/url-state.ts';
import { useCalculatorApi } from '../../../stores/calculator.ts';
import { estimateCsv, estimateJson, summaryText, type ExportContext } from '../export-data.ts';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportBar({ catalogs }: { catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const api = useCalculatorApi();
  const { markupPercent } = usePartner();
  const [status, setStatus] = useState('');

  /** The export of the inputs as they are now, in the page's language: the estimate on screen. */
  const context = (): ExportContext | undefined => {
    const inputs = api.getState().inputs;
    const r = quote(inputs, catalogs, { markupPercent });
    if (!r.ok) {
      setStatus(t.exportInvalid);
      return undefined;
    }
    setStatus('');
    const offering = findOffering(catalogs, r.scenario.offering)?.offering;
    return {
      estimate: r.estimate,
      scenario: inputs,
      t,
      locale,
      offering,
      link: shareUrl(publicHref(window.location.href), inputs, locale),
      exportedAt: new Date().toISOString(),
    };
  };
  const fileName = (ext: string) => `apigw-estimate-${api.getState().inputs.offering}-${new Date().toISOString().slice(0, 10)}.${ext}`;
  const title = (): string => {
    const s = api.getState().inputs;
    const found = findOffering(catalogs, s.offering);
    if (!found) return s.offering;
    const region = findRegion(found.catalog, s.region)?.name[locale];
    const edition = findEdition(found.offering, s.edition)?.name[locale];
    return [found.offering.name[locale], region, edition].filter(Boolean).join(' · ');
  };

  return (
    <div className="share-bar" data-testid="export">
      <button
        type="button"
        onClick={() => {
          const c = context();
          if (c) download(fileName('csv'), 'text/csv;charset=utf-8', estimateCsv(c));
        }}
      >
        {t.exportCsv}
      </button>
      <button
        type="button"
        onClick={() => {
          const c = context();
          if (c) download(fileName('json'), 'application/json', estimateJson(c));
        }}
      >
        {t.exportJson}
      </button>
      <button
        type="button"
        onClick={() => {
          const c = context();
          if (!c) return;
          navigator.clipboard.writeText(summaryText(c, title(), (a) => formatMoney(a, locale))).then(
            () => setStatus(t.summaryCopied),
            () => setStatus(t.copyFailed),
          );
        }}
      >
        {t.copySummary}
      </button>
      <span role="status" className="share-bar__status">
        {status}
      </span>
    </div>
  );
}
