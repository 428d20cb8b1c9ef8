/**
 * The page's language: `?lang=zh|en` when given, else the browser's language. Kept apart from the
 * scenario store (a preference, not an input to price). Formatting of money and numbers per locale.
 *
 * Each language's messages are a chunk of their own: a visit loads the one it shows, and the other
 * only when the user switches to it (the page keeps its language until the new one is here).
 */
import { create } from 'zustand';
import type { Messages } from './en.ts';

export type Locale = 'zh' | 'en';
export const LANG_PARAM = 'lang';

const LOADERS: Record<Locale, () => Promise<Messages>> = {
  zh: () => import('./zh.ts').then((m) => m.zh),
  en: () => import('./en.ts').then((m) => m.en),
};
const loaded = new Map<Locale, Promise<Messages>>();

/** A language's messages, fetched once (a failed fetch is tried again on the next call). */
export function loadMessages(locale: Locale): Promise<Messages> {
  let p = loaded.get(locale);
  if (!p) {
    p = LOADERS[locale]();
    loaded.set(locale, p);
    p.catch(() => loaded.delete(locale));
  }
  return p;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh' || value === 'en';
}

/** The language a page opens in: the link's, else the browser's first language we speak, else Chinese. */
export function initialLocale(search: string, languages: readonly string[]): Locale {
  const param = new URLSearchParams(search).get(LANG_PARAM);
  if (isLocale(param)) return param;
  for (const l of languages) {
    if (l.toLowerCase().startsWith('zh')) return 'zh';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'zh';
}

interface LocaleStore {
  locale: Locale;
  /** The messages of `locale`; set together with it, so the page never shows a language half-loaded. */
  messages: Messages | undefined;
  /** Switches once the language's messages are here; resolves then (rejects if they cannot load). */
  setLocale: (locale: Locale) => Promise<void>;
}

export const useLocaleStore = create<LocaleStore>()((set) => {
  let wanted: Locale | undefined;
  return {
    locale: typeof window === 'undefined' ? 'zh' : initialLocale(window.location.search, navigator.languages ?? [navigator.language]),
    messages: undefined,
    setLocale: async (locale) => {
      wanted = locale;
      const messages = await loadMessages(locale);
      // A later switch wins over an earlier one whose messages arrived late.
      if (wanted === locale) set({ locale, messages });
    },
  };
});

/** Loads the opening language's messages; the page renders once this resolves. */
export function prepareLocale(): Promise<void> {
  const { locale, setLocale } = useLocaleStore.getState();
  return setLocale(locale);
}

export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}

export function useT(): Messages {
  const messages = useLocaleStore((s) => s.messages);
  if (!messages) throw new Error('useT() before prepareLocale() resolved');
  return messages;
}

/** BCP 47 tag for Intl. */
export function intlTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en-US';
}

const formats = new Map<string, Intl.NumberFormat>();
function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = make()));
  return f;
}

/** Intl formats a decimal string exactly (Intl.NumberFormat v3), so no amount passes through a float. */
function formatString(f: Intl.NumberFormat, value: string): string {
  return f.format(value as Intl.StringNumericLiteral);
}

/** "¥3,680.00" from the contract's decimal string. */
export function formatMoney(amount: string, locale: Locale): string {
  const f = cached(
    `money-${locale}`,
    () =>
      new Intl.NumberFormat(intlTag(locale), {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
  );
  return formatString(f, amount);
}

/** A unit price: at least two decimals, and every decimal it has ("¥0.063", "¥5.346", "¥0.80"). */
export function formatUnitPrice(price: string, locale: Locale): string {
  const f = cached(
    `price-${locale}`,
    () =>
      new Intl.NumberFormat(intlTag(locale), {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 20,
      }),
  );
  return formatString(f, price);
}

/** A quantity or unit price grouped per locale, keeping up to `maxDecimals` decimals exactly. */
export function formatDecimal(value: string, locale: Locale, maxDecimals = 3, minDecimals = 0): string {
  const f = cached(
    `dec-${locale}-${minDecimals}-${maxDecimals}`,
    () => new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, roundingMode: 'halfExpand' }),
  );
  return formatString(f, value);
}

/**
 * A plain decimal string grouped per locale with every decimal it has (a scenario's numbers carry up
 * to 40, more than Intl.NumberFormat shows everywhere); anything else is returned as it is.
 */
export function formatExact(value: string, locale: Locale): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  const int = formatDecimal(m[1]!, locale, 0);
  if (m[2] === undefined) return int;
  const separator =
    cached(`dec-${locale}-1-1`, () => new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.';
  return `${int}${separator}${m[2]}`;
}
