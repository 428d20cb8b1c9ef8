/**
 * The workload at every vendor in the same city, ranked over a horizon (this month, the first 12 months
 * or 36 months of cash); a recommendation; one click loads an option. Each row says in words what its
 * total rests on (the engine's flags); indicative and incomplete rows are muted and come after the
 * priced ones, in the engine's order (RULES.md, "Comparisons must not mislead").
 */
import { useMemo, useState } from 'react';
import { findEdition, findOffering, findRegion, type Catalogs } from '../../../engine/catalog.ts';
import {
  HORIZONS,
  cityOf,
  priceOptions,
  recommend,
  standing,
  type CompareOption,
  type CompareSettings,
  type ComparisonPlan,
  type ExcludedOption,
  type Flag,
  type Horizon,
} from '../../../engine/decisions/compare.ts';
import { dec, moneyString } from '../../../engine/money.ts';
import { MAX_INSTANCES, type Scenario } from '../../../engine/scenario.ts';
import { formatDecimal, formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { usePartner } from '../../../lib/partner.ts';
import { PickBox } from './side-by-side.tsx';
import { useCalculator } from '../../../stores/calculator.ts';
import { optionName } from '../option-name.ts';
import { MAX_PICKS, optionKey, type Pick } from '../term-data.ts';
import { CostBar } from './cost-bar.tsx';
import { FlagLegend, FlagTags } from './flag-tags.tsx';

/** Scrolls to the side-by-side view and moves focus to its heading (no change of the page's address). */
function showSideBySide() {
  const heading = document.getElementById('side-by-side-heading');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** Rows shown before "show all": enough to decide, few enough to read. */
const FIRST_ROWS = 10;

interface Props {
  scenario: Scenario;
  catalogs: Catalogs;
  /** The option set (it depends on everything but the workload, so it is kept while calls are typed). */
  plan: ComparisonPlan;
  /** The estimate's vendor discounts, first-year months and growth. */
  settings: CompareSettings;
  /** The item compared, when the estimate has several. */
  itemLabel?: string;
  isPicked: (p: Pick) => boolean;
  /** Four are picked: no more can be. */
  full: boolean;
  picked: number;
  onToggle: (p: Pick) => void;
}

export function ComparePanel({ scenario, catalogs, plan, settings, itemLabel, isPicked, full, picked, onToggle }: Props) {
  const t = useT();
  const locale = useLocale();
  const load = useCalculator((s) => s.load);
  const [minSla, setMinSla] = useState('');
  const { markupPercent } = usePartner();
  const [all, setAll] = useState(false);
  const [horizon, setHorizon] = useState<Horizon>(1);
  const city = cityOf(catalogs, scenario.offering, scenario.region);
  // Over 12 or 36 months each option is also priced as a one-item estimate over the term: only then.
  const options = useMemo(() => priceOptions(plan.planned, scenario, catalogs, { ...settings, horizon }), [plan, scenario, catalogs, settings, horizon]);
  // The SLAs the compared options publish, lowest first: the choices of a minimum.
  const slas = [...new Set(options.flatMap((o) => (o.sla ? [o.sla] : [])))].toSorted((a, b) => dec(a).comparedTo(b));
  const sla = minSla || undefined;
  const peak = scenario.peakQps;
  const rec = recommend(options, sla, peak !== undefined);
  const name = (o: CompareOption) => optionName(catalogs, t, locale, o);
  const regionName = (o: CompareOption) => {
    const found = findOffering(catalogs, o.offering);
    return (found && findRegion(found.catalog, o.region)?.name[locale]) ?? o.region;
  };
  const money = (amount: string) => formatMoney(amount, locale);
  const per = t.perHorizon[horizon];
  const place = city ? t.cities[city] : t.compareRegion(scenario.region);
  const why = (x: ExcludedOption) => {
    const who = optionName(catalogs, t, locale, { offering: x.offering });
    if (x.reason === 'qps-cap') return t.excludedCap(who, formatDecimal(String(x.cap), locale));
    const found = findOffering(catalogs, x.offering);
    const edition = found && findEdition(found.offering, x.edition);
    return t.excludedInstances(
      who,
      edition?.name[locale] ?? x.edition,
      formatDecimal(String(x.instances), locale),
      formatDecimal(String(MAX_INSTANCES), locale),
    );
  };

  // Why no option is recommended, and, when only options without a published capacity qualify, the cheapest of them.
  let noneBecause: string | undefined;
  let cheapestUnpublished = rec?.cheaperUnpublished;
  if (!rec) {
    const priced = options.filter((o) => standing(o) === 0);
    const meeting = sla ? priced.filter((o) => o.sla !== undefined && dec(o.sla).gte(sla)) : priced;
    if (priced.length === 0) noneBecause = t.noRecommendation.noPriced;
    else if (meeting.length === 0) noneBecause = t.noRecommendation.sla(sla ?? '');
    else {
      noneBecause = t.noRecommendation.capacity(sla);
      cheapestUnpublished = meeting[0];
    }
  }
  const because =
    rec &&
    (peak !== undefined && rec.best.capacity !== undefined
      ? t.recommendedCarries(formatDecimal(String(rec.best.capacity), locale), formatDecimal(peak.toString(), locale), sla)
      : t.recommendedBecause(sla));

  const shown = (all ? options : options.slice(0, FIRST_ROWS)).map((o, i) => ({ o, rank: i + 1, standing: standing(o) }));
  // Bars are scaled to the dearest option shown that has every price.
  const maxShown = shown.filter(({ o }) => o.complete).reduce((m, { o }) => (dec(o.horizonTotal).gt(m) ? o.horizonTotal : m), '0');
  const shownFlags = new Set<Flag>(shown.flatMap(({ o }) => o.flags));
  const totalLabel = horizon === 1 ? t.compareColumns.total : t.horizons[horizon];
  const groups = ([0, 1, 2] as const).map((s) => ({ standing: s, rows: shown.filter((r) => r.standing === s) })).filter((g) => g.rows.length > 0);

  return (
    <article className="panel decision" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t.compare(place)}</h3>
      {itemLabel !== undefined && <p className="field__hint">{t.sideBySide.comparedItem(itemLabel)}</p>}
      {markupPercent !== '0' && (
        <p className="field__hint" data-testid="compare-margin">
          {t.partner.compareMargin(formatDecimal(markupPercent, locale, 4))}
        </p>
      )}
      <div className="compare-controls">
        <label>
          {t.minSla}{' '}
          <select name="minSla" value={minSla} onChange={(e) => setMinSla(e.target.value)}>
            <option value="">{t.anySla}</option>
            {slas.map((s) => (
              <option key={s} value={s}>{`≥ ${s}%`}</option>
            ))}
          </select>
        </label>
        <fieldset className="choice horizon" aria-describedby="horizon-hint">
          <legend>{t.rankBy}</legend>
          {HORIZONS.map((h) => (
            <label key={h}>
              <input type="radio" name="horizon" value={h} checked={h === horizon} onChange={() => setHorizon(h)} />
              {t.horizons[h]}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="field__hint" id="horizon-hint">
        {t.horizonHint}
      </p>
      <div className="recommend">
        <p data-testid="recommendation">
          {rec ? t.recommendation(name(rec.best), money(rec.best.horizonTotal), per, because!) : noneBecause}
          {rec?.runnerUp &&
            `${t.sentenceGap}${rec.difference ? t.runnerUp(name(rec.runnerUp), money(moneyString(rec.difference)), per) : t.runnerUpSame(name(rec.runnerUp))}`}
        </p>
        {cheapestUnpublished && (
          <p className="recommend__aside" data-testid="cheaper-unpublished" data-offering={cheapestUnpublished.offering}>
            {t.cheaperUnpublished(name(cheapestUnpublished), money(cheapestUnpublished.horizonTotal), per)}
          </p>
        )}
      </div>
      <div className="table-scroll">
        <table className="compare" data-testid="compare-table" data-horizon={horizon}>
          <thead>
            <tr>
              <th scope="col">{t.compareColumns.rank}</th>
              <th scope="col">{t.compareColumns.option}</th>
              <th scope="col" className="amount">
                {totalLabel}
              </th>
              <th scope="col">{t.compareColumns.sla}</th>
              <th scope="col">{t.compareColumns.capacity}</th>
              <th scope="col">
                <span className="visually-hidden">{t.loadOption}</span>
              </th>
              <th scope="col">{t.sideBySide.pickColumn}</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.standing} data-standing={g.standing}>
              {g.standing > 0 && (
                <tr className="compare__group">
                  <th colSpan={7} scope="rowgroup">
                    {g.standing === 1 ? t.groupIndicative : t.groupIncomplete}
                  </th>
                </tr>
              )}
              {g.rows.map(({ o, rank, standing: s }) => {
                const best = o === rec?.best;
                const key = optionKey(o);
                const pick: Pick = { kind: 'option', key };
                const on = isPicked(pick);
                return (
                  <tr
                    key={`${o.offering}-${o.edition ?? ''}-${o.billing ?? ''}`}
                    data-rank={rank}
                    data-offering={o.offering}
                    data-option={key}
                    data-total={o.total}
                    data-horizon-total={o.horizonTotal}
                    data-complete={String(o.complete)}
                    data-standing={s}
                    data-flags={o.flags.join(' ')}
                    data-recommended={best ? 'true' : undefined}
                  >
                    <td>{rank}</td>
                    <th scope="row">
                      {name(o)}
                      <small className="muted"> · {regionName(o)}</small>
                      <FlagTags flags={o.flags}>{best && <li className="tag tag--recommended">{t.recommendedTag}</li>}</FlagTags>
                    </th>
                    <td className="amount" data-label={totalLabel}>
                      {o.complete ? money(o.horizonTotal) : <span className="muted">{t.priceOnRequest}</span>}
                      {s === 1 && <small className="amount__note">{t.indicative}</small>}
                      {o.complete && horizon !== 1 && <small className="amount__note muted">{t.monthFigure(money(o.total))}</small>}
                      {o.complete && <CostBar value={o.horizonTotal} max={maxShown} muted={s !== 0} />}
                    </td>
                    <td data-label={t.compareColumns.sla}>{o.sla ? `${o.sla}%` : <span className="muted">{t.unlimited}</span>}</td>
                    <td data-label={t.compareColumns.capacity}>
                      {o.capacity ? `${formatDecimal(String(o.capacity), locale)} QPS` : <span className="muted">{t.unlimited}</span>}
                      {/* Below the peak, the row's tag says it; "0× the peak" would say nothing. */}
                      {o.headroom?.gte(1) && <small className="muted"> · {t.headroom(formatDecimal(o.headroom.toString(), locale, 1))}</small>}
                    </td>
                    <td>
                      <button type="button" aria-label={t.loadOptionLabel(name(o))} onClick={() => load(o.doc)}>
                        {t.loadOption}
                      </button>
                    </td>
                    <td className="compare__pick">
                      <PickBox name="sideBySideOption" label={name(o)} checked={on} full={full} onToggle={() => onToggle(pick)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
      {options.length > FIRST_ROWS && (
        <button type="button" className="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t.showFewer : t.showAll(options.length)}
        </button>
      )}
      {picked > 0 && (
        <p className="field__hint" data-testid="picked-count">
          {t.sideBySide.picked(picked, MAX_PICKS)}{' '}
          <button type="button" className="link" onClick={showSideBySide}>
            {t.sideBySide.seeSideBySide}
          </button>
        </p>
      )}
      <FlagLegend shown={shownFlags} />
      {plan.excluded.length > 0 && (
        <div className="field__hint" data-testid="not-compared">
          <p>{t.notCompared}</p>
          <ul>
            {plan.excluded.map((x) => (
              <li key={x.offering} data-offering={x.offering} data-reason={x.reason}>
                {why(x)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
