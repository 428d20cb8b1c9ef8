/** The instance fee against hours for pay-as-you-go and each subscription, with the exact crossovers. */
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Catalogs } from '../../../engine/catalog.ts';
import { breakEven, paygCurve } from '../../../engine/decisions/break-even.ts';
import { productKey } from '../../../engine/decisions/option.ts';
import { useKeyed } from '../../../lib/use-keyed.ts';
import { moneyString } from '../../../engine/money.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { DEFAULT_HOURS, MAX_HOURS } from '../../../engine/units.ts';
import type { Messages } from '../../../lib/i18n/en.ts';
import { formatDecimal, formatMoney, useLocale, useT, type Locale } from '../../../lib/i18n/locale.ts';
import { SERIES_COLOURS, SERIES_DASHES, SERIES_MARKERS, TOOLTIP_STYLE, catalogVersions, linearAxis, toPlot, tooltipMoney } from './chart-format.ts';
import { SeriesLegend, markerDots, type SeriesStyle } from './chart-legend.tsx';
import { NowMark, PLOT, PLOT_MARGIN, across, markLabel, markRows, type VerticalMark } from './chart-marks.tsx';

type Mode = 'payg' | 'monthly' | 'yearly';
const HEIGHT = 280;
const DOMAIN: [number, number] = [0, Number(MAX_HOURS)];
/** Hours between two markers of one series; each series' markers start a step later than the previous one's. */
const MARKER_EVERY = 96;
const MARKER_STEP = 24;
/** Where a series is drawn: payg first, then the subscriptions in their order. */
const ORDER: Mode[] = ['payg', 'monthly', 'yearly'];

interface ChartProps {
  /** JSON of the points, so the chart re-renders only when its shape changes, not on every edit. */
  points: string;
  /** JSON of the crossover marks. */
  marks: string;
  /** The series drawn, comma-separated (a string, so the memo holds across renders). */
  modes: string;
  wholeHours: boolean;
  t: Messages;
  locale: Locale;
}

const style = (mode: Mode, t: Messages): SeriesStyle => {
  const i = ORDER.indexOf(mode);
  return { name: t.billingModes[mode], colour: SERIES_COLOURS[i]!, dash: SERIES_DASHES[i], marker: SERIES_MARKERS[i] };
};

/** Every MARKER_EVERY hours, from the series' own offset: markers of lines on one another fall apart. */
const everyFewHours = (i: number) => (_index: number, p: Record<string, unknown>) =>
  typeof p.hours === 'number' && Number.isInteger(p.hours) && p.hours % MARKER_EVERY === (MARKER_STEP * (i + 1)) % MARKER_EVERY;

const BreakEvenChart = memo(function BreakEvenChart({ points, marks, modes: drawn, wholeHours, t, locale }: ChartProps) {
  const modes = drawn.split(',') as Mode[];
  const data = useMemo(() => JSON.parse(points) as Record<string, number>[], [points]);
  const crossovers = useMemo(() => JSON.parse(marks) as VerticalMark[], [marks]);
  const y = linearAxis(Math.max(0, ...data.flatMap((p) => modes.map((m) => p[m] ?? 0))), locale);
  const rows = markRows(crossovers.map((m) => across(m.x, DOMAIN)));
  return (
    <LineChart responsive accessibilityLayer={false} style={{ width: '100%', height: HEIGHT }} data={data} margin={PLOT_MARGIN}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="hours"
        type="number"
        domain={DOMAIN}
        ticks={[0, 100, 200, 300, 400, 500, 600, Number(DEFAULT_HOURS)]}
        label={{ value: t.hoursAxis, position: 'insideBottom', offset: -4 }}
        height={PLOT.xAxis}
      />
      <YAxis domain={y.domain} ticks={y.ticks} tickFormatter={y.format} width={PLOT.yAxis} />
      <Tooltip {...TOOLTIP_STYLE} formatter={tooltipMoney(locale)} labelFormatter={(h) => `${h} ${t.hoursUnit}`} />
      {modes.map((m) => {
        const s = style(m, t);
        const i = ORDER.indexOf(m);
        return (
          <Line
            key={m}
            dataKey={m}
            name={s.name}
            type={m === 'payg' && wholeHours ? 'stepBefore' : 'linear'}
            stroke={s.colour}
            strokeWidth={2}
            strokeDasharray={s.dash}
            dot={markerDots(s.marker!, s.colour, everyFewHours(i))}
            activeDot={false}
            isAnimationActive={false}
          />
        );
      })}
      {crossovers.map((m, i) => (
        <ReferenceLine
          key={`${m.x}-${m.text}`}
          x={m.x}
          stroke={m.colour}
          strokeDasharray={m.dash}
          label={markLabel(m.text, 1 + (rows[i] ?? 0), across(m.x, DOMAIN) > 0.5)}
        />
      ))}
    </LineChart>
  );
});

export function BreakEvenPanel({ scenario, catalogs }: { scenario: Scenario; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const b = useMemo(() => breakEven(scenario, catalogs), [scenario, catalogs]);
  // The instance fee alone: every other line is the same constant in all three modes. It depends on
  // the product, not the workload, so typing calls or traffic does not price the curve again. Points
  // every 24 hours are added (the pay-as-you-go line is straight between its own points) for markers.
  const points = useKeyed(productKey(scenario, catalogVersions(catalogs)), () => {
    if (!b || b.missing.includes('payg')) return '[]';
    const flat = Object.fromEntries(b.crossovers.map((c) => [c.billing, toPlot(c.monthly.minus(b.other))]));
    const curve = paygCurve(b, catalogs).map((p) => ({ hours: toPlot(p.hours), payg: toPlot(p.instance) }));
    const at = new Set(curve.map((p) => p.hours));
    for (let h = MARKER_STEP; h < Number(MAX_HOURS); h += MARKER_STEP) {
      if (at.has(h)) continue;
      const after = curve.findIndex((p) => p.hours > h);
      const a = curve[after - 1]!;
      const c = curve[after]!;
      curve.push({ hours: h, payg: a.payg + ((c.payg - a.payg) * (h - a.hours)) / (c.hours - a.hours) });
    }
    return JSON.stringify(curve.toSorted((p, q) => p.hours - q.hours).map((p) => ({ ...p, ...flat })));
  });
  if (!b) return null;
  const mode = (billing: 'monthly' | 'yearly') => t.billingShort[billing];
  const modes: Mode[] = ['payg', ...ORDER.filter((m) => b.crossovers.some((c) => c.billing === m))];
  // The crossovers, labelled on the chart with their hours; two subscriptions crossing at the same hour share one mark.
  const marks: VerticalMark[] = [];
  for (const c of b.crossovers) {
    if (!c.hours || marks.some((m) => m.x === toPlot(c.hours!))) continue;
    marks.push({
      x: toPlot(c.hours),
      text: t.chartMarks.hours(formatDecimal(c.hours.toString(), locale, 1, 1)),
      colour: style(c.billing, t).colour,
      dash: '2 2',
    });
  }
  // Subscriptions that cost the same a month draw one line over the other: say so.
  const same = b.crossovers.length === 2 && b.crossovers[0]!.monthly.eq(b.crossovers[1]!.monthly);
  const hours = scenario.billing === 'payg' ? toPlot(scenario.hours) : undefined;

  return (
    <article className="panel decision" aria-labelledby="break-even-heading">
      <h3 id="break-even-heading">{t.breakEven}</h3>
      <ul className="facts">
        {b.crossovers.map((c) => (
          <li key={c.billing}>
            {b.missing.includes('payg') ? (
              t.noPaygPrice
            ) : c.hours ? (
              <>
                {t.cheaperAbove.before(mode(c.billing))}
                <strong data-testid={c.billing === 'monthly' ? 'break-even-hours' : 'break-even-hours-yearly'}>
                  {formatDecimal(c.hours.toString(), locale, 1, 1)}
                </strong>
                {t.cheaperAbove.after(mode(c.billing), formatDecimal(c.percentOfMonth!.toString(), locale, 0))}
              </>
            ) : (
              t.paygAlwaysCheaper(mode(c.billing))
            )}
          </li>
        ))}
        {b.missing
          .filter((m) => m !== 'payg')
          .map((m) => (
            <li key={m}>{t.noSubscriptionPrice(mode(m as 'monthly' | 'yearly'))}</li>
          ))}
        {b.wholeHours && <li>{t.stepNote}</li>}
        {!b.other.isZero() && <li>{t.otherCosts(formatMoney(moneyString(b.other), locale))}</li>}
      </ul>
      {points !== '[]' && (
        <div className="chart">
          <div className="chart__plot" role="img" aria-label={t.breakEven}>
            <BreakEvenChart points={points} marks={JSON.stringify(marks)} modes={modes.join(',')} wholeHours={b.wholeHours} t={t} locale={locale} />
            <NowMark at={hours === undefined ? undefined : across(hours, DOMAIN)} text={t.currentHours} />
          </div>
          <SeriesLegend series={modes.map((m) => style(m, t))} />
        </div>
      )}
      {points !== '[]' && same && (
        <p className="field__hint chart__note" data-testid="same-cost">
          {t.chartMarks.sameCost([t.billingShort.monthly, t.billingShort.yearly])}
        </p>
      )}
    </article>
  );
}
