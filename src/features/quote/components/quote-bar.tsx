/**
 * The quote's inputs on screen (customer and project, kept in the estimate; who prepared it, kept in
 * this browser), a preview of the quote, and printing it. None of it is printed.
 */
import { flushSync } from 'react-dom';
import { memo, useEffect, useId } from 'react';
import type { FieldError } from '../../../engine/issues.ts';
import { publicHref } from '../../../lib/public-url.ts';
import { useLocale, useT } from '../../../lib/i18n/locale.ts';
import { usePartner } from '../../../lib/partner.ts';
import { estimateUrl } from '../../../lib/url-state.ts';
import { flushUrl } from '../../../lib/url-writer.ts';
import { useCalculator, useCalculatorApi, type DocTextField } from '../../../stores/calculator.ts';
import { MAX_PREPARED_BY, usePreparedBy } from '../prepared-by.ts';
import { loadQr } from '../qr.ts';
import { useQuoteState } from '../quote-state.ts';

function DocText({ field, label, testId, errors }: { field: Exclude<DocTextField, 'name'>; label: string; testId: string; errors: readonly FieldError[] }) {
  const t = useT();
  const id = useId();
  const value = useCalculator((s) => s.estimate[field] ?? '');
  const setDocText = useCalculator((s) => s.setDocText);
  const invalid = errors.some((e) => e.field === field);
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={field}
        type="text"
        autoComplete="off"
        data-testid={testId}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => setDocText(field, e.target.value)}
      />
      {invalid && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t.quote.tooLong}
        </p>
      )}
    </div>
  );
}

export const QuoteBar = memo(function QuoteBar({ errors }: { errors: readonly FieldError[] }) {
  const t = useT();
  const locale = useLocale();
  const api = useCalculatorApi();
  const partner = usePartner();
  const preview = useQuoteState((s) => s.preview);
  const preparedBy = usePreparedBy();
  const preparedId = useId();
  // The QR library, fetched once the page is idle (not on the first visit's path), so a print started
  // from the browser's menu finds it here.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 2000));
    idle(() => void loadQr().catch(() => undefined));
  }, []);
  const print = async () => {
    flushUrl();
    const doc = api.getState().estimate;
    const href = publicHref(window.location.href);
    await Promise.all([
      estimateUrl(href, doc, locale).then(
        (link) => useQuoteState.getState().setLink(doc, link),
        () => undefined,
      ),
      loadQr().catch(() => undefined),
    ]);
    flushSync(() => useQuoteState.getState().setPrinting(true));
    window.print();
  };
  return (
    <section className="panel quote-bar" aria-labelledby="quote-bar-heading">
      <h2 id="quote-bar-heading" className="quote-bar__heading">
        {t.quote.controls}
      </h2>
      <DocText field="customer" label={t.quote.customer} testId="quote-customer" errors={errors} />
      <DocText field="project" label={t.quote.project} testId="quote-project" errors={errors} />
      {partner.name === undefined && (
        <div className="field">
          <label htmlFor={preparedId}>{t.quote.preparedBy}</label>
          <input
            id={preparedId}
            name="preparedBy"
            type="text"
            autoComplete="organization"
            maxLength={MAX_PREPARED_BY}
            data-testid="quote-prepared-by"
            value={preparedBy.value}
            aria-describedby={`${preparedId}-hint`}
            onChange={(e) => preparedBy.set(e.target.value)}
          />
          <p className="field__hint" id={`${preparedId}-hint`}>
            {t.quote.preparedByHint}
          </p>
        </div>
      )}
      <div className="share-bar">
        <button type="button" aria-pressed={preview} data-testid="quote-preview" onClick={() => useQuoteState.getState().setPreview(!preview)}>
          {preview ? t.quote.hidePreview : t.quote.preview}
        </button>
        <button type="button" data-testid="quote-print" onClick={() => void print()}>
          {t.quote.print}
        </button>
      </div>
    </section>
  );
});
