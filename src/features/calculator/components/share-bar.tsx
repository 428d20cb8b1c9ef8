/** Copy the share link, print the quote. */
import { memo, useState } from 'react';
import { useLocale } from '../../../lib/i18n/locale.ts';
import { shareUrl } from '../../../lib/url-state.ts';
import { flushUrl } from '../../../lib/url-writer.ts';
import { useCalculatorApi } from '../../../stores/calculator.ts';
import { useT } from '../../../lib/i18n/locale.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** While a field is invalid (`stale`), the address bar's last valid link is the one copied. */
export const ShareBar = memo(function ShareBar({ stale }: { stale: boolean }) {
  const t = useT();
  const locale = useLocale();
  const api = useCalculatorApi();
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyLink = async () => {
    try {
      flushUrl();
      const link = stale ? window.location.href : shareUrl(window.location.href, api.getState().inputs, locale);
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
      <button type="button" onClick={() => window.print()}>
        {t.print}
      </button>
      <span role="status" className="share-bar__status">
        {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
      </span>
    </div>
  );
});
