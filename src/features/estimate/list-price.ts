/**
 * List → discount → net: the estimate priced at list prices (every negotiated discount removed, the
 * user's own quoted prices kept, as they are net already) and as it stands; the difference is what the
 * discounts take off.
 */
import type { Catalogs } from '../../engine/catalog.ts';
import type { EstimateDoc } from '../../engine/estimates/document.ts';
import { quoteEstimate } from '../../engine/estimates/pricing.ts';
import { dec, moneyString, asMoney } from '../../engine/money.ts';

/** A percentage as typed ("15", "15%", " 15 ％"), without its sign. */
export function percentText(value: string | number): string {
  return String(value)
    .trim()
    .replace(/\s*[%％]$/, '');
}

/** The document without any negotiated discount (an item's or an account's); undefined when it has none. */
export function withoutDiscounts(doc: EstimateDoc): EstimateDoc | undefined {
  const discounted =
    doc.items.some((i) => i.scenario.discountPercent !== undefined) || Object.values(doc.accounts ?? {}).some((a) => a?.discountPercent !== undefined);
  if (!discounted) return undefined;
  const items = doc.items.map((item) => {
    const { discountPercent: _d, ...scenario } = item.scenario;
    return { ...item, scenario };
  });
  const accounts = Object.fromEntries(
    Object.entries(doc.accounts ?? {}).map(([vendor, account]) => {
      const { discountPercent: _d, ...rest } = account ?? {};
      return [vendor, rest];
    }),
  );
  return { ...doc, items, accounts };
}

/** The distinct discounts the document gives (as typed, without "%"), in order of appearance; zero ones left out. */
export function discountsOf(doc: EstimateDoc): string[] {
  const given = [...Object.values(doc.accounts ?? {}).map((a) => a?.discountPercent), ...doc.items.map((i) => i.scenario.discountPercent)].filter(
    (d) => d !== undefined,
  );
  const out: string[] = [];
  for (const d of given) {
    const text = percentText(d);
    let zero = false;
    try {
      zero = dec(text).isZero();
    } catch {
      continue; // not a number: the field says so
    }
    if (!zero && !out.some((o) => dec(o).eq(text))) out.push(text);
  }
  return out;
}

export interface ListToNet {
  /** The month at list prices, the discounts, and the month as priced ("1234.56"). */
  list: string;
  discount: string;
  net: string;
  /** The same over the first 12 months of cash. */
  list12: string;
  discount12: string;
  net12: string;
  /** Every item's price is known (else the figures are lower bounds). */
  complete: boolean;
  /** The discounts given, as typed without "%". */
  percents: string[];
}

/** a − b, two money strings. */
function minus(a: string, b: string): string {
  return moneyString(asMoney(dec(a).minus(b)));
}

/** The estimate's month and first year at list prices and net; undefined while the document is invalid. */
export function listToNet(doc: EstimateDoc, catalogs: Catalogs, markupPercent?: string): ListToNet | undefined {
  const net = quoteEstimate(doc, catalogs, { explain: false, ...(markupPercent !== undefined && { markupPercent }) });
  if (!net.ok) return undefined;
  const stripped = withoutDiscounts(doc);
  const list = stripped ? quoteEstimate(stripped, catalogs, { explain: false, ...(markupPercent !== undefined && { markupPercent }) }) : net;
  if (!list.ok) return undefined;
  return {
    list: list.output.monthly,
    net: net.output.monthly,
    discount: minus(list.output.monthly, net.output.monthly),
    list12: list.output.first12,
    net12: net.output.first12,
    discount12: minus(list.output.first12, net.output.first12),
    complete: net.output.complete && list.output.complete,
    percents: stripped ? discountsOf(doc) : [],
  };
}
