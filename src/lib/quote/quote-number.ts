/**
 * A quote's number: `Q-YYYYMMDD-XXXXXX`, the date and six hex digits of a hash of the estimate's
 * canonical JSON (keys sorted at every level, no spaces), the date and the partner's margin (when there
 * is one: a margin changes the prices). The same estimate on the same day has the same number, printed
 * in either language; any change of the estimate (an item, a discount, the customer) or of the day
 * gives another. It tells quotes apart; it is no signature and proves nothing.
 */

/** JSON with every object's keys in order, so two equal documents give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash with good spread (not cryptographic; collisions are only unlikely). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar date as YYYY-MM-DD (the quote's date is the day the user sees). */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day `days` after a YYYY-MM-DD date, as YYYY-MM-DD (calendar arithmetic, no time zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `Q-20261130-3FA9C2` for an estimate document on a date (YYYY-MM-DD), with the partner's margin if any. */
export function quoteNumber(estimate: unknown, date: string, markupPercent = '0'): string {
  const margin = markupPercent === '0' ? '' : `\nmarkup:${markupPercent}`;
  const digits = (hash53(`${canonicalJson(estimate)}\n${date}${margin}`) % 0x1000000).toString(16).toUpperCase().padStart(6, '0');
  return `Q-${date.replaceAll('-', '')}-${digits}`;
}
