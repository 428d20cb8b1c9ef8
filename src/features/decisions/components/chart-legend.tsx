/**
 * The charts' legend: a colour swatch and the series' name. Replaces recharts' default, whose icons
 * carry an English aria-label ("… legend icon") on the Chinese page too; a swatch says nothing.
 */
import type { DefaultLegendContentProps } from 'recharts';

export function ChartLegend({ payload }: DefaultLegendContentProps) {
  return (
    <ul className="chart-legend">
      {payload?.map((item) => (
        <li key={item.value}>
          <span className="chart-legend__swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.value}
        </li>
      ))}
    </ul>
  );
}
