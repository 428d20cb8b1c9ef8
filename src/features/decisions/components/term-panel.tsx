/**
 * The estimate over its 36-month term: the totals, the cumulative cash chart (yearly prepayments as
 * steps in months 1, 13 and 25; where an account's first-year quotas end), its figures month by
 * month, and the estimate's items, each of which can be picked for the side-by-side view.
 */
import type { Catalogs } from '../../../engine/catalog.ts';
import type { EstimateDoc } from '../../../engine/estimates/document.ts';
import type { EstimateItemTotals, EstimateOutput } from '../../../engine/estimates/pricing.ts';
import { formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { PickBox } from './side-by-side.tsx';
import { optionName } from '../option-name.ts';
import type { FirstYearEnd, Pick, TermCash } from '../term-data.ts';
import { MARK_COLOUR } from './chart-format.ts';
import type { VerticalMark } from './chart-marks.tsx';
import { TermChart, TermTable, plotted, type TermChartData } from './term-chart.tsx';

interface Props {
  estimate: EstimateDoc;
  output: EstimateOutput<EstimateItemTotals>;
  cash: TermCash;
  firstYear: FirstYearEnd[];
  catalogs: Catalogs;
  isPicked: (p: Pick) => boolean;
  full: boolean;
  onToggle: (p: Pick) => void;
}

export function TermPanel({ estimate, output, cash, firstYear, catalogs, isPicked, full, onToggle }: Props) {
  const t = useT();
  const locale = useLocale();
  const money = (amount: string) => formatMoney(amount, locale);
  const vendorName = (v: FirstYearEnd['vendor']) => catalogs[v]?.name[locale] ?? v;
  // Accounts whose first year ends in the same month share one mark.
  const ends = [...new Set(firstYear.map((f) => f.months))].map((months) => ({
    months,
    vendors: firstYear.filter((f) => f.months === months).map((f) => f.vendor),
  }));
  const marks: VerticalMark[] = ends.map((e) => ({
    x: e.months + 1,
    text: t.termChart.firstYearMark(e.vendors.map(vendorName).join(t.termChart.listGap)),
    colour: MARK_COLOUR,
    dash: '4 3',
  }));
  const chart: TermChartData = { series: [{ name: t.termChart.paidSoFar, values: plotted(cash.cumulative) }], marks };
  const at = (m: number) => money(cash.cumulative[m - 1] ?? '0');
  const label = t.termChart.estimateLabel(at(12), at(24), at(36));

  return (
    <article className="panel decision term" aria-labelledby="term-heading" data-testid="term">
      <h3 id="term-heading">{t.termChart.heading}</h3>
      <p className="field__hint">{t.termChart.hint}</p>
      <ul className="facts term__facts" data-testid="term-facts" data-first12={output.first12} data-first36={output.first36} data-upfront={output.upfront}>
        <li>
          {t.termChart.monthlyFact}
          {t.termChart.factGap}
          <strong>{money(output.monthly)}</strong>
        </li>
        {output.upfront !== '0.00' && (
          <li>
            {t.termChart.upfrontFact}
            {t.termChart.factGap}
            <strong>{money(output.upfront)}</strong>
          </li>
        )}
        <li>
          {t.termChart.first12Fact}
          {t.termChart.factGap}
          <strong>{money(output.first12)}</strong>
        </li>
        <li>
          {t.termChart.first36Fact}
          {t.termChart.factGap}
          <strong>{money(output.first36)}</strong>
        </li>
      </ul>
      {!output.complete && <p className="notice notice--warn">{t.termChart.incomplete}</p>}
      <TermChart chart={JSON.stringify(chart)} label={label} t={t} locale={locale} />
      {ends.length > 0 && (
        <ul className="field__hint term__marks" data-testid="first-year-ends">
          {ends.map((e) => (
            <li key={e.months} data-month={e.months}>
              {t.termChart.firstYearEnds(e.vendors.map(vendorName).join(t.termChart.listGap), e.months)}
            </li>
          ))}
        </ul>
      )}
      <TermTable
        columns={[{ name: t.termChart.paidSoFar, cumulative: cash.cumulative }]}
        months={cash.months}
        caption={t.termChart.heading}
        testId="term-table"
        t={t}
        locale={locale}
      />
      <div className="table-scroll">
        <table className="lines term-items" data-testid="term-items">
          <caption className="term-items__caption">{t.termChart.itemsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.termChart.itemColumn}</th>
              <th scope="col" className="amount">
                {t.termChart.inEstimateColumn}
              </th>
              <th scope="col">{t.sideBySide.pickColumn}</th>
            </tr>
          </thead>
          <tbody>
            {estimate.items.map((item, i) => {
              const p: Pick = { kind: 'item', index: i, label: item.label };
              const picked = isPicked(p);
              const name = optionName(catalogs, t, locale, item.scenario);
              return (
                <tr key={i} data-item={i}>
                  <th scope="row">
                    {item.label}
                    <small className="muted"> · {name}</small>
                  </th>
                  <td className="amount">{output.items[i] ? money(output.items[i].monthly) : ''}</td>
                  <td>
                    <PickBox name="sideBySideItem" label={item.label} checked={picked} full={full} onToggle={() => onToggle(p)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}
