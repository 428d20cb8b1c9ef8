/**
 * Charts draw with numbers: exact decimals become numbers only here, for positions on screen; every
 * amount shown in words or tables stays an exact decimal string.
 */
import type { Catalogs } from '../../../engine/catalog.ts';
import type { Dec } from '../../../engine/money.ts';
import { intlTag, type Locale } from '../../../lib/i18n/locale.ts';

export const toPlot = (d: Dec): number => Number(d.toString());

/** The catalogs' versions, for the key of a chart kept while the workload is typed: new prices draw it again. */
export const catalogVersions = (catalogs: Catalogs): string[] => Object.values(catalogs).map((c) => `${c.vendor}@${c.version}`);

export function axisMoney(locale: Locale): (v: number) => string {
  const f = new Intl.NumberFormat(intlTag(locale), { notation: 'compact', maximumFractionDigits: 1 });
  return (v) => `¥${f.format(v)}`;
}

export function axisCount(locale: Locale): (v: number) => string {
  const f = new Intl.NumberFormat(intlTag(locale), { notation: 'compact', maximumFractionDigits: 1 });
  return (v) => f.format(v);
}

export function tooltipMoney(locale: Locale): (v: unknown) => string {
  const f = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
  return (v) => (typeof v === 'number' ? f.format(v) : String(v));
}

/** Series colours, distinguishable in print and for common colour blindness (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
