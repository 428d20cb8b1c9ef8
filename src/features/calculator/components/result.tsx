/** The estimate: the total (a lower bound when incomplete), the upfront payment, one row per item. */
import { Fragment, memo, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { findOffering, type Catalogs, type CatalogOffering } from '../../../engine/catalog.ts';
import type { EstimateWarning } from '../../../engine/charges.ts';
import type { Estimate } from '../../../engine/estimate.ts';
import type { LineId } from '../../../engine/ids.ts';
import type { EstimateLine, MissingPrice } from '../../../engine/price.ts';
import type { Messages } from '../../../lib/i18n/en.ts';
import { estimateWarningText, lineDerivation, lineFormula, lineNotes } from '../../../lib/i18n/estimate-text.ts';
import { formatDecimal, formatMoney, formatUnitPrice, useLocale, useT, type Locale } from '../../../lib/i18n/locale.ts';
import type { EstimateView, Priced } from '../use-estimate.ts';

const QUANTITY_DECIMALS: Record<EstimateLine['unit'], number> = { call: 0, GB: 3, hour: 6, month: 0 };

function quantity(line: { quantity: string; unit: EstimateLine['unit'] }, t: Messages, locale: Locale): string {
  return `${formatDecimal(line.quantity, locale, QUANTITY_DECIMALS[line.unit])} ${t.units[line.unit]}`;
}

/** What the rows are written with: the page's words, and the offering whose editions warnings name. */
interface Words {
  t: Messages;
  locale: Locale;
  offering: CatalogOffering | undefined;
}

function Warnings({ warnings, words }: { warnings: EstimateWarning[]; words: Words }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings">
      {warnings.map((w, i) => (
        <li key={`${w.code}-${i}`} data-warning={w.code}>
          {estimateWarningText(words.t, words.locale, w, words.offering)}
        </li>
      ))}
    </ul>
  );
}

/** Under a line: its notes (readings of the rules) and its warnings. */
function LineExtras({ line, warnings, words }: { line?: EstimateLine; warnings: EstimateWarning[]; words: Words }) {
  const notes = line?.notes ?? [];
  if (notes.length === 0 && warnings.length === 0) return null;
  const texts = line ? lineNotes(words.t, line) : [];
  return (
    <tr className="warning-row">
      <td colSpan={5}>
        {notes.length > 0 && (
          <ul className="notes">
            {notes.map((code, i) => (
              <li key={code} data-note={code}>
                {texts[i]}
              </li>
            ))}
          </ul>
        )}
        <Warnings warnings={warnings} words={words} />
      </td>
    </tr>
  );
}

function LineRow({ line, t, locale }: { line: EstimateLine; t: Messages; locale: Locale }) {
  const derivation = lineDerivation(line, locale);
  return (
    <tr data-line={line.id}>
      <th scope="row">{t.lineNames[line.id]}</th>
      <td data-label={t.columns.quantity}>
        {quantity(line, t, locale)}
        {line.free && <small className="muted"> ({t.includesFree(formatDecimal(line.free, locale, 3), t.units[line.unit])})</small>}
      </td>
      <td data-label={t.columns.unitPrice}>
        {line.unitPrice ? formatUnitPrice(line.unitPrice, locale) : '—'}
        <small className="muted"> {t.priceUnits[line.priceUnit]}</small>
        {line.listPrice && <small className="muted"> ({t.catalogPrice(formatUnitPrice(line.listPrice, locale))})</small>}
        <span className={`badge badge--${line.confidence}`} title={t.confidenceHelp[line.confidence]}>
          {t.confidence[line.confidence]}
        </span>
        <small className="source">
          {t.source}:{' '}
          {line.confidence === 'override' ? (
            t.confidenceHelp.override
          ) : line.sourceUrl ? (
            <a href={line.sourceUrl} target="_blank" rel="noreferrer noopener">
              {line.source}
            </a>
          ) : (
            line.source
          )}
          {line.asOf && ` · ${t.read(line.asOf)}`}
          {derivation && ` · ${derivation}`}
        </small>
      </td>
      <td data-label={t.columns.formula} className="formula">
        <code>{lineFormula(t, line)}</code>
      </td>
      <td data-label={t.columns.amount} className="amount" data-amount={line.amount}>
        {formatMoney(line.amount, locale)}
      </td>
    </tr>
  );
}

function MissingRow({ item, t, locale }: { item: MissingPrice; t: Messages; locale: Locale }) {
  const focusOverride = () => {
    const input = document.querySelector<HTMLInputElement>(`input[name="prices.${item.keys[0]}"]`);
    input?.closest('details')?.setAttribute('open', '');
    input?.focus();
  };
  return (
    <tr data-line={item.id} data-missing="true" className="missing">
      <th scope="row">{t.lineNames[item.id]}</th>
      <td data-label={t.columns.quantity}>{quantity(item, t, locale)}</td>
      <td data-label={t.columns.unitPrice} colSpan={2}>
        <strong>{t.missingPrice}</strong>{' '}
        <button type="button" className="link" onClick={focusOverride}>
          {t.enterQuote}
        </button>
      </td>
      <td data-label={t.columns.amount} className="amount">
        —
      </td>
    </tr>
  );
}

/**
 * `value`, one animation frame late: handed over in the next frame's callback as a default-priority
 * update, it renders as soon as that frame is painted (ahead of the decision tools' deferred render).
 * Printing takes the current value at once.
 */
function useNextFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const frame = requestAnimationFrame(() => setShown(value));
    return () => cancelAnimationFrame(frame);
  }, [value, shown]);
  useEffect(() => {
    const print = () => flushSync(() => setShown(value));
    window.addEventListener('beforeprint', print);
    return () => window.removeEventListener('beforeprint', print);
  }, [value]);
  return shown;
}

/**
 * The total first: a keystroke's own frame paints the new total (and the field); the rows, notes and
 * warnings follow a frame later. Painting the rows' text in the same frame was what most often pushed
 * a keystroke past one frame. The estimate is data in no language, so the rows are written in the
 * page's language as it is now (a language switch rewrites them at once).
 */
export function Result({ view, catalogs }: { view: EstimateView; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const e: Estimate | undefined = view.estimate;
  const details = useNextFrame(view.priced);
  if (!e) return null;

  return (
    <section className={`result${view.stale ? ' result--stale' : ''}`} aria-labelledby="result-heading">
      <h2 id="result-heading">{t.result}</h2>
      {view.stale && (
        <p className="notice" data-testid="stale">
          {t.staleResult}
        </p>
      )}
      <div className="total">
        <span className="total__label">{t.monthlyTotal}</span>
        <span className="total__value" aria-live="polite" aria-atomic="true">
          {!e.complete && <span className="total__bound">{t.atLeast} </span>}
          <span data-testid="total" data-value={e.total} data-complete={String(e.complete)}>
            {formatMoney(e.total, locale)}
          </span>
        </span>
        {e.upfront !== '0.00' && (
          <span className="total__upfront">
            {t.upfront}:{' '}
            <span data-testid="upfront" data-value={e.upfront}>
              {formatMoney(e.upfront, locale)}
            </span>
          </span>
        )}
      </div>
      {details && <Details priced={details} catalogs={catalogs} t={t} locale={locale} />}
    </section>
  );
}

/** What makes up the total: the incomplete notice, general warnings, and one row per item with its notes and warnings. */
const Details = memo(function Details({ priced, catalogs, t, locale }: { priced: Priced; catalogs: Catalogs; t: Messages; locale: Locale }) {
  const e = priced.estimate;
  const words: Words = { t, locale, offering: findOffering(catalogs, priced.scenario.offering)?.offering };
  const byLine = (id: LineId | undefined) => e.warnings.filter((w) => w.line === id && w.code !== 'missing-price');
  const lineIds = new Set<LineId>([...e.lines.map((l) => l.id), ...e.missing.map((m) => m.id)]);
  const general = e.warnings.filter((w) => (w.line === undefined || !lineIds.has(w.line)) && w.code !== 'missing-price');
  return (
    <>
      {!e.complete && (
        <p className="notice notice--warn" data-testid="incomplete">
          {t.incomplete}
        </p>
      )}
      <Warnings warnings={general} words={words} />
      <table className="lines">
        <thead>
          <tr>
            <th scope="col">{t.columns.item}</th>
            <th scope="col">{t.columns.quantity}</th>
            <th scope="col">{t.columns.unitPrice}</th>
            <th scope="col">{t.columns.formula}</th>
            <th scope="col" className="amount">
              {t.columns.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.lines.map((line) => (
            <Fragment key={line.id}>
              <LineRow line={line} t={t} locale={locale} />
              <LineExtras line={line} warnings={byLine(line.id)} words={words} />
            </Fragment>
          ))}
          {e.missing.map((m) => (
            <Fragment key={m.id}>
              <MissingRow item={m} t={t} locale={locale} />
              <LineExtras warnings={byLine(m.id)} words={words} />
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
});
