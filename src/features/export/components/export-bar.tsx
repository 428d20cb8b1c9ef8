/** Download the whole estimate on screen as CSV or JSON, or copy a summary for chat. */
import { useState } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { usePartner } from '../../../lib/partner.ts';
import { publicHref } from '../../../lib/public-url.ts';
import { priceWhole } from '../../../lib/quote/estimate-basis.ts';
import { estimateUrl, plainEstimateUrl } from '../../../lib/url-state.ts';
import { flushUrl } from '../../../lib/url-writer.ts';
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

/** The file's name: the calculator's, and the day. */
function fileName(ext: string): string {
  return `apigw-estimate-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

export function ExportBar({ catalogs }: { catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const api = useCalculatorApi();
  const partner = usePartner();
  const [status, setStatus] = useState('');

  /** The export of the estimate as it is now, in the page's language: the estimate on screen. */
  const context = async (): Promise<ExportContext | undefined> => {
    const doc = api.getState().estimate;
    const r = priceWhole(doc, catalogs, partner.markupPercent);
    if (!r.ok) {
      setStatus(t.exportInvalid);
      return undefined;
    }
    setStatus('');
    flushUrl();
    // The link a customer opens: the public calculator, never the embedded page.
    const href = publicHref(window.location.href);
    const link = await estimateUrl(href, doc, locale).catch(() => plainEstimateUrl(href, doc, locale));
    return { whole: r.whole, catalogs, partner, t, locale, link, exportedAt: new Date().toISOString() };
  };

  return (
    <div className="share-bar" data-testid="export">
      <button
        type="button"
        onClick={() =>
          void context().then((c) => {
            if (c) download(fileName('csv'), 'text/csv;charset=utf-8', estimateCsv(c));
          })
        }
      >
        {t.exportCsv}
      </button>
      <button
        type="button"
        onClick={() =>
          void context().then((c) => {
            if (c) download(fileName('json'), 'application/json', estimateJson(c));
          })
        }
      >
        {t.exportJson}
      </button>
      <button
        type="button"
        onClick={() =>
          void context().then((c) => {
            if (!c) return;
            return navigator.clipboard.writeText(summaryText(c, (a) => formatMoney(a, locale))).then(
              () => setStatus(t.summaryCopied),
              () => setStatus(t.copyFailed),
            );
          })
        }
      >
        {t.copySummary}
      </button>
      <span role="status" className="share-bar__status">
        {status}
      </span>
    </div>
  );
}
