/** Copy the estimate's link, and see it (the quote feature prints). */
import { memo, startTransition, useEffect, useRef, useState } from 'react';
import { useLocale, useT } from '../../../lib/i18n/locale.ts';
import { publicHref } from '../../../lib/public-url.ts';
import { estimateUrl, plainEstimateUrl } from '../../../lib/url-state.ts';
import { flushUrl } from '../../../lib/url-writer.ts';
import { useCalculatorApi } from '../../../stores/calculator.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long typing must pause before the shown link follows. */
const LINK_SETTLE_MS = 300;

/**
 * The link of the whole estimate (every item), on the public calculator (lib/public-url.ts: never
 * embed mode's address or parameters), shown in a read-only field and copied by the button. Where the
 * browser refuses the clipboard (an iframe without `allow="clipboard-write"`), the field is selected
 * and a neutral message says to copy it. While a field is invalid (`stale`), the address's last valid
 * link is the one shown. The field follows once typing pauses (making the link costs a keystroke's
 * frame); the button always copies the link of the estimate as it stands.
 */
export const ShareBar = memo(function ShareBar({ stale }: { stale: boolean }) {
  const t = useT();
  const locale = useLocale();
  const api = useCalculatorApi();
  // The estimate once typing pauses. Heard from the store, not rendered from it: a keystroke does not
  // render the bar (an input's every render rewrites its attributes, which costs the keystroke's frame).
  const [estimate, setEstimate] = useState(() => api.getState().estimate);
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [link, setLink] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = api.subscribe((s, before) => {
      if (s.estimate === before.estimate) return;
      // A change makes "copied" old news (a state already idle is not set again).
      setCopy('idle');
      clearTimeout(timer);
      timer = setTimeout(() => startTransition(() => setEstimate(api.getState().estimate)), LINK_SETTLE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [api]);
  // The link as the estimate stands: uncompressed at once, then compressed (without CompressionStream, the uncompressed one).
  useEffect(() => {
    let live = true;
    if (stale) {
      setLink(publicHref(window.location.href));
      return;
    }
    const href = publicHref(window.location.href);
    setLink(plainEstimateUrl(href, estimate, locale));
    estimateUrl(href, estimate, locale).then(
      (compressed) => live && setLink(compressed),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [estimate, locale, stale]);

  const copyLink = async () => {
    flushUrl();
    const href = publicHref(window.location.href);
    const current = api.getState().estimate;
    const now = stale ? href : await estimateUrl(href, current, locale).catch(() => plainEstimateUrl(href, current, locale));
    setLink(now);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(now);
      setCopy('copied');
    } catch {
      setCopy('failed');
      // The link, selected, for the user to copy: the field is on the page, unlike an iframe's address bar.
      requestAnimationFrame(() => {
        field.current?.focus();
        field.current?.select();
      });
    }
  };
  return (
    <div className="share-bar">
      <button type="button" onClick={() => void copyLink()} data-testid="copy-link">
        {t.copyLink}
      </button>
      <span role="status" className={`share-bar__status${copy === 'failed' ? ' share-bar__status--neutral' : ''}`} data-testid="copy-status" data-state={copy}>
        {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
      </span>
      <label className="share-url">
        <span>{t.shareUrl}</span>
        <input ref={field} type="text" readOnly value={link} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
      </label>
    </div>
  );
});
