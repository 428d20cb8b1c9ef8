/** Copy the share link, print the quote. */
import { useState } from 'react';
import { useT } from '../../../lib/i18n/locale.ts';

type CopyState = 'idle' | 'copied' | 'failed';

export function ShareBar() {
  const t = useT();
  const [copy, setCopy] = useState<CopyState>('idle');
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
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
}
