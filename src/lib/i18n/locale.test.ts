import { describe, expect, it } from 'vitest';
import { formatExact, formatMoney, formatUnitPrice, initialLocale, loadMessages, prepareLocale, useLocaleStore } from './locale.ts';

describe('the page language', () => {
  it("is the link's, else the browser's first language we speak, else Chinese", () => {
    expect(initialLocale('?lang=en', ['zh-CN'])).toBe('en');
    expect(initialLocale('?lang=fr', ['en-GB', 'zh'])).toBe('en');
    expect(initialLocale('', ['de-DE', 'zh-TW'])).toBe('zh');
    expect(initialLocale('', ['fr-FR'])).toBe('zh');
  });

  it('formats money from decimal strings exactly, with ¥ and two decimals', () => {
    expect(formatMoney('3680.00', 'zh')).toBe('¥3,680.00');
    expect(formatMoney('12345678901234.565', 'en')).toBe('¥12,345,678,901,234.57'); // beyond a float's digits
    expect(formatUnitPrice('0.063', 'en')).toBe('¥0.063');
    expect(formatUnitPrice('0.8', 'en')).toBe('¥0.80');
  });

  it('writes a number of the scenario with every decimal it has, grouped', () => {
    expect(formatExact('1234567890123456789012345', 'en')).toBe('1,234,567,890,123,456,789,012,345');
    expect(formatExact('5000.1234567890123456789012345678901234567890', 'zh')).toBe('5,000.1234567890123456789012345678901234567890');
    expect(formatExact('12abc', 'en')).toBe('12abc');
  });
});

describe('switching language', () => {
  it('loads the language first and switches with its messages; a later switch wins over an earlier one', async () => {
    await prepareLocale();
    const opening = useLocaleStore.getState();
    expect(opening.messages).toBeDefined();
    const other = opening.locale === 'zh' ? 'en' : 'zh';
    const first = useLocaleStore.getState().setLocale(other);
    const second = useLocaleStore.getState().setLocale(opening.locale);
    await Promise.all([first, second]);
    expect(useLocaleStore.getState().locale).toBe(opening.locale);
    expect(useLocaleStore.getState().messages).toBe(await loadMessages(opening.locale));
    await useLocaleStore.getState().setLocale('en');
    expect(useLocaleStore.getState().messages?.switchLanguage).toBe('中文');
    await useLocaleStore.getState().setLocale('zh');
    expect(useLocaleStore.getState().messages?.switchLanguage).toBe('English');
  });
});
