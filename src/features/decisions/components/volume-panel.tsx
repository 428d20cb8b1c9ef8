/**
 * Cost against calls per month: the city's pay-per-call offerings and its dedicated instances. Only
 * options priced from published prices or the user's are drawn (the comparison's standing 0); the
 * panel says what is left out, and names a series whose vendor publishes no capacity as such.
 */
import { memo, useMemo } from 'react';
import { useKeyed } from '../../../lib/use-keyed.ts';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
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
import { SERIES_COLOURS, axisCount, axisMoney, catalogVersions, toPlot, tooltipMoney } from './chart-format.ts';
import { ChartLegend } from './chart-legend.tsx';

interface ChartProps {
  /** JSON of the points and series, so the chart re-renders only when its shape changes. */
  chart: string;
  t: Messages;
  locale: Locale;
}

const VolumeChart = memo(function VolumeChart({ chart, t, locale }: ChartProps) {
  const { data, names, dedicated, crossovers } = useMemo(
    () => JSON.parse(chart) as { data: Record<string, number | null>[]; names: string[]; dedicated: boolean[]; crossovers: number[] },
    [chart],
  );
  return (
    <div className="chart" role="img" aria-label={t.volume}>
      <LineChart responsive style={{ width: '100%', height: 300 }} data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="calls"
          type="number"
          scale="log"
          domain={['dataMin', 'dataMax']}
          ticks={[1e5, 1e6, 1e7, 1e8, 1e9, 1e10]}
          tickFormatter={axisCount(locale)}
          label={{ value: t.callsAxis, position: 'insideBottom', offset: -4 }}
          height={40}
        />
        <YAxis scale="log" domain={['auto', 'auto']} allowDataOverflow tickFormatter={axisMoney(locale)} width={64} />
        <Tooltip formatter={tooltipMoney(locale)} labelFormatter={(c) => `${axisCount(locale)(Number(c))} ${t.callsUnit}`} />
        <Legend content={ChartLegend} />
        {names.map((name, i) => (
          <Line
            key={name}
            dataKey={`s${i}`}
            name={name}
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            strokeDasharray={dedicated[i] ? '6 3' : undefined}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        ))}
        {crossovers.map((x) => (
          <ReferenceLine key={x} x={x} stroke="#475569" strokeDasharray="2 2" />
        ))}
      </LineChart>
    </div>
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
  const chart = JSON.stringify({
    data: v.points.map((p) => ({
      calls: toPlot(p.calls),
      ...Object.fromEntries(p.totals.map((x, i) => [`s${i}`, x === undefined || !x.gt(0) ? null : toPlot(x)])),
    })),
    names,
    dedicated: v.series.map((s) => s.edition !== undefined),
    crossovers: v.crossovers.map((c) => toPlot(c.calls)),
  });
  const count = (calls: string) => {
    const m = describeCount(calls, locale);
    return m ? t.countWithMagnitude(formatDecimal(calls, locale), m) : formatDecimal(calls, locale);
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
      {v.series.length > 0 && <VolumeChart chart={chart} t={t} locale={locale} />}
      <p className="field__hint">
        {t.volumeDrawn}
        {v.series.length > 0 && free && `${t.sentenceGap}${t.volumeFree}`}
      </p>
    </article>
  );
}
