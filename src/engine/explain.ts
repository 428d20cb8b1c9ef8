/**
 * Explanations as data. A priced line carries its formula as structured parts (quantities, units,
 * unit prices, factors such as whole hours, 10,000-call units or instances, and the rounding); warnings
 * and notes are codes with parameters. The engine writes no sentences: `formulaText` writes a formula
 * in the words it is given (the page's language, or English for the command line's `formula`).
 */
import { ENGLISH_FORMULA_WORDS, type FormulaWords } from './formula-words.ts';
import { dec, formatMoney, formatNumber, formatPrice } from './money.ts';

export { ENGLISH_FORMULA_WORDS, type FormulaWords };

/** How the billed quantity was reached before the terms: gross − free = billable ("5,000,000 − 1,000,000 free = 4,000,000"). */
export interface FormulaLead {
  gross: string;
  free: string;
  billable: string;
}

/** What one term of a formula multiplies the unit price by. */
export type FormulaQuantity =
  /** A plain quantity in its unit: "730 h", "1 month". */
  | { kind: 'amount'; value: string; unit: 'hour' | 'month' }
  /** Hours billed whole: "9.5 h → 10 h" (a started hour counts as a whole hour). */
  | { kind: 'whole-hours'; hours: string; billed: string }
  /** Egress GB added up, less a free allowance: "(14.305 + 4.768 − 1 free) GB". */
  | { kind: 'gb'; values: string[]; free?: string }
  /** Calls priced per unit of `per` calls: "4,000,000 ÷ 10,000". */
  | { kind: 'per-unit'; calls: string; per: string }
  /** Calls counted in started units: "⌈2,456,789 ÷ 10,000⌉ = 246". */
  | { kind: 'started-units'; calls: string; per: string; units: string }
  /** A term priced per term itself (a yearly subscription): nothing before the price. */
  | { kind: 'term' };

/** The unit price a term applies, and the catalog price and discount it came from. */
export interface FormulaPrice {
  /** Net unit price. */
  value: string;
  /** The catalog price before the negotiated discount, when one was applied. */
  list?: string;
  discountPercent?: string;
}

export interface FormulaTerm {
  quantity: FormulaQuantity;
  /** Absent when nobody publishes the price (the line is then missing, not priced). */
  price?: FormulaPrice;
  /** × n instances (n > 1). */
  instances?: number;
  /** ÷ n months (a yearly price's monthly equivalent). */
  divideByMonths?: string;
}

export interface Formula {
  lead?: FormulaLead;
  terms: FormulaTerm[];
  /** A seller's margin in percent (a partner's markup), applied to the terms' sum before the rounding. */
  markupPercent?: string;
  /** The item's amount after its single rounding. */
  amount: string;
  /** The vendor's minimum fee replaced a smaller rounded amount (Huawei's 0.01). */
  minimumFee?: string;
}

function quantityText(q: FormulaQuantity, w: FormulaWords): string {
  switch (q.kind) {
    case 'amount':
      return q.unit === 'hour' ? `${formatNumber(dec(q.value), 6)} ${w.hour}` : w.month(formatNumber(dec(q.value)));
    case 'whole-hours':
      return q.hours === q.billed
        ? `${formatNumber(dec(q.billed), 6)} ${w.hour}`
        : `${formatNumber(dec(q.hours), 6)} ${w.hour} → ${formatNumber(dec(q.billed))} ${w.hour}`;
    case 'gb': {
      const terms = q.values.length === 0 ? ['0'] : q.values.map((v) => formatNumber(dec(v)));
      const joined = terms.join(' + ') + (q.free ? ` − ${formatNumber(dec(q.free))} ${w.free}` : '');
      return terms.length > 1 || q.free ? `(${joined}) GB` : `${joined} GB`;
    }
    case 'per-unit':
      return `${formatNumber(dec(q.calls))} ÷ ${formatNumber(dec(q.per))}`;
    case 'started-units':
      return `⌈${formatNumber(dec(q.calls))} ÷ ${formatNumber(dec(q.per))}⌉ = ${formatNumber(dec(q.units))}`;
    case 'term':
      return '';
  }
}

function priceText(p: FormulaPrice | undefined): string {
  if (!p) return '—';
  const net = formatPrice(dec(p.value));
  return p.list !== undefined ? `${net} (${formatPrice(dec(p.list))} − ${p.discountPercent ?? '0'}%)` : net;
}

function termText(t: FormulaTerm, w: FormulaWords): string {
  const q = quantityText(t.quantity, w);
  const instances = t.instances !== undefined && t.instances > 1 ? ` × ${w.instances(String(t.instances))}` : '';
  const months = t.divideByMonths !== undefined ? ` ÷ ${t.divideByMonths}` : '';
  return `${q ? `${q} × ` : ''}${priceText(t.price)}${instances}${months}`;
}

/** The formula in one language: "5,000,000 − 1,000,000 free = 4,000,000; 4,000,000 ÷ 10,000 × 0.06 = 24.00". */
export function formulaText(f: Formula, words: FormulaWords = ENGLISH_FORMULA_WORDS): string {
  const lead = f.lead
    ? `${formatNumber(dec(f.lead.gross))} − ${formatNumber(dec(f.lead.free))} ${words.free} = ${formatNumber(dec(f.lead.billable))}${words.clauseGap}`
    : '';
  const minimum = f.minimumFee !== undefined ? words.remark(words.minimumFee) : '';
  const terms = f.terms.map((t) => termText(t, words)).join(' + ');
  const marked =
    f.markupPercent === undefined
      ? terms
      : `${f.terms.length > 1 ? `(${terms})` : terms} × ${formatNumber(dec(f.markupPercent).plus(100), 4)}%${words.remark(words.margin(formatNumber(dec(f.markupPercent), 4)))}`;
  return `${lead}${marked} = ${formatMoney(dec(f.amount))}${minimum}`;
}
