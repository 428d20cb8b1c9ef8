/** The instance fee against hours for pay-as-you-go and each subscription, with the exact crossovers. */
import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Catalogs } from '../../../engine/catalog.ts';
import { breakEven, paygCurve } from '../../../engine/decisions/break-even.ts';
import { productKey } from '../../../engine/decisions/option.ts';
import { useKeyed } from '../../../lib/use-keyed.ts';
import { moneyString } from '../../../engine/money.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { DEFAULT_HOURS, MAX_HOURS } from '../../../engine/units.ts';
import type { Messages } from '../../../lib/i18n/en.ts';
import { formatDecimal, formatMoney, useLocale, useT, type Locale } from '../../../lib/i18n/locale.ts';
import { SERIES_COLOURS, axisMoney, catalogVersions, toPlot, tooltipMoney } from './chart-format.ts';
import { ChartLegend } from './chart-legend.tsx';

interface ChartProps {
  /** JSON of the points, so the chart re-renders only when its shape changes, not on every edit. */
  points: string;
  modes: ('monthly' | 'yearly')[];
  wholeHours: boolean;
  hours: number | undefined;
  crossover: number | undefined;
  t: Messages;
  locale: Locale;
}

const BOTH: ('monthly' | 'yearly')[] = ['monthly', 'yearly'];

const BreakEvenChart = memo(function BreakEvenChart({ points, modes, wholeHours, hours, crossover, t, locale }: ChartProps) {
  const data = useMemo(() => JSON.parse(points) as Record<string, number>[], [points]);
  return (
    <div className="chart" role="img" aria-label={t.breakEven}>
      <LineChart responsive style={{ width: '100%', height: 280 }} data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="hours"
          type="number"
          domain={[0, Number(MAX_HOURS)]}
          ticks={[0, 100, 200, 300, 400, 500, 600, Number(DEFAULT_HOURS)]}
          label={{ value: t.hoursAxis, position: 'insideBottom', offset: -4 }}
          height={40}
        />
        <YAxis tickFormatter={axisMoney(locale)} width={64} />
        <Tooltip formatter={tooltipMoney(locale)} labelFormatter={(h) => `${h} ${t.hoursUnit}`} />
        <Legend content={ChartLegend} />
        <Line
          dataKey="payg"
          name={t.billingModes.payg}
          type={wholeHours ? 'stepBefore' : 'linear'}
          stroke={SERIES_COLOURS[0]}
          dot={false}
          isAnimationActive={false}
        />
        {modes.map((m, i) => (
          <Line
            key={m}
            dataKey={m}
            name={t.billingModes[m]}
            stroke={SERIES_COLOURS[i + 1]}
            strokeDasharray={i ? '6 3' : undefined}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {hours !== undefined && <ReferenceLine x={hours} stroke="#475569" label={{ value: t.currentHours, position: 'top' }} />}
        {crossover !== undefined && <ReferenceLine x={crossover} stroke={SERIES_COLOURS[1]} strokeDasharray="2 2" />}
      </LineChart>
    </div>
  );
});

export function BreakEvenPanel({ scenario, catalogs }: { scenario: Scenario; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const b = useMemo(() => breakEven(scenario, catalogs), [scenario, catalogs]);
  // The instance fee alone: every other line is the same constant in all three modes. It depends on
  // the product, not the workload, so typing calls or traffic does not price the curve again.
  const points = useKeyed(productKey(scenario, catalogVersions(catalogs)), () => {
    if (!b || b.missing.includes('payg')) return '[]';
    const flat = Object.fromEntries(b.crossovers.map((c) => [c.billing, toPlot(c.monthly.minus(b.other))]));
    return JSON.stringify(paygCurve(b, catalogs).map((p) => ({ hours: toPlot(p.hours), payg: toPlot(p.instance), ...flat })));
  });
  if (!b) return null;
  const monthly = b.crossovers.find((c) => c.billing === 'monthly');
  const mode = (billing: 'monthly' | 'yearly') => t.billingShort[billing];

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
        <BreakEvenChart
          points={points}
          modes={b.crossovers.length === 2 ? BOTH : b.crossovers.map((c) => c.billing)}
          wholeHours={b.wholeHours}
          hours={scenario.billing === 'payg' ? toPlot(scenario.hours) : undefined}
          crossover={monthly?.hours ? toPlot(monthly.hours) : undefined}
          t={t}
          locale={locale}
        />
      )}
    </article>
  );
}
