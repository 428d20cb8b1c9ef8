/**
 * The estimate's own errors in the page's words, naming the items they concern. The engine names a
 * bad field by its path (`items[2].label`, `items[1].scenario`) with an English message; the page
 * writes a sentence per kind of problem. Errors of the estimate's own fields (accounts, growth, name)
 * are shown at those fields (`fieldError`).
 */
import type { Catalogs } from '../../engine/catalog.ts';
import { PRICE_KEYS, VENDORS, isOneOf } from '../../engine/ids.ts';
import type { FieldError } from '../../engine/issues.ts';
import type { Messages } from '../../lib/i18n/en.ts';
import type { Locale } from '../../lib/i18n/locale.ts';

export interface EstimateProblem {
  /** The engine's field path. */
  field: string;
  /** The sentence. */
  text: string;
  /** The item to open to correct it (from 0). */
  item?: number;
}

/** Fields of the estimate itself, which their own inputs show. */
const OWN_FIELD = /^(accounts\.\w+\.(firstYearMonths|discountPercent)|growthPercent|name|customer|project)$/;

/** The error of one of the estimate's own fields, in the page's words. */
export function fieldError(t: Messages, errors: readonly FieldError[], field: string): string | undefined {
  const e = errors.find((x) => x.field === field);
  if (!e) return undefined;
  if (field.endsWith('.firstYearMonths')) return t.builder.errors.firstYearMonths;
  if (field === 'name') return t.builder.errors.name;
  return t.fieldErrors.percent;
}

/** The problems to list (every error but those of the estimate's own fields), each naming its item. */
export function estimateProblems(errors: readonly FieldError[], t: Messages, locale: Locale, labels: readonly string[], catalogs: Catalogs): EstimateProblem[] {
  const name = (i: number) => {
    const label = labels[i]?.trim();
    return label ? label : t.itemLabel(i + 1);
  };
  const vendorName = (id: string) => (isOneOf(VENDORS, id) ? (catalogs[id]?.name[locale] ?? id) : id);
  const problems: EstimateProblem[] = [];
  /** Items of one account pricing pooled usage differently: one problem per pair, naming every price. */
  const pooled = new Map<string, { i: number; other: number; vendor: string; prices: string[]; at: number }>();
  for (const e of errors) {
    if (OWN_FIELD.test(e.field)) continue;
    const item = /^items\[(\d+)\]/.exec(e.field);
    const i = item ? Number(item[1]) : undefined;
    let text: string;
    if (i !== undefined && e.field === `items[${i}].scenario`) {
      // Two items of one account price a pooled usage item differently (checkPooledPrices).
      const m = /^prices (\S+) at .* where items\[(\d+)\] prices it .* of the (\w+) account/.exec(e.message);
      if (m) {
        const key = `${i} ${m[2]} ${m[3]}`;
        const price = isOneOf(PRICE_KEYS, m[1]) ? t.priceKeys[m[1]] : m[1]!;
        const known = pooled.get(key);
        if (known) {
          if (!known.prices.includes(price)) known.prices.push(price);
          continue;
        }
        pooled.set(key, { i, other: Number(m[2]), vendor: m[3]!, prices: [price], at: problems.length });
        problems.push({ field: e.field, text: '', item: i });
        continue;
      }
      text = t.builder.errors.item(name(i));
    } else if (i !== undefined && e.field === `items[${i}].scenario.firstYear`) {
      const m = /disagrees with items\[(\d+)\] .* the (\w+) account/.exec(e.message);
      text = m ? t.builder.errors.firstYear(name(i), name(Number(m[1])), vendorName(m[2]!)) : t.builder.errors.item(name(i));
    } else if (i !== undefined && e.field === `items[${i}].label`) {
      text = t.builder.errors.label(i + 1);
    } else if (i !== undefined && e.field === `items[${i}].group`) {
      text = t.builder.errors.group(name(i));
    } else if (i !== undefined) {
      text = t.builder.errors.item(name(i));
    } else {
      text = t.builder.errors.other;
    }
    if (!problems.some((p) => p.text === text)) problems.push({ field: e.field, text, ...(i !== undefined && { item: i }) });
  }
  for (const p of pooled.values()) problems[p.at]!.text = t.builder.errors.pooledPrice(name(p.i), name(p.other), vendorName(p.vendor), p.prices);
  return problems;
}
