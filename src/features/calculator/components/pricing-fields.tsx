/** First-year account, bandwidth hours, negotiated discount, and quoted unit prices. */
import { findEdition, findOffering, findPrice, type Catalogs } from '../../../engine/catalog.ts';
import { PRICE_KEYS, type PriceKey } from '../../../engine/ids.ts';
import { takesField, vendorOf } from '../../../engine/offerings/registry.ts';
import { TextField } from '../../../components/ui/field.tsx';
import { formatDecimal, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { describeCount } from '../../../lib/magnitude.ts';
import { fieldMessage } from '../field-errors.ts';
import { memo } from 'react';
import { useCalculator, useCalculatorApi, useFields } from '../../../stores/calculator.ts';
import type { EstimateView } from '../use-estimate.ts';

/**
 * The price keys the current estimate is priced with, in contract order (its lines' and its missing
 * items'), and the missing ones: as strings, so the fields re-render only when they change.
 */
export function priceKeysOf(view: EstimateView): { inUse: string; missing: string } {
  const missing = new Set<PriceKey>(view.estimate?.missing.flatMap((m) => m.keys) ?? []);
  const used = new Set<PriceKey>([...(view.estimate?.lines.flatMap((l) => l.keys) ?? []), ...missing]);
  return { inUse: PRICE_KEYS.filter((k) => used.has(k)).join(' '), missing: [...missing].join(' ') };
}

const CALL_KEYS: readonly PriceKey[] = ['calls', 'calls.tier1', 'calls.tier2', 'calls.tier3'];

const FIELDS = ['offering', 'region', 'edition', 'firstYear', 'bandwidthHours', 'discountPercent', 'prices'] as const;

interface PricingFieldsProps {
  catalogs: Catalogs;
  errorOf: (field: string) => string | undefined;
  /** Space-separated price keys (priceKeysOf). */
  keysInUse: string;
  missingKeys: string;
}

export const PricingFields = memo(function PricingFields({ catalogs, errorOf, keysInUse, missingKeys }: PricingFieldsProps) {
  const t = useT();
  const locale = useLocale();
  const inputs = useFields(FIELDS);
  const { setField, textSetter: set } = useCalculatorApi().getState();
  const { offering } = inputs;
  const found = findOffering(catalogs, offering);
  // The vendor account's settings, which apply to every item of this vendor (an item's own discount wins).
  const accountDiscount = useCalculator((s) => s.estimate.accounts?.[vendorOf(offering)]?.discountPercent);
  const accountFirstYear = useCalculator((s) => s.estimate.accounts?.[vendorOf(offering)]?.firstYearMonths);
  const prices = inputs.prices ?? {};
  const missing = new Set(missingKeys.split(' ').filter(Boolean));
  const err = (field: string) => fieldMessage(t, field, errorOf(field));
  const catalogPrice = (key: PriceKey) => {
    if (!found) return undefined;
    const edition = findEdition(found.offering, inputs.edition);
    return findPrice(found.offering, key, edition?.id, inputs.region);
  };
  const tiers = found?.offering.callTiers ?? [];
  const tiered = tiers.length > 1;
  const inUse = new Set(keysInUse.split(' '));
  const used = new Set(PRICE_KEYS.filter((k) => inUse.has(k)));
  // A tiered call price may be quoted tier by tier or as one rate for every call (RULES.md); a quoted
  // price this configuration does not use stays listed, so it can be cleared.
  const callsPriced = CALL_KEYS.some((k) => used.has(k));
  const quoted = PRICE_KEYS.filter((k) => prices[k] !== undefined);
  const shown = new Set<PriceKey>([...used, ...quoted, ...(tiered && callsPriced ? ['calls' as const, ...tiers.map((tier) => tier.key)] : [])]);
  const keys = PRICE_KEYS.filter((k) => shown.has(k));
  const applies = (key: PriceKey) => used.has(key) || (tiered && callsPriced && CALL_KEYS.includes(key));
  // Free allowances and call tiers as the catalog states them.
  const vendor = found?.catalog.name[locale] ?? '';
  const allowances = (firstYearOnly: boolean) =>
    [
      found?.offering.freeCalls?.firstYearOnly === firstYearOnly && t.freeCallsPart(formatDecimal(found.offering.freeCalls.amount, locale)),
      found?.offering.freeTrafficGB?.firstYearOnly === firstYearOnly && t.freeTrafficPart(formatDecimal(found.offering.freeTrafficGB.amount, locale)),
    ]
      .filter(Boolean)
      .join(t.and);
  const firstYearFree = allowances(true);
  const monthlyFree = allowances(false);
  const count = (n: string) => describeCount(n, locale) ?? formatDecimal(n, locale);
  const label = (key: PriceKey) => {
    if (key === 'calls' && tiered) return t.flatCalls;
    const i = tiers.findIndex((tier) => tier.key === key);
    if (i < 0 || !tiered) return t.priceKeys[key];
    const from = i === 0 ? '0' : tiers[i - 1]!.upTo!;
    const to = tiers[i]!.upTo;
    return t.callsTier(count(from), to && count(to));
  };
  const placeholder = (key: PriceKey) => {
    if (key === 'calls' && tiered) return t.flatCallsPlaceholder;
    const p = catalogPrice(key);
    return p ? t.catalogPrice(formatDecimal(p.price, locale, 6, 2)) : t.notPublished;
  };
  // Both one rate and tier prices: the contract refuses the pair, on the field `prices`.
  const pricesError = err('prices');

  return (
    <fieldset className="panel">
      <legend>{t.pricing}</legend>
      {firstYearFree && (
        <div className="check">
          <label>
            <input
              type="checkbox"
              name="firstYear"
              checked={inputs.firstYear === true}
              onChange={(e) => setField('firstYear', e.target.checked || undefined)}
            />
            {t.firstYear}
          </label>
          <p className="field__hint">{t.firstYearHint(vendor, firstYearFree)}</p>
          {accountFirstYear !== undefined && String(accountFirstYear).trim() !== '' && (
            <p className="field__hint" data-testid="account-first-year">
              {t.builder.accountFirstYearApplies(vendor, String(accountFirstYear).trim())}
            </p>
          )}
        </div>
      )}
      {monthlyFree && <p className="field__hint">{t.monthlyFree(vendor, monthlyFree)}</p>}
      {takesField(offering, 'bandwidthHours') && (
        <TextField
          name="bandwidthHours"
          label={t.bandwidthHours}
          unit={t.hoursUnit}
          value={inputs.bandwidthHours}
          error={err('bandwidthHours')}
          onChange={set('bandwidthHours')}
        />
      )}
      <TextField
        name="discountPercent"
        label={t.discount}
        unit="%"
        inputMode="text"
        value={inputs.discountPercent}
        placeholder={
          accountDiscount !== undefined
            ? t.builder.accountDiscountPlaceholder(
                String(accountDiscount)
                  .trim()
                  .replace(/\s*[%％]$/, ''),
              )
            : undefined
        }
        hint={t.discountHint}
        error={err('discountPercent')}
        onChange={set('discountPercent')}
      />
      <details className="more" open={missing.size > 0 || quoted.length > 0} data-testid="overrides">
        <summary>{t.overrides}</summary>
        <p className="field__hint">{t.overridesHint}</p>
        {keys.map((key) => (
          <TextField
            key={key}
            name={`prices.${key}`}
            label={label(key)}
            unit="¥"
            value={prices[key]}
            placeholder={placeholder(key)}
            warning={missing.has(key) ? t.notPublished : prices[key] !== undefined && !applies(key) ? t.unusedPrice : undefined}
            error={err(`prices.${key}`) ?? (pricesError && prices[key] !== undefined && CALL_KEYS.includes(key) ? pricesError : undefined)}
            onChange={set(`prices.${key}`)}
          />
        ))}
      </details>
    </fieldset>
  );
});
