/**
 * The charts' legend and markers: each series' line sample (solid or dashed, as drawn), its marker and
 * its name, in plain HTML under the chart. Not recharts' default legend, whose icons carry an English
 * aria-label ("… legend icon") on the Chinese page too; the sample says nothing to screen readers, the
 * name says it all. Being outside the chart, it leaves the plot a fixed height, so a mark can be laid
 * over the plot (chart-marks.tsx).
 */
import type { DotItemDotProps } from 'recharts';
import type { Marker } from './chart-format.ts';

/** A marker's shape centred on (x, y), about 8 px across. */
export function MarkerShape({ shape, x, y, colour }: { shape: Marker; x: number; y: number; colour: string }) {
  const r = 4;
  const common = { fill: colour, stroke: '#fff', strokeWidth: 1 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} {...common} />;
    case 'square':
      return <rect x={x - r + 0.5} y={y - r + 0.5} width={2 * r - 1} height={2 * r - 1} {...common} />;
    case 'triangle':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} {...common} />;
    case 'diamond':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} {...common} />;
    case 'cross':
      return (
        <g stroke={colour} strokeWidth={2.5}>
          <line x1={x - r} y1={y - r} x2={x + r} y2={y + r} />
          <line x1={x - r} y1={y + r} x2={x + r} y2={y - r} />
        </g>
      );
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const d = i % 2 ? r / 2 : r + 1;
        return `${(x + d * Math.cos(a)).toFixed(1)},${(y + d * Math.sin(a)).toFixed(1)}`;
      });
      return <polygon points={points.join(' ')} {...common} />;
    }
  }
}

/**
 * A line's markers: `shape` at the points `show` picks (by index and by the point's data), so that
 * lines lying on one another show their markers at different points.
 */
export function markerDots(shape: Marker, colour: string, show: (index: number, payload: Record<string, unknown>) => boolean) {
  return function MarkerDot(p: DotItemDotProps) {
    if (typeof p.cx !== 'number' || typeof p.cy !== 'number' || p.value == null || !show(p.index, p.payload as Record<string, unknown>)) return null;
    return <MarkerShape shape={shape} x={p.cx} y={p.cy} colour={colour} />;
  };
}

/** How a series is drawn: its colour, dashes and marker. */
export interface SeriesStyle {
  name: string;
  colour: string;
  dash?: string | undefined;
  marker?: Marker | undefined;
}

/** The legend under a chart, in the page's HTML (not the chart's SVG): each series' line sample, marker and name. */
export function SeriesLegend({ series }: { series: readonly SeriesStyle[] }) {
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.name}>
          <svg className="chart-legend__swatch" width="26" height="10" aria-hidden="true" focusable="false">
            <line x1="1" y1="5" x2="25" y2="5" stroke={s.colour} strokeWidth="3" strokeDasharray={s.dash} />
            {s.marker && <MarkerShape shape={s.marker} x={13} y={5} colour={s.colour} />}
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
