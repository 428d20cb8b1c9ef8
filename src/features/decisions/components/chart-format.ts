/**
 * Charts draw with numbers: exact decimals become numbers only here, for positions on screen; every
 * amount shown in words or tables stays an exact decimal string.
 *
 * Axis ticks are chosen here, not by the chart library, so that one axis writes all its ticks in one
 * unit: ¥0, ¥0.5万, ¥1万, ¥1.5万 (never ¥5000 beside ¥1万), ¥1亿 … in Chinese; ¥0, ¥5K, ¥10K in English.
 */
import type { Catalogs } from '../../../engine/catalog.ts';
import type { Dec } from '../../../engine/money.ts';
import { intlTag, type Locale } from '../../../lib/i18n/locale.ts';

export const toPlot = (d: Dec): number => Number(d.toString());

/** The catalogs' versions, for the key of a chart kept while the workload is typed: new prices draw it again. */
export const catalogVersions = (catalogs: Catalogs): string[] => Object.values(catalogs).map((c) => `${c.vendor}@${c.version}`);

/** The locale's magnitudes, largest first: 亿 and 万 in Chinese, B, M and K in English. */
const UNITS: Record<Locale, readonly { size: number; suffix: string }[]> = {
  zh: [
    { size: 1e8, suffix: '亿' },
    { size: 1e4, suffix: '万' },
  ],
  en: [
    { size: 1e9, suffix: 'B' },
    { size: 1e6, suffix: 'M' },
    { size: 1e3, suffix: 'K' },
  ],
};

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, decimals: number): Intl.NumberFormat {
  const key = `${locale}-${decimals}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: 0, maximumFractionDigits: decimals })));
  return f;
}

/** The largest unit not above `value` (none below the smallest unit). */
function unitFor(value: number, locale: Locale): { size: number; suffix: string } {
  return UNITS[locale].find((u) => Math.abs(value) >= u.size) ?? { size: 1, suffix: '' };
}

/** Decimals needed to write every value exactly (up to 3), for values that are round steps. */
function decimalsFor(values: number[]): number {
  for (let d = 0; d < 3; d++) {
    if (values.every((v) => Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) < 1e-6)) return d;
  }
  return 3;
}

/** A round step for about `count` ticks up to `max`: 1, 2 or 5 × a power of ten. */
function niceStep(max: number, count: number): number {
  const raw = max / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-9) ?? 10 * power) || 1;
}

export interface Axis {
  domain: [number, number];
  ticks: number[];
  format: (v: number) => string;
}

/**
 * A linear axis from 0 to at least `max`, with round ticks all written in the unit of the largest
 * (so a Chinese axis reads ¥0, ¥2万, ¥4万 … or ¥0, ¥0.5亿, ¥1亿), `prefix` before each (¥ for money).
 */
export function linearAxis(max: number, locale: Locale, prefix = '¥', count = 5): Axis {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  const step = niceStep(top, count);
  const ticks: number[] = [];
  for (let v = 0; v < top + step - 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  const last = ticks[ticks.length - 1]!;
  const unit = unitFor(last, locale);
  const f = numberFormat(locale, decimalsFor(ticks.map((v) => v / unit.size)));
  return { domain: [0, last], ticks, format: (v) => `${prefix}${f.format(v / unit.size)}${v === 0 ? '' : unit.suffix}` };
}

/**
 * A logarithmic axis over whole decades around [min, max] (both > 0), a tick at each power of ten,
 * each written in the locale's largest magnitude not above it: ¥1,000, ¥1万, ¥10万 … ¥1亿.
 */
export function logAxis(min: number, max: number, locale: Locale, prefix = '¥'): Axis {
  const lo = Math.floor(Math.log10(min > 0 ? min : 1));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max > 0 ? max : 10)));
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks, format: (v) => magnitude(v, locale, prefix) };
}

/** One value in the locale's largest magnitude not above it ("¥1.5万", "10亿", "¥250"). */
export function magnitude(v: number, locale: Locale, prefix = ''): string {
  const unit = unitFor(v, locale);
  const scaled = v / unit.size;
  return `${prefix}${numberFormat(locale, scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2).format(scaled)}${unit.suffix}`;
}

export function tooltipMoney(locale: Locale): (v: unknown) => string {
  const f = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
  return (v) => (typeof v === 'number' ? f.format(v) : String(v));
}

/**
 * The tooltip in the page's colours: the chart library draws it on white whatever the theme, and writes
 * each value in its line's colour (too faint as text for several of the series colours).
 */
export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--panel)', borderColor: 'var(--line)' },
  itemStyle: { color: 'var(--ink)' },
} as const;

/** The line of a mark that is no series' (the end of a first year, a crossover of calls): at least 3:1 on the light and the dark panel. */
export const MARK_COLOUR = '#64748b';

/** Series colours, distinguishable in print and for common colour blindness (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/**
 * Each series' own dash pattern and marker, so series that cost the same (a line drawn over another)
 * stay apart: the dashes of the one on top let the one below show through, and their markers sit at
 * different points.
 */
export const SERIES_DASHES: (string | undefined)[] = [undefined, '8 4', '2 3', '12 3 3 3', '4 4', '1 5'];
export const SERIES_MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
export type Marker = (typeof SERIES_MARKERS)[number];
