/**
 * The first screen's advice: the cheapest honest alternative to the item in focus and what it saves,
 * with what its total rests on in words. It prices every option in the city, so it is worked out once
 * typing pauses (never in a keystroke's frame); the option set is kept while only the workload changes.
 */
import { memo, useMemo } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { cityOf, planKey } from '../../../engine/decisions/compare.ts';
import type { Account } from '../../../engine/estimates/document.ts';
import { vendorOf } from '../../../engine/offerings/registry.ts';
import type { Scenario, ScenarioDoc } from '../../../engine/scenario.ts';
import { formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { offers, usePartner } from '../../../lib/partner.ts';
import { useKeyed } from '../../../lib/use-keyed.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { alternativeTo, compareSettings, planAlternatives, type Alternative } from '../alternative.ts';
import { productText } from '../../../lib/item-text.ts';
import { useSettled } from '../../../lib/use-settled.ts';

/** How long typing pauses before the advice is worked out again. */
const SETTLE_MS = 200;

interface Input {
  scenario: Scenario;
  accounts: readonly Account[];
}

export const AlternativeCard = memo(function AlternativeCard({
  catalogs,
  scenario,
  accounts,
}: {
  catalogs: Catalogs;
  scenario: Scenario | undefined;
  accounts: readonly Account[] | undefined;
}) {
  const input = useMemo<Input | undefined>(() => (scenario && accounts ? { scenario, accounts } : undefined), [scenario, accounts]);
  // Every option in the city priced again is too much for each keystroke: the advice follows once
  // typing pauses; until then the content keeps its input, so memo skips it.
  const focus = useCalculator((s) => s.focus);
  const settled = useSettled(input, SETTLE_MS, focus);
  return settled ? <AlternativeContent input={settled} catalogs={catalogs} /> : null;
});

const AlternativeContent = memo(function AlternativeContent({ input, catalogs }: { input: Input; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const label = useCalculator((s) => s.estimate.items[s.focus]?.label.trim() || t.itemLabel(s.focus + 1));
  const load = useCalculator((s) => s.load);
  const accountDiscounts = useCalculator((s) => s.estimate.accounts);
  const { scenario: base, accounts } = input;
  const partner = usePartner();
  const settings = useMemo(() => compareSettings(base, accounts), [base, accounts]);
  const discountsKey = JSON.stringify(Object.entries(settings.discounts ?? {}).map(([v, d]) => [v, d?.toString()]));
  const versions = Object.values(catalogs).map((c) => c?.version);
  // The option set depends on everything but the workload (and the peak): typing calls only re-prices it.
  const plan = useKeyed(JSON.stringify([planKey(base, cityOf(catalogs, base.offering, base.region)), discountsKey, versions]), () =>
    planAlternatives(base, catalogs, settings, (o) => offers(partner, o)),
  );
  const alt: Alternative = useMemo(() => alternativeTo(base, plan, catalogs, settings), [base, plan, catalogs, settings]);
  const money = (amount: string) => formatMoney(amount, locale);

  if (alt.kind === 'none') {
    return (
      <section className="insight alternative" aria-labelledby="alternative-heading" data-testid="alternative" data-kind="none">
        <h3 id="alternative-heading" className="insight__title">
          {t.builder.alternativeHeading(label)}
        </h3>
        <p className="insight__text">{t.builder.noAlternative}</p>
      </section>
    );
  }
  const o = alt.option;
  const name = productText(catalogs, t, locale, o);
  // What the option's total rests on, in words; a total with none of the flags rests on published prices.
  const restsOn = [
    ...(o.flags.length === 0 ? [t.builder.restsOnPublished] : o.flags.map((f) => t.flags[f])),
    ...(base.peakQps === undefined ? [t.builder.noPeakGiven] : []),
  ];
  const use = () => {
    // A vendor account's discount stays the account's: the item takes it from there.
    const doc: ScenarioDoc = { ...o.doc };
    if (accountDiscounts?.[vendorOf(o.offering)]?.discountPercent !== undefined) delete doc.discountPercent;
    load(doc);
  };
  return (
    <section
      className={`insight alternative alternative--${alt.kind}`}
      aria-labelledby="alternative-heading"
      data-testid="alternative"
      data-kind={alt.kind}
      data-offering={o.offering}
      data-total={o.total}
      data-saving={alt.kind === 'cheaper' ? alt.saving : undefined}
    >
      <h3 id="alternative-heading" className="insight__title">
        {t.builder.alternativeHeading(label)}
      </h3>
      {alt.kind === 'cheaper' && (
        <p className="insight__lead">
          {t.builder.alternativeSaves(money(alt.saving), alt.percent)}
          <span className="insight__with"> {t.builder.alternativeWith(name)}</span>
        </p>
      )}
      {alt.kind === 'best' && <p className="insight__lead insight__lead--ok">{t.builder.alreadyCheapest}</p>}
      {alt.kind === 'dearer' && <p className="insight__text">{t.builder.alternativeDearer(name, money(alt.difference))}</p>}
      {alt.kind === 'unknown' && <p className="insight__text">{t.builder.alternativeUnknown(name)}</p>}
      {alt.kind !== 'best' && (
        <p className="insight__figures">{t.builder.alternativeFigures(money(o.total), 'current' in alt ? money(alt.current) : undefined)}</p>
      )}
      <p className="insight__note">
        <span className="insight__rests">{t.builder.restsOn}</span> {restsOn.join(t.builder.listSeparator)}
      </p>
      {alt.kind !== 'best' && (
        <button type="button" className="insight__action" onClick={use} data-testid="use-alternative">
          {t.builder.useAlternative(label)}
        </button>
      )}
    </section>
  );
});
