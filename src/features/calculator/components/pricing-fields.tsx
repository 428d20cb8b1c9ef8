/** First-year account, Huawei bandwidth hours, negotiated discount, and quoted unit prices. */
import { findEdition, findOffering, findPrice, type Catalogs } from '../../../engine/catalog.ts';
import { PRICE_KEYS, type OfferingId, type PriceKey } from '../../../engine/ids.ts';
import { isRecord } from '../../../engine/issues.ts';
import { TextField } from '../../../components/ui/field.tsx';
import { formatDecimal, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { fieldMessage } from '../field-errors.ts';
import { useCalculator } from '../store.ts';
import type { EstimateView } from '../use-estimate.ts';

/** The price keys the current scenario is priced with, in contract order: its lines' and its missing items'. */
function keysInUse(view: EstimateView): PriceKey[] {
  const used = new Set<PriceKey>([...(view.estimate?.lines.flatMap((l) => l.keys) ?? []), ...(view.estimate?.missing.flatMap((m) => m.keys) ?? [])]);
  return PRICE_KEYS.filter((k) => used.has(k));
}

export function PricingFields({ catalogs, view }: { catalogs: Catalogs; view: EstimateView }) {
  const t = useT();
  const locale = useLocale();
  const inputs = useCalculator((s) => s.inputs);
  const setField = useCalculator((s) => s.setField);
  const offering = inputs.offering as OfferingId;
  const found = findOffering(catalogs, offering);
  const prices = isRecord(inputs.prices) ? inputs.prices : {};
  const missing = new Set(view.estimate?.missing.flatMap((m) => m.keys) ?? []);
  const err = (field: string) => fieldMessage(t, field, view.errorOf(field));
  const set = (field: string) => (v: string) => setField(field, v.trim() === '' ? undefined : v);

  const setPrice = (key: PriceKey, value: string) => {
    const next: Record<string, unknown> = { ...prices };
    if (value.trim() === '') delete next[key];
    else next[key] = value;
    setField('prices', Object.keys(next).length > 0 ? next : undefined);
  };
  const catalogPrice = (key: PriceKey) => {
    if (!found) return undefined;
    const edition = findEdition(found.offering, typeof inputs.edition === 'string' ? inputs.edition : undefined);
    return findPrice(found.offering, key, edition?.id, String(inputs.region ?? ''));
  };
  const keys = keysInUse(view);

  return (
    <fieldset className="panel">
      <legend>{t.pricing}</legend>
      {offering === 'tencent.shared' && (
        <div className="check">
          <label>
            <input type="checkbox" name="firstYear" checked={inputs.firstYear === true} onChange={(e) => setField('firstYear', e.target.checked || undefined)} />
            {t.firstYear}
          </label>
          <p className="field__hint">{t.firstYearHint}</p>
        </div>
      )}
      {offering === 'jdcloud.shared' && <p className="field__hint">{t.jdFree}</p>}
      {offering === 'huawei.dedicated' && (
        <TextField name="bandwidthHours" label={t.bandwidthHours} unit={t.hoursUnit} value={inputs.bandwidthHours} error={err('bandwidthHours')} onChange={set('bandwidthHours')} />
      )}
      <TextField name="discountPercent" label={t.discount} unit="%" value={inputs.discountPercent} hint={t.discountHint} error={err('discountPercent')} onChange={set('discountPercent')} />
      <details className="more" open={missing.size > 0 || Object.keys(prices).length > 0} data-testid="overrides">
        <summary>{t.overrides}</summary>
        <p className="field__hint">{t.overridesHint}</p>
        {keys.map((key) => {
          const p = catalogPrice(key);
          return (
            <TextField
              key={key}
              name={`prices.${key}`}
              label={t.priceKeys[key]}
              unit="¥"
              value={prices[key]}
              placeholder={p ? t.catalogPrice(formatDecimal(p.price, locale, 6, 2)) : t.notPublished}
              warning={missing.has(key) ? t.notPublished : undefined}
              error={err(`prices.${key}`)}
              onChange={(v) => setPrice(key, v)}
            />
          );
        })}
      </details>
    </fieldset>
  );
}
