/**
 * The estimate's settings: one account per vendor in it (its negotiated discount, and where the vendor
 * gives first-year free quotas, the first-year months left), and the monthly growth of the workload.
 */
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Catalogs } from '../../../engine/catalog.ts';
import type { AccountDoc } from '../../../engine/estimates/document.ts';
import type { VendorId } from '../../../engine/ids.ts';
import type { FieldError } from '../../../engine/issues.ts';
import { vendorOf } from '../../../engine/offerings/registry.ts';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale, useT } from '../../../lib/i18n/locale.ts';
import { useCalculator, useCalculatorApi } from '../../../stores/calculator.ts';
import { fieldError } from '../estimate-errors.ts';

/** Whether a vendor's catalog gives any free quota in the account's first year only (Tencent's). */
function hasFirstYearQuota(catalogs: Catalogs, vendor: VendorId): boolean {
  return (catalogs[vendor]?.offerings ?? []).some((o) => o.freeCalls?.firstYearOnly === true || o.freeTrafficGB?.firstYearOnly === true);
}

interface SettingsProps {
  catalogs: Catalogs;
  /** The first-year months each account has as priced ("tencent:12 alibaba:0"): a string, so a keystroke elsewhere skips this. */
  firstYear: string;
  errors: readonly FieldError[];
}

export const EstimateSettings = memo(function EstimateSettings({ catalogs, firstYear, errors }: SettingsProps) {
  const t = useT();
  const locale = useLocale();
  const api = useCalculatorApi();
  const vendors = useCalculator(useShallow((s) => [...new Set(s.estimate.items.map((i) => vendorOf(i.scenario.offering)))]));
  const accounts = useCalculator((s) => s.estimate.accounts);
  const growth = useCalculator((s) => s.estimate.growthPercent);
  // One stable setter per field, so a memoized text field re-renders only when its own props change.
  const setters = useMemo(() => {
    const cache = new Map<string, (text: string) => void>();
    return (vendor: VendorId, field: keyof AccountDoc) => {
      const key = `${vendor}.${field}`;
      let set = cache.get(key);
      if (!set) cache.set(key, (set = (text: string) => api.getState().setAccount(vendor, field, text)));
      return set;
    };
  }, [api]);
  const setGrowth = useMemo(() => (text: string) => api.getState().setGrowth(text), [api]);
  const err = (field: string) => fieldError(t, errors, field);

  return (
    <section className="panel settings" aria-labelledby="settings-heading" data-testid="estimate-settings">
      <h2 id="settings-heading">{t.builder.accountsHeading}</h2>
      <p className="field__hint">{t.builder.accountsHint}</p>
      <div className="accounts">
        {vendors.map((vendor) => {
          const account = accounts?.[vendor];
          const applied = new Map(firstYear.split(' ').map((x) => x.split(':') as [string, string])).get(vendor);
          const name = catalogs[vendor]?.name[locale] ?? vendor;
          return (
            <fieldset key={vendor} className="account" data-vendor={vendor}>
              <legend>{t.builder.accountOf(name)}</legend>
              <TextField
                name={`accounts.${vendor}.discountPercent`}
                label={t.builder.accountDiscount}
                unit="%"
                inputMode="text"
                value={account?.discountPercent}
                placeholder="0"
                hint={t.builder.accountDiscountHint}
                error={err(`accounts.${vendor}.discountPercent`)}
                onChange={setters(vendor, 'discountPercent')}
              />
              {hasFirstYearQuota(catalogs, vendor) && (
                <TextField
                  name={`accounts.${vendor}.firstYearMonths`}
                  label={t.builder.firstYearMonths}
                  unit={t.builder.monthsUnit}
                  inputMode="numeric"
                  value={account?.firstYearMonths}
                  placeholder={applied}
                  hint={t.builder.firstYearMonthsHint}
                  error={err(`accounts.${vendor}.firstYearMonths`)}
                  onChange={setters(vendor, 'firstYearMonths')}
                />
              )}
            </fieldset>
          );
        })}
      </div>
      <TextField
        name="growthPercent"
        label={t.builder.growth}
        unit={t.builder.percentPerMonth}
        inputMode="text"
        value={growth}
        placeholder="0"
        hint={t.builder.growthHint}
        error={err('growthPercent')}
        onChange={setGrowth}
      />
    </section>
  );
});
