/**
 * The estimate's totals, large: this month, the first 12 months and 36 months of cash, and what is paid
 * upfront. It stays in view (sticky) while the form is filled in, so every keystroke's effect is seen.
 */
import { memo, type ReactNode } from 'react';
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
      <TermFigure label={t.builder.first12Months} amount={o.first12} testId="total-12m" bound={bound} pending={termPending} />
      <TermFigure label={t.builder.first36Months} amount={o.first36} testId="total-36m" bound={bound} pending={termPending} minor />
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

/** One of the term's totals (12 or 36 months): dimmed while it is an earlier keystroke's. */
function TermFigure({
  label,
  amount,
  testId,
  bound,
  pending,
  minor = false,
}: {
  label: string;
  amount: string;
  testId: string;
  bound: ReactNode;
  pending: boolean;
  minor?: boolean;
}) {
  const locale = useLocale();
  return (
    <div className={`totals__figure${minor ? ' totals__figure--minor' : ''}${pending ? ' totals__figure--pending' : ''}`} aria-busy={pending || undefined}>
      <span className="totals__label">{label}</span>
      <span className="totals__value">
        {bound}
        <span data-testid={testId} data-value={amount}>
          {formatMoney(amount, locale)}
        </span>
      </span>
    </div>
  );
}
