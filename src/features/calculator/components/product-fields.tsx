/** Offering, edition (with capacity and SLA), instances, billing mode, hours, region. */
import { findOffering, findRegion, regionsSold, type Catalogs } from '../../../engine/catalog.ts';
import { BILLINGS, OFFERINGS, type Billing, type OfferingId } from '../../../engine/ids.ts';
import { INSTANCE_BILLING } from '../../../engine/estimate.ts';
import { isDedicated } from '../../../engine/scenario.ts';
import { editionFor, editionsIn, looseNumber, withBilling, withOffering, withRegion } from '../../../engine/scenario-edit.ts';
import { DEFAULT_HOURS, MAX_HOURS } from '../../../engine/units.ts';
import { Field, TextField } from '../../../components/ui/field.tsx';
import { formatDecimal, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { fieldMessage } from '../field-errors.ts';
import { useCalculatorApi, useFields } from '../../../stores/calculator.ts';
import { memo } from 'react';

/** Quick picks for hours: always on (a year's hours ÷ 12), 8 h × 22 workdays, a 31-day month. */
const HOUR_PICKS = [
  ['alwaysOn', DEFAULT_HOURS],
  ['workdays', '176'],
  ['fullMonth', MAX_HOURS],
] as const;


const FIELDS = ['offering', 'region', 'edition', 'instances', 'billing', 'hours', 'peakQps'] as const;

export const ProductFields = memo(function ProductFields({ catalogs, errorOf }: { catalogs: Catalogs; errorOf: (field: string) => string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const inputs = useFields(FIELDS);
  const api = useCalculatorApi();
  const { load, setField, textSetter: setterFor } = api.getState();
  /** The whole scenario as it is now, for edits that carry every field over. */
  const current = () => api.getState().inputs;
  const offering = inputs.offering as OfferingId;
  const found = findOffering(catalogs, offering);
  const dedicated = isDedicated(offering);
  const region = String(inputs.region ?? '');
  const editions = dedicated ? editionsIn(catalogs, offering, region) : [];
  const edition = editions.find((e) => e.id === inputs.edition);
  const billing = (inputs.billing as Billing | undefined) ?? 'payg';
  const err = (field: string) => fieldMessage(t, field, errorOf(field));

  const peak = looseNumber(inputs.peakQps);
  const instances = looseNumber(inputs.instances) ?? 1;
  const short = edition && peak !== undefined && peak > edition.qps * instances;
  const better = short ? editionFor(catalogs, offering, region, peak, instances) : undefined;

  const regions = found ? found.offering.regions.filter((id) => !edition || regionsSold(found.offering, edition).includes(id)) : [];
  const grouped = (['mainland', 'international'] as const).map((area) => ({
    area,
    regions: regions.map((id) => found && findRegion(found.catalog, id)).filter((r) => r && r.area === area),
  }));

  return (
    <fieldset className="panel">
      <legend>{t.product}</legend>
      <div className="offerings" role="radiogroup" aria-label={t.offering}>
        {OFFERINGS.map((id) => {
          const o = findOffering(catalogs, id);
          if (!o) return null;
          return (
            <label key={id} className={`offering${id === offering ? ' offering--on' : ''}`}>
              <input type="radio" name="offering" value={id} checked={id === offering} onChange={() => load(withOffering(current(), id, catalogs))} />
              <span className="offering__vendor">{o.catalog.name[locale]}</span>
              <span className="offering__name">{o.offering.name[locale].replace(o.catalog.name[locale], '').replace(/^[\s·]+/, '')}</span>
            </label>
          );
        })}
      </div>

      <Field label={t.region} error={err('region')}>
        {(a11y) => (
          <select {...a11y} name="region" value={region} onChange={(e) => load(withRegion(current(), e.target.value, catalogs))}>
            {grouped.map((g) =>
              g.regions.length === 0 ? null : (
                <optgroup key={g.area} label={g.area === 'mainland' ? t.mainland : t.abroad}>
                  {g.regions.map((r) => r && (
                    <option key={r.id} value={r.id}>
                      {r.name[locale]} ({r.id})
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
        )}
      </Field>

      {dedicated && (
        <>
          <Field label={t.edition} error={err('edition')}>
            {(a11y) => (
              <select {...a11y} name="edition" value={String(inputs.edition ?? '')} onChange={(e) => setField('edition', e.target.value)}>
                {editions.map((e) => (
                  <option key={e.id} value={e.id}>
                    {t.editionOption(e.name[locale], formatDecimal(String(e.qps), locale), e.sla)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {short && edition && (
            <div className="hint-box" role="status" data-testid="capacity-hint">
              <p>{t.capacityNeeded(formatDecimal(String(inputs.peakQps), locale), formatDecimal(String(edition.qps * instances), locale))}</p>
              {better && better.qps * instances >= (peak ?? 0) ? (
                <button type="button" onClick={() => setField('edition', better.id)}>
                  {t.switchTo(better.name[locale])}
                </button>
              ) : (
                <p>{t.capacityTooSmall}</p>
              )}
            </div>
          )}
          <TextField name="instances" label={t.instances} inputMode="numeric" value={inputs.instances ?? '1'} error={err('instances')} onChange={setterFor('instances')} />

          <fieldset className="choice">
            <legend>{t.billing}</legend>
            {BILLINGS.map((b) => (
              <label key={b}>
                <input type="radio" name="billing" value={b} checked={b === billing} onChange={() => load(withBilling(current(), b))} />
                {t.billingModes[b]}
              </label>
            ))}
          </fieldset>

          {billing === 'payg' && (
            <div className="hours">
              <TextField
                name="hours"
                label={t.hours}
                unit={t.hoursUnit}
                value={inputs.hours ?? DEFAULT_HOURS}
                error={err('hours')}
                hint={INSTANCE_BILLING[offering]?.wholeHours ? t.wholeHours : undefined}
                onChange={setterFor('hours')}
              />
              <input
                type="range"
                name="hours"
                aria-label={t.hoursSlider}
                min={0}
                max={Number(MAX_HOURS)}
                step={1}
                value={Math.min(Number(MAX_HOURS), Math.max(0, looseNumber(inputs.hours) ?? Number(DEFAULT_HOURS)))}
                onChange={(e) => setField('hours', e.target.value)}
              />
              <div className="picks">
                {HOUR_PICKS.map(([key, hours]) => (
                  <button key={key} type="button" aria-pressed={String(inputs.hours ?? DEFAULT_HOURS) === hours} onClick={() => setField('hours', hours)}>
                    {t.hourPicks[key]}
                  </button>
                ))}
              </div>
            </div>
          )}
        </>
      )}
    </fieldset>
  );
});
