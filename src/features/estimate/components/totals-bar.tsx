/**
 * The estimate's totals, large: this month, the first 12 months and 36 months of cash, and what is paid
 * upfront. It stays in view (sticky) while the form is filled in, so every keystroke's effect is seen.
 */
import { memo } from 'react';
import { formatDecimal, formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { usePartner } from '../../../lib/partner.ts';
import type { EstimateFigures } from '../figures.ts';

/**
 * `stale`: the figures are the last valid ones; `'field'` when a field of the form is to be corrected
 * (it is highlighted), `'estimate'` when the estimate's own problem is (listed with the items).
 */
export const TotalsBar = memo(function TotalsBar({
  figures,
  stale,
  termPending = false,
}: {
  figures: EstimateFigures | undefined;
  stale: false | 'field' | 'estimate';
  /** The 12- and 36-month figures are an earlier keystroke's, about to follow (shown dimmed). */
  termPending?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const { markupPercent } = usePartner();
  if (!figures) return null;
  const o = figures.output;
  const bound = !o.complete && <span className="totals__bound">{t.atLeast} </span>;
  return (
    <section className={`totals${stale ? ' totals--stale' : ''}`} aria-labelledby="totals-heading" data-testid="totals">
      <h2 id="totals-heading" className="visually-hidden">
        {t.builder.totalsHeading}
      </h2>
      <div className="totals__figure totals__figure--main">
        <span className="totals__label">{t.builder.thisMonth}</span>
        <span className="totals__value" aria-live="polite" aria-atomic="true">
          {bound}
          <span data-testid="total" data-value={o.monthly} data-complete={String(o.complete)}>
            {formatMoney(o.monthly, locale)}
          </span>
        </span>
      </div>
      <div className={`totals__figure${termPending ? ' totals__figure--pending' : ''}`} aria-busy={termPending || undefined}>
        <span className="totals__label">{t.builder.first12Months}</span>
        <span className="totals__value">
          {bound}
          <span data-testid="total-12m" data-value={o.first12}>
            {formatMoney(o.first12, locale)}
          </span>
        </span>
      </div>
      <div className={`totals__figure totals__figure--minor${termPending ? ' totals__figure--pending' : ''}`} aria-busy={termPending || undefined}>
        <span className="totals__label">{t.builder.first36Months}</span>
        <span className="totals__value">
          {bound}
          <span data-testid="total-36m" data-value={o.first36}>
            {formatMoney(o.first36, locale)}
          </span>
        </span>
      </div>
      {o.upfront !== '0.00' && (
        <div className="totals__figure totals__figure--minor">
          <span className="totals__label">{t.builder.upfrontNow}</span>
          <span className="totals__value">
            <span data-testid="upfront" data-value={o.upfront}>
              {formatMoney(o.upfront, locale)}
            </span>
          </span>
        </div>
      )}
      {markupPercent !== '0' && (
        <p className="totals__margin" data-testid="totals-margin">
          {t.partner.margin(formatDecimal(markupPercent, locale, 4))}
        </p>
      )}
      {stale && (
        <p className="totals__stale" data-testid="stale" role="status">
          {stale === 'field' ? t.staleResult : t.builder.staleEstimate}
        </p>
      )}
    </section>
  );
});
