/** Offering, edition (with capacity and SLA), instances, billing mode, hours, region. */
import { findOffering, findRegion, regionsSold, type Catalogs } from '../../../engine/catalog.ts';
import { BILLINGS } from '../../../engine/ids.ts';
import { OFFERINGS, isDedicated } from '../../../engine/offerings/registry.ts';
import { offers, usePartner } from '../../../lib/partner.ts';
import { DECIMAL_RE } from '../../../engine/issues.ts';
import { dec } from '../../../engine/money.ts';
import { SCENARIO_DEFAULTS, fieldOr, type NumberText } from '../../../engine/scenario.ts';
import { editionFor, editionsIn, looseNumber, withBilling, withOffering, withRegion } from '../../../engine/scenario-edit.ts';
import { MAX_HOURS } from '../../../engine/units.ts';
import { Field, TextField } from '../../../components/ui/field.tsx';
import { formatDecimal, formatExact, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { fieldMessage } from '../field-errors.ts';
import { useCalculatorApi, useFields } from '../../../stores/calculator.ts';
import { memo } from 'react';

/** Quick picks for hours: always on (a year's hours ÷ 12), 8 h × 22 workdays, a 31-day month. */
const HOUR_PICKS = [
  ['alwaysOn', SCENARIO_DEFAULTS.hours],
  ['workdays', '176'],
  ['fullMonth', MAX_HOURS],
] as const;

/** A number field's value as a plain decimal string, when it is one (else undefined: the field says what is wrong). */
function exactText(value: NumberText | undefined): string | undefined {
  const text = value === undefined ? undefined : String(value).trim();
  return text !== undefined && DECIMAL_RE.test(text) && !text.startsWith('-') ? text : undefined;
}

const FIELDS = ['offering', 'region', 'edition', 'instances', 'billing', 'hours', 'peakQps'] as const;

export const ProductFields = memo(function ProductFields({ catalogs, errorOf }: { catalogs: Catalogs; errorOf: (field: string) => string | undefined }) {
  const t = useT();
  const partner = usePartner();
  const locale = useLocale();
  const inputs = useFields(FIELDS);
  const api = useCalculatorApi();
  const { load, setField, textSetter: setterFor } = api.getState();
  /** The whole scenario as it is now, for edits that carry every field over. */
  const current = () => api.getState().inputs;
  const { offering, region } = inputs;
  const found = findOffering(catalogs, offering);
  const dedicated = isDedicated(offering);
  const editions = dedicated ? editionsIn(catalogs, offering, region) : [];
  const edition = editions.find((e) => e.id === inputs.edition);
  const billing = fieldOr(inputs, 'billing');
  const hours = fieldOr(inputs, 'hours');
  const err = (field: string) => fieldMessage(t, field, errorOf(field));

  // Capacity compared exactly (a peak may carry 40 decimals); the edition search takes plain numbers.
  const peakText = exactText(inputs.peakQps);
  const instancesText = exactText(fieldOr(inputs, 'instances')) ?? SCENARIO_DEFAULTS.instances;
  const capacity = edition && dec(edition.qps).times(instancesText);
  const short = capacity && peakText !== undefined && dec(peakText).gt(capacity);
  const peak = looseNumber(peakText);
  const instances = looseNumber(instancesText) ?? 1;
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
          // Only what the partner offers (the item's own offering stays shown, so the form never hides it).
          if (!o || (id !== offering && !offers(partner, id))) return null;
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
                  {g.regions.map(
                    (r) =>
                      r && (
                        <option key={r.id} value={r.id}>
                          {`${r.name[locale]}${t.aside(r.id)}`}
                        </option>
                      ),
                  )}
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
              <select {...a11y} name="edition" value={inputs.edition ?? ''} onChange={(e) => setField('edition', e.target.value)}>
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
              <p>{t.capacityNeeded(formatExact(peakText!, locale), formatDecimal(capacity!.toString(), locale))}</p>
              {better && better.qps * instances >= (peak ?? 0) ? (
                <button type="button" onClick={() => setField('edition', better.id)}>
                  {t.switchTo(better.name[locale])}
                </button>
              ) : (
                <p>{t.capacityTooSmall}</p>
              )}
            </div>
          )}
          <TextField
            name="instances"
            label={t.instances}
            inputMode="numeric"
            value={fieldOr(inputs, 'instances')}
            error={err('instances')}
            onChange={setterFor('instances')}
          />

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
                value={hours}
                error={err('hours')}
                hint={found?.offering.instanceHours?.billing === 'whole-hours' ? t.wholeHours : undefined}
                onChange={setterFor('hours')}
              />
              <input
                type="range"
                name="hours"
                aria-label={t.hoursSlider}
                min={0}
                max={Number(MAX_HOURS)}
                step={1}
                value={Math.min(Number(MAX_HOURS), Math.max(0, looseNumber(hours) ?? Number(SCENARIO_DEFAULTS.hours)))}
                onChange={(e) => setField('hours', e.target.value)}
              />
              <div className="picks">
                {HOUR_PICKS.map(([key, pick]) => (
                  <button key={key} type="button" aria-pressed={String(hours) === pick} onClick={() => setField('hours', pick)}>
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
