/**
 * Seed 003's spike plan: the everyday subscription plus a larger pay-as-you-go instance for the event.
 * Each figure says what it rests on in the comparison's words (an example price, a price missing…).
 */
import { useState } from 'react';
import { findEdition, findOffering, type Catalogs } from '../../../engine/catalog.ts';
import type { Flag } from '../../../engine/decisions/compare.ts';
import type { MonthlyTotal } from '../../../engine/estimate.ts';
import { spikePlan } from '../../../engine/decisions/spike.ts';
import { Dec, asMoney, dec, moneyString } from '../../../engine/money.ts';
import type { Scenario } from '../../../engine/scenario.ts';
import { editionFor } from '../../../engine/scenario-edit.ts';
import { MAX_HOURS } from '../../../engine/units.ts';
import { TextField } from '../../../components/ui/field.tsx';
import { formatDecimal, formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { CostBar } from './cost-bar.tsx';
import { FlagTags } from './flag-tags.tsx';

/** A number typed into the panel, when it reads as one (the panel's own inputs, not the scenario's). */
function amount(text: string): ReturnType<typeof dec> | undefined {
  return /^\d+(\.\d+)?$/.test(text.trim()) ? dec(text.trim()) : undefined;
}

/** The comparison's flags of a figure made of some priced parts, with or without the scenario's discount. */
function flagsOf(parts: MonthlyTotal[], discount: boolean): Flag[] {
  const on: Partial<Record<Flag, boolean>> = {
    'example-price': parts.some((p) => p.examplePrice),
    'quoted-price': parts.some((p) => p.quotedPrice),
    discount,
    incomplete: parts.some((p) => !p.complete),
  };
  return (['example-price', 'quoted-price', 'discount', 'incomplete'] as const).filter((f) => on[f]);
}

export function SpikePanel({ scenario, catalogs }: { scenario: Scenario; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const offering = findOffering(catalogs, scenario.offering)?.offering;
  const edition = scenario.edition;
  const baseQps = (offering && findEdition(offering, edition)?.qps) ?? 0;
  const [peak, setPeak] = useState(String(baseQps * 2));
  const [eventHours, setEventHours] = useState('24');
  const [leadHours, setLeadHours] = useState('3');
  const [baselineBilling, setBaselineBilling] = useState<'monthly' | 'yearly'>('yearly');

  const peakQps = amount(peak);
  const spike = peakQps ? editionFor(catalogs, scenario.offering, scenario.region, peakQps.toNumber()) : undefined;
  const larger = spike !== undefined && spike.qps > baseQps;
  const fits = spike && peakQps && peakQps.lte(spike.qps) && larger;
  const ev = amount(eventHours);
  const lead = amount(leadHours);
  const tooLong = ev !== undefined && lead !== undefined && ev.plus(lead).gt(MAX_HOURS);
  const plan =
    edition && spike && fits && ev && lead && !tooLong
      ? spikePlan(scenario, { baseline: edition, baselineBilling, spike: spike.id, eventHours: ev, leadHours: lead }, catalogs)
      : undefined;
  const names = (id: string | undefined) => (offering && findEdition(offering, id)?.name[locale]) ?? id ?? '';
  const hours = ev && lead ? ev.plus(lead).toString() : '';
  const dearer = plan ? moneyString(asMoney(Dec.max(plan.plan, plan.upgrade.total))) : '0';
  const upgradeTotal = plan ? moneyString(plan.upgrade.total) : '0';
  const discount = !scenario.discountPercent.isZero();
  const planFlags = plan ? flagsOf([plan.baseline, plan.spike], discount) : [];
  const upgradeFlags = plan ? flagsOf([plan.upgrade], discount) : [];
  const example = planFlags.includes('example-price') || upgradeFlags.includes('example-price');

  return (
    <article className="panel decision" aria-labelledby="spike-heading">
      <h3 id="spike-heading">{t.spike}</h3>
      <p className="field__hint">{t.spikeHint}</p>
      <div className="pair">
        <TextField name="spikeQps" label={t.spikeQps} unit="QPS" value={peak} onChange={setPeak} error={peakQps ? undefined : t.fieldErrors.number} />
        <TextField
          name="eventHours"
          label={t.eventHours}
          unit={t.hoursUnit}
          value={eventHours}
          onChange={setEventHours}
          error={!ev ? t.fieldErrors.hours : tooLong ? t.spikeTooLong : undefined}
        />
        <TextField
          name="leadHours"
          label={t.leadHours}
          unit={t.hoursUnit}
          value={leadHours}
          onChange={setLeadHours}
          error={lead ? undefined : t.fieldErrors.hours}
        />
      </div>
      <fieldset className="choice">
        <legend>{t.baselineBilling}</legend>
        {(['monthly', 'yearly'] as const).map((b) => (
          <label key={b}>
            <input type="radio" name="baselineBilling" value={b} checked={b === baselineBilling} onChange={() => setBaselineBilling(b)} />
            {t.billingModes[b]}
          </label>
        ))}
      </fieldset>
      {peakQps && spike && !larger && <p className="notice">{t.spikeNotLarger}</p>}
      {peakQps && larger && !fits && <p className="notice notice--warn">{t.spikeNoFit}</p>}
      {spike && fits && <p>{t.spikeEdition(`${names(spike.id)} · ${formatDecimal(String(spike.qps), locale)} QPS`)}</p>}
      {plan && (
        <>
          <table className="lines" data-testid="spike-table">
            <tbody>
              <tr data-plan="spike">
                <th scope="row">
                  {t.planRow(names(edition), names(spike?.id), formatDecimal(hours, locale, 2))}
                  <FlagTags flags={planFlags} />
                </th>
                <td className="amount" data-amount={moneyString(plan.plan)}>
                  {plan.planComplete ? formatMoney(moneyString(plan.plan), locale) : t.priceOnRequest}
                  {plan.planComplete && <CostBar value={moneyString(plan.plan)} max={dearer} muted={planFlags.includes('example-price')} />}
                </td>
              </tr>
              <tr data-plan="upgrade">
                <th scope="row">
                  {t.upgradeRow(names(spike?.id))}
                  <FlagTags flags={upgradeFlags} />
                </th>
                <td className="amount" data-amount={upgradeTotal}>
                  {plan.upgrade.complete ? formatMoney(upgradeTotal, locale) : t.priceOnRequest}
                  {plan.upgrade.complete && <CostBar value={upgradeTotal} max={dearer} muted={upgradeFlags.includes('example-price')} />}
                </td>
              </tr>
            </tbody>
          </table>
          {plan.complete ? (
            <div className="spike-verdict" data-testid="spike-verdict" data-indicative={String(example)}>
              <p>
                {plan.saving.isZero()
                  ? t.planSame
                  : plan.saving.gt(0)
                    ? t.planSaves(formatMoney(moneyString(plan.saving), locale))
                    : t.upgradeSaves(formatMoney(moneyString(asMoney(plan.saving.neg())), locale))}
              </p>
              {example && <FlagTags flags={['example-price']} />}
            </div>
          ) : (
            <p className="notice notice--warn" data-testid="spike-incomplete">
              {t.spikeIncomplete}
            </p>
          )}
        </>
      )}
    </article>
  );
}
