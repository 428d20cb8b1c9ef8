/**
 * Side by side: 2–4 picked estimate items or comparison options in columns (lettered A–D), with what
 * each figure is said beneath, and the cumulative cash of each over the 36-month term. An estimate
 * item is priced alone (its own one-item estimate), which the view says, with its figure within the
 * estimate's pooled billing beside.
 */
import { findOffering, findRegion, type Catalogs } from '../../../engine/catalog.ts';
import type { Flag } from '../../../engine/decisions/compare.ts';
import { formatDecimal, formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { optionName } from '../option-name.ts';
import { MAX_PICKS, type Column, type Figures } from '../term-data.ts';
import { FlagLegend, FlagTags } from './flag-tags.tsx';
import { TermChart, TermTable, plotted, type TermChartData } from './term-chart.tsx';

const LETTERS = ['A', 'B', 'C', 'D'];
/** Flags that make a figure indicative (as the comparison ranks them). */
const INDICATIVE: readonly Flag[] = ['example-price', 'excludes-costs', 'over-capacity'];

const letter = (i: number) => LETTERS[i] ?? String(i + 1);

type RowId = 'monthly' | 'upfront' | 'first12' | 'first36' | 'in-estimate' | 'sla' | 'capacity' | 'tags';
const AMOUNTS: readonly RowId[] = ['monthly', 'upfront', 'first12', 'first36', 'in-estimate'];
const FIGURES: Partial<Record<RowId, (f: Figures) => string>> = {
  monthly: (f) => f.monthly,
  upfront: (f) => f.upfront,
  first12: (f) => f.first12,
  first36: (f) => f.first36,
};

/** One figure of one column: the amount; "price on request" when a price is missing; "indicative" under a figure that is. */
function Cell({ row, c }: { row: RowId; c: Column }) {
  const t = useT();
  const locale = useLocale();
  const figure = FIGURES[row];
  if (figure) {
    if (!c.figures) return <span className="muted">{t.sideBySide.cannotPrice}</span>;
    if (!c.figures.complete) return <span className="muted">{t.priceOnRequest}</span>;
    const value = figure(c.figures);
    return (
      <>
        <span data-amount={value}>{formatMoney(value, locale)}</span>
        {c.flags.some((f) => INDICATIVE.includes(f)) && <small className="amount__note">{t.indicative}</small>}
      </>
    );
  }
  switch (row) {
    case 'in-estimate':
      return c.inEstimate !== undefined ? (
        <span data-amount={c.inEstimate}>{formatMoney(c.inEstimate, locale)}</span>
      ) : (
        <span className="muted">{t.sideBySide.notInEstimate}</span>
      );
    case 'sla':
      return c.sla ? <>{`${c.sla}%`}</> : <span className="muted">{t.unlimited}</span>;
    case 'capacity':
      return c.capacity ? <>{`${formatDecimal(String(c.capacity), locale)} QPS`}</> : <span className="muted">{t.unlimited}</span>;
    default:
      return (
        <FlagTags flags={c.flags}>
          {c.kind === 'item' && (
            <li className="tag tag--alone" data-tag="priced-alone">
              {t.sideBySide.pricedAlone}
            </li>
          )}
        </FlagTags>
      );
  }
}

interface Props {
  columns: Column[];
  catalogs: Catalogs;
  onRemove: (id: string) => void;
}

/** The "compare side by side" checkbox of an estimate item or a comparison row (disabled once enough are picked). */
export function PickBox({ name, label, checked, full, onToggle }: { name: string; label: string; checked: boolean; full: boolean; onToggle: () => void }) {
  const t = useT();
  return (
    <label className="pick">
      <input type="checkbox" name={name} checked={checked} disabled={!checked && full} onChange={onToggle} aria-label={t.sideBySide.pickLabel(label)} />
      <span aria-hidden="true">{t.sideBySide.pickShort}</span>
    </label>
  );
}

export function SideBySidePanel({ columns, catalogs, onRemove }: Props) {
  const t = useT();
  const locale = useLocale();
  const money = (amount: string) => formatMoney(amount, locale);
  const product = (c: Column) => optionName(catalogs, t, locale, c);
  const regionName = (c: Column) => {
    const found = findOffering(catalogs, c.offering);
    return (found && findRegion(found.catalog, c.region)?.name[locale]) ?? c.region;
  };
  const title = (c: Column) => (c.kind === 'item' ? (c.label ?? '') : product(c));
  const items = columns.some((c) => c.kind === 'item');
  const drawn = columns.filter((c) => c.figures?.complete);
  const shownFlags = new Set<Flag>(columns.flatMap((c) => c.flags));

  const rows: { id: RowId; label: string }[] = [
    { id: 'monthly', label: t.sideBySide.rows.monthly },
    { id: 'upfront', label: t.sideBySide.rows.upfront },
    { id: 'first12', label: t.sideBySide.rows.first12 },
    { id: 'first36', label: t.sideBySide.rows.first36 },
    ...(items ? [{ id: 'in-estimate' as const, label: t.sideBySide.rows.inEstimate }] : []),
    { id: 'sla', label: t.compareColumns.sla },
    { id: 'capacity', label: t.compareColumns.capacity },
    { id: 'tags', label: t.sideBySide.rows.tags },
  ];

  const chart: TermChartData = {
    series: drawn.map((c) => ({ name: `${letter(columns.indexOf(c))} · ${title(c)}`, values: plotted(c.figures!.cumulative) })),
    marks: [],
  };
  const label = t.sideBySide.chartLabel(
    drawn.map((c) => t.sideBySide.chartPart(letter(columns.indexOf(c)), money(c.figures!.first36))).join(t.termChart.listGap),
  );

  return (
    <article className="panel decision side-by-side" aria-labelledby="side-by-side-heading" data-testid="side-by-side" data-count={columns.length}>
      <h3 id="side-by-side-heading" tabIndex={-1}>
        {t.sideBySide.heading}
      </h3>
      <p className="field__hint">{columns.length < 2 ? t.sideBySide.pickMore(MAX_PICKS) : t.sideBySide.hint(MAX_PICKS)}</p>
      {columns.length > 0 && (
        <div className="side-by-side__table">
          <table className="sbs" data-testid="side-by-side-table">
            <thead>
              <tr>
                <td />
                {columns.map((c, i) => (
                  <th scope="col" key={c.id} data-pick={c.id} data-letter={letter(i)}>
                    <span className="sbs__letter">{letter(i)}</span>
                    <span className="sbs__name">{title(c)}</span>
                    <small className="muted sbs__what">
                      {c.kind === 'item' ? `${product(c)} · ${regionName(c)}` : `${regionName(c)} · ${t.sideBySide.fromComparison}`}
                    </small>
                    <button type="button" className="link sbs__remove" aria-label={t.sideBySide.removeLabel(title(c))} onClick={() => onRemove(c.id)}>
                      {t.sideBySide.remove}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-row={r.id}>
                  <th scope="row">{r.label}</th>
                  {columns.map((c, i) => (
                    <td key={c.id} className={AMOUNTS.includes(r.id) ? 'amount' : undefined} data-pick={c.id} data-letter={letter(i)}>
                      <Cell row={r.id} c={c} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {columns.length > 0 && (
        <dl className="sbs__defs" data-testid="side-by-side-defs">
          <div>
            <dt>{t.sideBySide.rows.monthly}</dt>
            <dd>{t.sideBySide.defs.monthly}</dd>
          </div>
          <div>
            <dt>{t.sideBySide.rows.upfront}</dt>
            <dd>{t.sideBySide.defs.upfront}</dd>
          </div>
          <div>
            <dt>{[t.sideBySide.rows.first12, t.sideBySide.rows.first36].join(t.termChart.listGap)}</dt>
            <dd>{t.sideBySide.defs.term}</dd>
          </div>
          {items && (
            <div>
              <dt>{t.sideBySide.rows.inEstimate}</dt>
              <dd>{t.sideBySide.defs.inEstimate}</dd>
            </div>
          )}
        </dl>
      )}
      <FlagLegend shown={shownFlags} />
      {items && (
        <p className="field__hint" data-testid="priced-alone-help">
          <span className="tag tag--alone">{t.sideBySide.pricedAlone}</span> {t.sideBySide.pricedAloneHelp}
        </p>
      )}
      {drawn.length >= 2 && (
        <>
          <h4 className="sbs__chart-heading">{t.sideBySide.chartHeading}</h4>
          <TermChart chart={JSON.stringify(chart)} label={label} t={t} locale={locale} />
          <TermTable
            columns={drawn.map((c) => ({ name: letter(columns.indexOf(c)), cumulative: c.figures!.cumulative }))}
            caption={t.sideBySide.chartHeading}
            testId="side-by-side-term-table"
            t={t}
            locale={locale}
          />
        </>
      )}
      {drawn.length < columns.length && columns.length >= 2 && <p className="field__hint">{t.sideBySide.notDrawn}</p>}
    </article>
  );
}
