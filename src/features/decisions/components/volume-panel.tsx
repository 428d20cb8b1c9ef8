/**
 * Cost against calls per month: the city's pay-per-call offerings and its dedicated instances. Only
 * options priced from published prices or the user's are drawn (the comparison's standing 0); the
 * panel says what is left out, and names a series whose vendor publishes no capacity as such. The
 * crossovers are marked on the chart with their call counts, and the user's own calls over it.
 */
import { memo, useMemo } from 'react';
import { useKeyed } from '../../../lib/use-keyed.ts';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Catalogs } from '../../../engine/catalog.ts';
import { volumeComparison } from '../../../engine/decisions/volume.ts';
import { ZERO, asCalls } from '../../../engine/money.ts';
import { isDedicated, offeringModule } from '../../../engine/offerings/registry.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { scenarioDoc } from '../../../engine/decisions/option.ts';
import type { Messages } from '../../../lib/i18n/en.ts';
import { formatDecimal, useLocale, useT, type Locale } from '../../../lib/i18n/locale.ts';
import { describeCount } from '../../../lib/magnitude.ts';
import { optionName } from '../option-name.ts';
import {
  MARK_COLOUR,
  SERIES_COLOURS,
  SERIES_DASHES,
  SERIES_MARKERS,
  TOOLTIP_STYLE,
  catalogVersions,
  logAxis,
  magnitude,
  toPlot,
  tooltipMoney,
} from './chart-format.ts';
import { SeriesLegend, markerDots, type SeriesStyle } from './chart-legend.tsx';
import { NowMark, PLOT, PLOT_MARGIN, across, markLabel, markRows, type VerticalMark } from './chart-marks.tsx';

const HEIGHT = 300;
/** The calls axis: 10^5 … 10^10 calls a month, the volumes the engine samples. */
const CALLS = logAxis(1e5, 1e10, 'en', '');
/** Points between two markers of one series; each series starts one point later than the previous one. */
const MARKER_EVERY = 6;

interface ChartData {
  data: Record<string, number | null>[];
  series: SeriesStyle[];
  marks: VerticalMark[];
}

interface ChartProps {
  /** JSON of ChartData, so the chart re-renders only when its shape changes (not as calls are typed). */
  chart: string;
  t: Messages;
  locale: Locale;
}

const VolumeChart = memo(function VolumeChart({ chart, t, locale }: ChartProps) {
  const { data, series, marks } = useMemo(() => JSON.parse(chart) as ChartData, [chart]);
  const values = data.flatMap((p) => series.map((_, i) => p[`s${i}`])).filter((v): v is number => typeof v === 'number' && v > 0);
  const y = logAxis(Math.min(...values), Math.max(...values), locale);
  const x = logAxis(1e5, 1e10, locale, '');
  const rows = markRows(marks.map((m) => across(m.x, CALLS.domain, true)));
  return (
    <LineChart responsive accessibilityLayer={false} style={{ width: '100%', height: HEIGHT }} data={data} margin={PLOT_MARGIN}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="calls"
        type="number"
        scale="log"
        domain={x.domain}
        ticks={x.ticks}
        tickFormatter={x.format}
        label={{ value: t.callsAxis, position: 'insideBottom', offset: -4 }}
        height={PLOT.xAxis}
      />
      <YAxis scale="log" domain={y.domain} ticks={y.ticks} allowDataOverflow tickFormatter={y.format} width={PLOT.yAxis} />
      <Tooltip {...TOOLTIP_STYLE} formatter={tooltipMoney(locale)} labelFormatter={(c) => `${magnitude(Number(c), locale)} ${t.callsUnit}`} />
      {series.map((s, i) => (
        <Line
          key={s.name}
          dataKey={`s${i}`}
          name={s.name}
          stroke={s.colour}
          strokeWidth={2}
          strokeDasharray={s.dash}
          dot={markerDots(s.marker!, s.colour, (index) => index % MARKER_EVERY === i % MARKER_EVERY)}
          activeDot={false}
          isAnimationActive={false}
          connectNulls
        />
      ))}
      {marks.map((m, i) => (
        <ReferenceLine
          key={m.x}
          x={m.x}
          stroke={m.colour}
          strokeDasharray={m.dash}
          label={markLabel(m.text, 1 + (rows[i] ?? 0), across(m.x, CALLS.domain, true) > 0.5)}
        />
      ))}
    </LineChart>
  );
});

export function VolumePanel({ scenario, catalogs }: { scenario: Scenario; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  // The curves do not depend on the call count being typed: only on the rest of the scenario.
  const v = useKeyed(JSON.stringify([scenarioDoc({ ...scenario, callsPerMonth: asCalls(ZERO) }), catalogVersions(catalogs)]), () =>
    volumeComparison(scenario, catalogs),
  );
  // With a peak given, a series whose vendor publishes no capacity is not known to carry it: its name says so.
  const names = v.series.map((s) => {
    const name = optionName(catalogs, t, locale, { offering: s.offering, ...(s.edition && { edition: s.edition, billing: 'monthly' as const }) });
    return scenario.peakQps !== undefined && offeringModule(s.offering).capacity === 'unpublished' ? t.seriesUnpublished(name) : name;
  });
  const perCall = v.series.filter((s) => !isDedicated(s.offering)).length;
  const dedicated = v.series.length - perCall;
  // A logarithmic axis has no place for ¥0 (calls within a free quota): such points are left out, so
  // the line starts where calls are first billed (an axis from 0 would draw nothing at all).
  const free = v.points.some((p) => p.totals.some((x) => x !== undefined && x.isZero()));
  const plotted = v.points.map((p) => p.totals.map((x) => (x === undefined || !x.gt(0) ? null : toPlot(x))));
  // Series that cost the same at every volume drawn lie on one another: name them.
  const same = v.series
    .map((_, i) => v.series.map((_s, j) => j).filter((j) => plotted.every((p) => p[i] === p[j]) && plotted.some((p) => p[i] !== null)))
    .filter((group, i) => group.length > 1 && group[0] === i)
    .map((group) => group.map((i) => names[i]!));
  const series: SeriesStyle[] = names.map((name, i) => ({
    name,
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
    dash: SERIES_DASHES[i % SERIES_DASHES.length],
    marker: SERIES_MARKERS[i % SERIES_MARKERS.length],
  }));
  // Each crossover with its call count in the locale's magnitudes ("9.21亿"; the list above has it exactly);
  // crossovers that read the same share one mark.
  const marks: VerticalMark[] = [];
  for (const c of v.crossovers) {
    const text = magnitude(toPlot(c.calls), locale);
    if (!marks.some((m) => m.text === text)) marks.push({ x: toPlot(c.calls), text, colour: MARK_COLOUR, dash: '2 2' });
  }
  const chart = JSON.stringify({
    data: v.points.map((p, k) => ({ calls: toPlot(p.calls), ...Object.fromEntries(plotted[k]!.map((x, i) => [`s${i}`, x])) })),
    series,
    marks,
  } satisfies ChartData);
  const calls = toPlot(scenario.callsPerMonth);
  const count = (c: string) => {
    const m = describeCount(c, locale);
    return m ? t.countWithMagnitude(formatDecimal(c, locale), m) : formatDecimal(c, locale);
  };

  return (
    <article className="panel decision" aria-labelledby="volume-heading">
      <h3 id="volume-heading">{t.volume}</h3>
      <ul className="facts" data-testid="volume-crossovers">
        {v.series.length === 0 ? (
          <li>{t.volumeEmpty}</li>
        ) : dedicated === 0 ? (
          <li>{t.noDedicatedSeries}</li>
        ) : perCall === 0 ? (
          <li>{t.noPerCallSeries}</li>
        ) : (
          v.crossovers.length === 0 && <li>{t.noCrossover}</li>
        )}
        {v.crossovers.map((c) => {
          const d = v.series.findIndex((s) => s.offering === c.dedicated);
          const p = v.series.findIndex((s) => s.offering === c.perCall);
          return (
            <li key={`${c.perCall}-${c.dedicated}`} data-calls={c.calls.toString()}>
              {t.dedicatedCheaperAbove(names[d] ?? c.dedicated, names[p] ?? c.perCall, count(c.calls.toString()))}
            </li>
          );
        })}
      </ul>
      {v.series.length > 0 && (
        <div className="chart">
          <div className="chart__plot" role="img" aria-label={t.volume}>
            <VolumeChart chart={chart} t={t} locale={locale} />
            <NowMark at={calls > 0 ? across(calls, CALLS.domain, true) : undefined} text={t.chartMarks.yourCalls} />
          </div>
          <SeriesLegend series={series} />
        </div>
      )}
      {same.map((group) => (
        <p className="field__hint chart__note" key={group.join()} data-testid="same-cost">
          {t.chartMarks.sameCost(group)}
        </p>
      ))}
      <p className="field__hint">
        {t.volumeDrawn}
        {v.series.length > 0 && free && `${t.sentenceGap}${t.volumeFree}`}
      </p>
    </article>
  );
}
