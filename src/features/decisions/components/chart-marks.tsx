/**
 * Words on a chart's vertical marks (a crossover, the user's own hours or calls, the end of a first
 * year): at the top of the plot, one row per mark so that marks close together do not write over each
 * other, on the side of the line that has room (left of a line in the right half of the plot), with a
 * halo so the text stays readable over the lines it crosses.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { LabelProps, ReferenceLineProps } from 'recharts';

export interface VerticalMark {
  /** Position on the x axis, in the axis' own values. */
  x: number;
  text: string;
  colour: string;
  /** Dashes of the mark's line (none: solid). */
  dash?: string;
}

const ROW = 14;

/**
 * The label of mark number `row`: to the right of its line, or to its left when the line is in the
 * right half of the plot (`right`); a label that would still run past the chart's edge goes to the
 * other side (measured once drawn).
 */
export function markLabel(text: string, row: number, right: boolean): ReferenceLineProps['label'] {
  return {
    position: 'insideTop',
    content: (p: LabelProps) => {
      // A vertical line's box: its x, and the top of the plot.
      const box = p.viewBox as { x?: number; y?: number } | undefined;
      const x = box?.x ?? 0;
      return <MarkText key={`${x} ${text}`} x={x} y={(box?.y ?? 0) + 12 + row * ROW} text={text} right={right} />;
    },
  };
}

function MarkText({ x, y, text, right }: { x: number; y: number; text: string; right: boolean }) {
  const ref = useRef<SVGTextElement>(null);
  const [flipped, setFlipped] = useState(false);
  const leftwards = right !== flipped;
  useLayoutEffect(() => {
    const el = ref.current;
    const svg = el?.ownerSVGElement;
    if (flipped || !el || !svg) return;
    const b = el.getBBox();
    if (b.x < 0 || b.x + b.width > svg.getBoundingClientRect().width) setFlipped(true);
  }, [flipped]);
  return (
    <text
      ref={ref}
      x={x + (leftwards ? -4 : 4)}
      y={y}
      textAnchor={leftwards ? 'end' : 'start'}
      fontSize={11}
      fontWeight={600}
      style={{ stroke: 'var(--panel, #fff)', strokeWidth: 3, paintOrder: 'stroke' }}
      className="chart-mark"
    >
      {text}
    </text>
  );
}

/** Where a value sits across an axis (0 left … 1 right), linear or logarithmic. */
export function across(x: number, domain: [number, number], log = false): number {
  const [a, b] = domain;
  if (log) return a > 0 && b > a && x > 0 ? Math.log(x / a) / Math.log(b / a) : 0;
  return b > a ? (x - a) / (b - a) : 0;
}

/** Rows that keep labels apart: marks are taken left to right, and a mark closer than `gap` (0–1) to the previous one in its row moves down a row. */
export function markRows(positions: number[], gap = 0.3): number[] {
  const order = positions.map((p, i) => ({ p, i })).toSorted((a, b) => a.p - b.p);
  const rows: number[] = Array.from({ length: positions.length }, () => 0);
  const lastInRow: number[] = [];
  for (const { p, i } of order) {
    let row = 0;
    while (lastInRow[row] !== undefined && p - lastInRow[row]! < gap) row++;
    lastInRow[row] = p;
    rows[i] = row;
  }
  return rows;
}

/**
 * The line charts' margins and axis sizes, in pixels: the plot of a chart drawn with them sits
 * `left`…`right` from the chart's sides and `top`…`bottom` from its top and bottom, so an HTML mark
 * can be laid over it (`NowMark`) without drawing the chart again.
 */
export const PLOT = { top: 24, right: 16, bottom: 8, left: 8, yAxis: 64, xAxis: 40 } as const;
export const PLOT_MARGIN = { top: PLOT.top, right: PLOT.right, bottom: PLOT.bottom, left: PLOT.left };

/**
 * The user's own value (hours, calls) as a line over the plot, at `at` across it (0 left … 1 right),
 * with its words in the top row. Laid over the chart in HTML, so typing the value moves the mark and
 * leaves the chart (memoized on its curves) alone. Nothing is drawn outside the plot.
 */
export function NowMark({ at, text }: { at: number | undefined; text: string }) {
  if (at === undefined || !(at >= 0 && at <= 1)) return null;
  const left = PLOT.left + PLOT.yAxis;
  return (
    <div
      className={at > 0.5 ? 'chart-now chart-now--right' : 'chart-now'}
      style={{ left: `calc(${left}px + (100% - ${left + PLOT.right}px) * ${at.toFixed(5)})`, top: PLOT.top, bottom: PLOT.bottom + PLOT.xAxis }}
      aria-hidden="true"
      data-testid="chart-now"
    >
      <span className="chart-now__label">{text}</span>
    </div>
  );
}
