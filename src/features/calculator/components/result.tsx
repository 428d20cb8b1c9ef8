/**
 * The breakdown of the item in focus: one row per billing item (pooled usage as this item's share,
 * saying which items share it), its notes and warnings. Calculations (formulas, sources, how a price
 * was derived) are one click away: always rendered, shown when asked for (the choice is remembered).
 */
import { Fragment, memo, useMemo } from 'react';
import { findOffering, type Catalogs, type CatalogOffering } from '../../../engine/catalog.ts';
import type { EstimateWarning } from '../../../engine/charges.ts';
import type { Estimate } from '../../../engine/estimate.ts';
import type { PooledOutput } from '../../../engine/estimates/pricing.ts';
import type { LineId } from '../../../engine/ids.ts';
import type { EstimateLine, MissingPrice } from '../../../engine/price.ts';
import type { Messages } from '../../../lib/i18n/en.ts';
import { estimateWarningText, lineDerivation, lineFormula, lineNotes, lineSource } from '../../../lib/i18n/estimate-text.ts';
import { formatDecimal, formatMoney, formatUnitPrice, useLocale, useT, type Locale } from '../../../lib/i18n/locale.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { useShowCalculations } from '../show-calculations.ts';
import type { EstimateView, Priced, PricedEstimate } from '../use-estimate.ts';

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

/** A pooled line's account item: which other items share it, and the whole of it. */
interface Sharing {
  pooled: PooledOutput;
  others: string[];
  vendor: string;
}

/** Under a line: who it is shared with, its notes (readings of the rules) and its warnings. */
function LineExtras({ line, sharing, warnings, words }: { line?: EstimateLine; sharing?: Sharing; warnings: EstimateWarning[]; words: Words }) {
  const notes = line?.notes ?? [];
  if (notes.length === 0 && warnings.length === 0 && !sharing) return null;
  const { t, locale } = words;
  const texts = line ? lineNotes(t, line) : [];
  return (
    <tr className="warning-row">
      <td colSpan={5}>
        {sharing && line && (
          <p className="pooled-note" data-testid="pooled-note" data-pool={sharing.pooled.id}>
            {t.builder.pooledShare(
              t.builder.joinNames(sharing.others),
              sharing.vendor,
              formatMoney(line.amount, locale),
              formatMoney(sharing.pooled.amount, locale),
            )}
          </p>
        )}
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

function LineRow({ line, shared, t, locale }: { line: EstimateLine; shared: boolean; t: Messages; locale: Locale }) {
  const derivation = lineDerivation(line, locale);
  const source = lineSource(t, line, locale);
  return (
    <tr data-line={line.id} data-pool={shared ? line.pool : undefined}>
      <th scope="row">{t.lineNames[line.id]}</th>
      <td data-label={t.columns.quantity}>
        {quantity(line, t, locale)}
        {/* A pooled line's free allowance is the account's, taken once: the note says so. */}
        {line.free && !shared && <small className="muted">{t.aside(t.includesFree(formatDecimal(line.free, locale, 3), t.units[line.unit]))}</small>}
      </td>
      <td data-label={t.columns.unitPrice}>
        {line.unitPrice ? formatUnitPrice(line.unitPrice, locale) : '—'}
        <small className="muted"> {t.priceUnits[line.priceUnit]}</small>
        {line.listPrice && <small className="muted">{t.aside(t.catalogPrice(formatUnitPrice(line.listPrice, locale)))}</small>}
        <span className={`badge badge--${line.confidence}`} title={t.confidenceHelp[line.confidence]}>
          {t.confidence[line.confidence]}
        </span>
        <small className="source" data-source={line.sourceRef?.id}>
          {t.source}
          {t.colon}
          {line.confidence !== 'override' && line.sourceUrl ? (
            <a href={line.sourceUrl} target="_blank" rel="noreferrer noopener">
              {source}
            </a>
          ) : (
            source
          )}
          {line.asOf && ` · ${t.read(line.asOf)}`}
          {derivation && ` · ${derivation}`}
        </small>
      </td>
      <td data-label={t.columns.formula} className="formula">
        <span className="formula__text">{lineFormula(t, line)}</span>
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

/** What the rows show: the focused item's lines, and the estimate they belong to (its pooled items, the items' names). */
interface Breakdown {
  priced: Priced;
  shown: PricedEstimate;
}

/**
 * The item's figure, rows, notes and warnings. `view` is the page's estimate a frame late (the
 * keystroke's own frame paints the totals and the field): painting the rows' text in the same frame
 * was what most often pushed a keystroke past one frame. The estimate is data in no language, so the
 * rows are written in the page's language as it is now (a language switch rewrites them at once).
 */
export const ItemResult = memo(function ItemResult({ view, catalogs }: { view: EstimateView; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const label = useCalculator((s) => s.estimate.items[s.focus]?.label ?? '');
  const focus = useCalculator((s) => s.focus);
  const explained = useShowCalculations((s) => s.on);
  const toggle = useShowCalculations((s) => s.toggle);
  const { priced, shown } = view;
  const breakdown = useMemo<Breakdown | undefined>(() => (priced && shown ? { priced, shown } : undefined), [priced, shown]);
  const item = shown && shown.focus === focus ? shown.output.items[focus] : undefined;
  const e: Estimate | undefined = view.estimate;

  return (
    <section className={`result${view.stale ? ' result--stale' : ''}`} aria-labelledby="result-heading" data-testid="item-result">
      <div className="result__head">
        <h2 id="result-heading">{t.builder.breakdownOf(label.trim() === '' ? t.itemLabel(focus + 1) : label)}</h2>
        {item && (
          <span className="result__figure" data-testid="item-total" data-value={item.monthly}>
            {t.monthFigure(formatMoney(item.monthly, locale))}
          </span>
        )}
        <button type="button" className="toggle" aria-pressed={explained} data-testid="show-calculations" onClick={toggle}>
          {t.builder.showCalculations}
        </button>
      </div>
      {e && e.upfront !== '0.00' && (
        <p className="result__upfront muted">
          {t.upfront}
          {t.colon}
          {formatMoney(e.upfront, locale)}
        </p>
      )}
      {breakdown && <Details breakdown={breakdown} explained={explained} catalogs={catalogs} t={t} locale={locale} />}
    </section>
  );
});

/** What makes up the item: the incomplete notice, general warnings, and one row per billing item with its notes and warnings. */
const Details = memo(function Details({
  breakdown,
  explained,
  catalogs,
  t,
  locale,
}: {
  breakdown: Breakdown;
  explained: boolean;
  catalogs: Catalogs;
  t: Messages;
  locale: Locale;
}) {
  const { priced, shown } = breakdown;
  const e = priced.estimate;
  const words: Words = { t, locale, offering: findOffering(catalogs, priced.scenario.offering)?.offering };
  const byLine = (id: LineId | undefined) => e.warnings.filter((w) => w.line === id && w.code !== 'missing-price');
  const lineIds = new Set<LineId>([...e.lines.map((l) => l.id), ...e.missing.map((m) => m.id)]);
  const general = e.warnings.filter((w) => (w.line === undefined || !lineIds.has(w.line)) && w.code !== 'missing-price');
  const vendor = findOffering(catalogs, priced.scenario.offering)?.catalog.name[locale] ?? '';
  const sharing = (line: EstimateLine): Sharing | undefined => {
    if (!line.pool) return undefined;
    const pooled = shown.output.pooled.find((p) => p.id === line.pool && p.items.includes(shown.focus));
    if (!pooled || pooled.items.length < 2) return undefined;
    const others = pooled.items.filter((i) => i !== shown.focus).map((i) => shown.validated.items[i]?.label ?? t.itemLabel(i + 1));
    return { pooled, others, vendor };
  };
  // A partner's margin: the amounts are the vendor's unit prices raised by it (each formula says so too).
  const margin = e.lines.find((l) => l.calculation.markupPercent !== undefined)?.calculation.markupPercent;
  return (
    <>
      {!e.complete && (
        <p className="notice notice--warn" data-testid="incomplete">
          {t.incomplete}
        </p>
      )}
      <Warnings warnings={general} words={words} />
      <table className={`lines${explained ? ' lines--explained' : ''}`}>
        <thead>
          <tr>
            <th scope="col">{t.columns.item}</th>
            <th scope="col">{t.columns.quantity}</th>
            <th scope="col">{t.columns.unitPrice}</th>
            <th scope="col" className="formula-col">
              {t.columns.formula}
            </th>
            <th scope="col" className="amount">
              {t.columns.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.lines.map((line) => {
            const shared = sharing(line);
            return (
              <Fragment key={line.id}>
                <LineRow line={line} shared={shared !== undefined} t={t} locale={locale} />
                <LineExtras line={line} sharing={shared} warnings={byLine(line.id)} words={words} />
              </Fragment>
            );
          })}
          {e.missing.map((m) => (
            <Fragment key={m.id}>
              <MissingRow item={m} t={t} locale={locale} />
              <LineExtras warnings={byLine(m.id)} words={words} />
            </Fragment>
          ))}
        </tbody>
      </table>
      {margin !== undefined && (
        <p className="field__hint" data-testid="lines-margin">
          {t.partner.linesMargin(formatDecimal(margin, locale, 4))}
        </p>
      )}
    </>
  );
});
