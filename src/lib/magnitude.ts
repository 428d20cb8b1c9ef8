/**
 * Friendly magnitudes for call counts: people type "5M", "500万" or "1.5亿" and read "500 万次" or
 * "5 M calls". Parsing is exact (decimal strings, no floats); a text that is not a count is returned
 * unchanged so the scenario's validation names it.
 */
import { Dec } from '../engine/money.ts';

const SUFFIX: Record<string, string> = {
  k: '1000',
  K: '1000',
  m: '1000000',
  M: '1000000',
  b: '1000000000',
  B: '1000000000',
  千: '1000',
  万: '10000',
  百万: '1000000',
  千万: '10000000',
  亿: '100000000',
};

/** "5M" → "5000000", "1.5亿" → "150000000", "5,000,000" → "5000000"; anything else unchanged. */
export function parseCount(text: string): string {
  const t = text.replace(/[\s,，_]/g, '');
  const m = /^(\d+(?:\.\d+)?)(k|K|m|M|b|B|千|万|百万|千万|亿)?(?:次)?$/.exec(t);
  if (!m) return text.trim();
  const n = new Dec(m[1] as string).times(m[2] ? (SUFFIX[m[2]] as string) : '1');
  return n.isInteger() ? n.toFixed() : text.trim();
}

/** A count in the locale's magnitudes: "500万" / "1.5亿" in Chinese, "5M" / "1.5B" in English. */
export function describeCount(value: string, locale: 'zh' | 'en'): string | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  const n = new Dec(value);
  const steps =
    locale === 'zh'
      ? [
          ['100000000', '亿'],
          ['10000', '万'],
        ]
      : [
          ['1000000000', 'B'],
          ['1000000', 'M'],
          ['1000', 'K'],
        ];
  for (const [size, unit] of steps) {
    if (n.gte(size as string)) {
      const scaled = n.div(size as string);
      const shown = scaled.toDecimalPlaces(scaled.gte(100) ? 0 : 2);
      return `${shown.eq(scaled) ? '' : '≈ '}${shown.toFixed()} ${unit}`;
    }
  }
  return undefined;
}
