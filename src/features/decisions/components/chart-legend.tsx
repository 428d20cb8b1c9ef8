/**
 * The charts' legend: each series' line (solid or dashed, as drawn) and its name. Replaces recharts'
 * default, whose icons carry an English aria-label ("… legend icon") on the Chinese page too; the
 * line sample says nothing to screen readers, the name says it all.
 */
import type { DefaultLegendContentProps } from 'recharts';

export function ChartLegend({ payload }: DefaultLegendContentProps) {
  return (
    <ul className="chart-legend">
      {payload?.map((item) => {
        const line = item.payload as { strokeDasharray?: string } | undefined;
        return (
          <li key={item.value}>
            <svg className="chart-legend__swatch" width="22" height="8" aria-hidden="true" focusable="false">
              <line x1="1" y1="4" x2="21" y2="4" stroke={item.color} strokeWidth="3" strokeDasharray={line?.strokeDasharray} />
            </svg>
            {item.value}
          </li>
        );
      })}
    </ul>
  );
}
