/** Copy the estimate's link (the quote feature prints). */
import { memo, useState } from 'react';
import { useLocale, useT } from '../../../lib/i18n/locale.ts';
import { estimateUrl, plainEstimateUrl } from '../../../lib/url-state.ts';
import { flushUrl } from '../../../lib/url-writer.ts';
import { useCalculatorApi } from '../../../stores/calculator.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the link of the whole estimate (every item). While a field is invalid (`stale`), the address
 * bar's last valid link is the one copied.
 */
export const ShareBar = memo(function ShareBar({ stale }: { stale: boolean }) {
  const t = useT();
  const locale = useLocale();
  const api = useCalculatorApi();
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyLink = async () => {
    try {
      flushUrl();
      const href = window.location.href;
      const estimate = api.getState().estimate;
      // Without CompressionStream, the uncompressed link (it opens the same estimate).
      const link = stale ? href : await estimateUrl(href, estimate, locale).catch(() => plainEstimateUrl(href, estimate, locale));
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div className="share-bar">
      <button type="button" onClick={() => void copyLink()} data-testid="copy-link">
        {t.copyLink}
      </button>
      <span role="status" className="share-bar__status">
        {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
      </span>
    </div>
  );
});
