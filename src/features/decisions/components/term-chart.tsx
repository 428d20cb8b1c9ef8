/**
 * Cumulative cash over the 36-month term: what has been paid by the end of each month, for the
 * estimate or for 2–4 options side by side. A month's cash is added where the month starts on the
 * axis, so yearly prepayments show as steps in months 1, 13 and 25. The figures are also a table (for
 * screen readers and anyone who wants the exact amounts), exact to the cent.
 */
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Messages } from '../../../lib/i18n/en.ts';
import { formatMoney, type Locale } from '../../../lib/i18n/locale.ts';
import { SERIES_COLOURS, SERIES_DASHES, SERIES_MARKERS, TOOLTIP_STYLE, linearAxis, tooltipMoney } from './chart-format.ts';
import { SeriesLegend, markerDots, type SeriesStyle } from './chart-legend.tsx';
import { PLOT, PLOT_MARGIN, across, markLabel, markRows, type VerticalMark } from './chart-marks.tsx';

export const TERM_MONTHS = 36;
/** Month ticks: the months a yearly term is paid in, and the term's last. */
const MONTH_TICKS = [1, 13, 25, 36];
const DOMAIN: [number, number] = [0, TERM_MONTHS];

export interface TermChartData {
  /** Each series' cumulative cash at the start (0) and after months 1 … 36, as numbers to draw. */
  series: { name: string; values: number[] }[];
  marks: VerticalMark[];
}

interface ChartProps {
  /** JSON of TermChartData, so the chart re-renders only when what it draws changes. */
  chart: string;
  /** What the chart shows, for screen readers (the figures are in the table beside it). */
  label: string;
  t: Messages;
  locale: Locale;
}

const style = (i: number, name: string, many: boolean): SeriesStyle => ({
  name,
  colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
  dash: many ? SERIES_DASHES[i % SERIES_DASHES.length] : undefined,
  marker: many ? SERIES_MARKERS[i % SERIES_MARKERS.length] : undefined,
});

/** How long the figures must rest before the chart is drawn again (typing a number changes them at every keystroke). */
const DRAW_AFTER_MS = 150;

/**
 * The chart follows its figures once they rest, in a transition of its own: the decision tools (the
 * term's figures in words and tables among them) follow each keystroke at once, and the chart library's
 * redraw, the costly part (tens of ms), runs once typing pauses instead of delaying them.
 */
export function TermChart({ chart, label, t, locale }: ChartProps) {
  // What is drawn changes as one: the figures and the words that say them (a label alone would draw again too).
  const [drawn, setDrawn] = useState({ chart, label });
  useEffect(() => {
    if (chart === drawn.chart && label === drawn.label) return;
    const timer = setTimeout(() => startTransition(() => setDrawn({ chart, label })), DRAW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [chart, label, drawn]);
  return <TermDrawing chart={drawn.chart} label={drawn.label} t={t} locale={locale} />;
}

const TermDrawing = memo(function TermDrawing({ chart, label, t, locale }: ChartProps) {
  const { series, marks } = useMemo(() => JSON.parse(chart) as TermChartData, [chart]);
  const data = useMemo(
    () => Array.from({ length: TERM_MONTHS + 1 }, (_, m) => ({ month: m, ...Object.fromEntries(series.map((s, i) => [`s${i}`, s.values[m] ?? null])) })),
    [series],
  );
  const y = linearAxis(Math.max(0, ...series.flatMap((s) => s.values)), locale);
  const many = series.length > 1;
  const styles = series.map((s, i) => style(i, s.name, many));
  const rows = markRows(marks.map((m) => across(m.x, DOMAIN)));
  return (
    <div className="chart">
      <div className="chart__plot" role="img" aria-label={label}>
        <LineChart responsive accessibilityLayer={false} style={{ width: '100%', height: many ? 300 : 260 }} data={data} margin={PLOT_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            type="number"
            domain={DOMAIN}
            ticks={MONTH_TICKS}
            label={{ value: t.termChart.monthAxis, position: 'insideBottom', offset: -4 }}
            height={PLOT.xAxis}
          />
          <YAxis domain={y.domain} ticks={y.ticks} tickFormatter={y.format} width={PLOT.yAxis} />
          <Tooltip {...TOOLTIP_STYLE} formatter={tooltipMoney(locale)} labelFormatter={(m) => t.termChart.afterMonth(Number(m))} />
          {styles.map((s, i) => (
            <Line
              key={s.name}
              dataKey={`s${i}`}
              name={s.name}
              type="stepAfter"
              stroke={s.colour}
              strokeWidth={2}
              strokeDasharray={s.dash}
              dot={s.marker ? markerDots(s.marker, s.colour, (index) => index % 6 === (2 + i) % 6) : false}
              activeDot={false}
              isAnimationActive={false}
            />
          ))}
          {marks.map((m, i) => (
            <ReferenceLine
              key={`${m.x}-${m.text}`}
              x={m.x}
              stroke={m.colour}
              strokeDasharray={m.dash}
              label={markLabel(m.text, rows[i] ?? 0, across(m.x, DOMAIN) > 0.5)}
            />
          ))}
        </LineChart>
      </div>
      {many && <SeriesLegend series={styles} />}
    </div>
  );
});

/** The drawn values of cumulative cash: 0 at the start, then after each month. */
export const plotted = (cumulative: readonly string[]): number[] => [0, ...cumulative.map(Number)];

interface TableProps {
  /** Each column's cumulative cash after months 1 … 36 (exact decimal strings). */
  columns: { name: string; cumulative: readonly string[] }[];
  /** The cash paid in each month, for a single series (the estimate's own term). */
  months?: readonly string[];
  caption: string;
  testId: string;
  t: Messages;
  locale: Locale;
}

/** The chart's figures, month by month, folded away until asked for. */
export function TermTable({ columns, months, caption, testId, t, locale }: TableProps) {
  // The rows are written only while the figures are shown: closed, they would cost every render and say nothing.
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.termChart.figures}</summary>
      <div className="table-scroll">
        <table className="lines term-table" data-testid={testId}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.termChart.monthColumn}</th>
              {months && (
                <th scope="col" className="amount">
                  {t.termChart.paidInMonth}
                </th>
              )}
              {columns.map((c) => (
                <th scope="col" className="amount" key={c.name}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: open ? TERM_MONTHS : 0 }, (_, i) => (
              <tr key={i} data-month={i + 1}>
                <th scope="row">{i + 1}</th>
                {months && (
                  <td className="amount" data-cash={months[i]}>
                    {formatMoney(months[i] ?? '0', locale)}
                  </td>
                )}
                {columns.map((c) => (
                  <td className="amount" key={c.name} data-cumulative={c.cumulative[i]}>
                    {formatMoney(c.cumulative[i] ?? '0', locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
