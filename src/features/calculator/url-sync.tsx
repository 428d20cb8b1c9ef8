/**
 * Keeps the page's URL on the estimate (the whole document, every item) and the language; opens the
 * link of a history entry on back/forward.
 */
import { useEffect, useRef, useState } from 'react';
import type { Catalogs } from '../../engine/catalog.ts';
import { useLocale, useT } from '../../lib/i18n/locale.ts';
import { estimateUrl, plainEstimateUrl, readLink } from '../../lib/url-state.ts';
import { dropPendingUrl, flushUrl, writeUrlAfterPaint, writeUrlSoon } from '../../lib/url-writer.ts';
import { useCalculator } from '../../stores/calculator.ts';
import { linkEstimate } from '../../stores/initial-estimate.ts';

/**
 * `scenarioOk`: the estimate prices (no field is invalid); while it does not, the last valid link stays.
 * `brokenLinkInputs`: set (to what the page opened with instead) when the page's link could not be
 * opened: that link stays in the address bar until the user changes something, so a reload shows the
 * same message and the link can still be inspected.
 *
 * The link is compressed asynchronously. So that a reload straight after a keystroke still opens what
 * was typed (url-writer.ts keeps every URL asked for), each change first asks for the uncompressed
 * link (`estimate=`, the same estimate), then for the compressed one (`e=`) as soon as it is made,
 * well before the address bar is written. Both are made once the keystroke's frame is painted (making
 * them cost it a millisecond or two); hiding or leaving the page makes the uncompressed one at once.
 */
export function UrlSync({ catalogs, scenarioOk, brokenLinkInputs }: { catalogs: Catalogs; scenarioOk: boolean; brokenLinkInputs: unknown }) {
  const estimate = useCalculator((s) => s.estimate);
  const loadEstimate = useCalculator((s) => s.loadEstimate);
  const locale = useLocale();
  const t = useT();
  const [opened] = useState(estimate);
  const keepBrokenLink = brokenLinkInputs !== undefined && estimate === opened;
  /** Counts requests for the URL: a compressed link or a history entry's estimate that arrives late is dropped. */
  const latest = useRef(0);

  useEffect(() => {
    if (!scenarioOk || keepBrokenLink) return;
    const request = ++latest.current;
    // Written once typing pauses (an invalid field in between keeps the last valid link pending).
    writeUrlAfterPaint((atOnce) => {
      const href = window.location.href;
      // Made at once, the page is being left (or its link copied or printed): the uncompressed link.
      if (!atOnce) {
        estimateUrl(href, estimate, locale).then(
          (url) => {
            if (latest.current === request) writeUrlSoon(url);
          },
          // No CompressionStream in this browser: the uncompressed link stands.
          () => undefined,
        );
      }
      return plainEstimateUrl(href, estimate, locale);
    });
  }, [estimate, locale, scenarioOk, keepBrokenLink]);

  useEffect(() => {
    // Leaving or hiding the page writes a pending URL at once, so a reload, back/forward or a
    // bookmark has it.
    const onHide = () => {
      if (document.visibilityState === 'hidden') flushUrl();
    };
    window.addEventListener('pagehide', flushUrl);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flushUrl);
      document.removeEventListener('visibilitychange', onHide);
      flushUrl();
    };
  }, []);

  useEffect(() => {
    const onPop = () => {
      // That history entry's own URL stands; its estimate replaces the one on screen, unless the user
      // changes something first.
      dropPendingUrl();
      const request = ++latest.current;
      void readLink(window.location.search).then((link) => {
        if (latest.current !== request) return;
        const read = linkEstimate(link, catalogs, t.itemLabel(1));
        if (read?.ok) loadEstimate(read.doc);
      });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [catalogs, loadEstimate, t]);
  return null;
}
