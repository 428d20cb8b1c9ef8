/** The workload at every vendor in the same city, ranked; a recommendation; one click loads an option. */
import { useMemo, useState } from 'react';
import { findEdition, findOffering, findRegion, type Catalogs } from '../../../engine/catalog.ts';
import { cityOf, planComparison, priceOptions, recommend, type ExcludedOption } from '../../../engine/decisions/compare.ts';
import { WORKLOAD_FIELDS } from '../../../engine/scenario-edit.ts';
import { useKeyed } from '../../../lib/use-keyed.ts';
import { dec, moneyString } from '../../../engine/money.ts';
import { MAX_INSTANCES, type Scenario, type ScenarioJson } from '../../../engine/scenario.ts';
import { formatDecimal, formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { optionName } from '../option-name.ts';
import { CostBar } from './cost-bar.tsx';


/** What the option set depends on: the scenario without its workload (the peak QPS stays: it picks editions). */
function planKey(doc: ScenarioJson, city: string | undefined): string {
  const rest: ScenarioJson = { ...doc };
  for (const f of WORKLOAD_FIELDS) if (f !== 'peakQps') delete rest[f];
  return JSON.stringify([rest, city]);
}
/** Rows shown before "show all": enough to decide, few enough to read. */
const FIRST_ROWS = 10;

export function ComparePanel({ scenario, doc, catalogs }: { scenario: Scenario; doc: ScenarioJson; catalogs: Catalogs }) {
  const t = useT();
  const locale = useLocale();
  const load = useCalculator((s) => s.load);
  const [minSla, setMinSla] = useState('');
  const [all, setAll] = useState(false);
  const city = cityOf(catalogs, scenario.offering, scenario.region);
  // The option set depends on everything but the workload; typing calls only re-prices it.
  const plan = useKeyed(planKey(doc, city), () => planComparison(scenario, doc, catalogs, city));
  const options = useMemo(() => priceOptions(plan.planned, scenario, doc, catalogs), [plan, scenario, doc, catalogs]);
  // The SLAs the compared options publish, lowest first: the choices of a minimum.
  const slas = [...new Set(options.flatMap((o) => (o.sla ? [o.sla] : [])))].toSorted((a, b) => dec(a).comparedTo(b));
  const rec = recommend(options, minSla || undefined);
  const name = (o: (typeof options)[number]) => optionName(catalogs, t, locale, o);
  const regionName = (o: (typeof options)[number]) => {
    const found = findOffering(catalogs, o.offering);
    return (found && findRegion(found.catalog, o.region)?.name[locale]) ?? o.region;
  };
  const place = city ? t.cities[city] : t.compareRegion(scenario.region);
  const why = (x: ExcludedOption) => {
    const who = optionName(catalogs, t, locale, { offering: x.offering });
    if (x.reason === 'qps-cap') return t.excludedCap(who, formatDecimal(String(x.cap), locale));
    const found = findOffering(catalogs, x.offering);
    const edition = found && findEdition(found.offering, x.edition);
    return t.excludedInstances(who, edition?.name[locale] ?? x.edition, formatDecimal(String(x.instances), locale), formatDecimal(String(MAX_INSTANCES), locale));
  };
  const shown = all ? options : options.slice(0, FIRST_ROWS);
  // Bars are scaled to the dearest priced option shown.
  const maxShown = shown.filter((o) => o.complete).reduce((m, o) => (dec(o.total).gt(m) ? o.total : m), '0');

  return (
    <article className="panel decision" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t.compare(place)}</h3>
      <div className="recommend">
        <label>
          {t.minSla}{' '}
          <select name="minSla" value={minSla} onChange={(e) => setMinSla(e.target.value)}>
            <option value="">{t.anySla}</option>
            {slas.map((s) => (
              <option key={s} value={s}>{`≥ ${s}%`}</option>
            ))}
          </select>
        </label>
        <p data-testid="recommendation">
          {rec ? t.recommendation(name(rec.best), formatMoney(rec.best.total, locale)) : t.noRecommendation}
          {rec?.runnerUp && rec.difference && ` ${t.runnerUp(name(rec.runnerUp), formatMoney(moneyString(rec.difference), locale))}`}
        </p>
      </div>
      <div className="table-scroll">
        <table className="compare" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">{t.compareColumns.rank}</th>
              <th scope="col">{t.compareColumns.option}</th>
              <th scope="col" className="amount">{t.compareColumns.total}</th>
              <th scope="col">{t.compareColumns.sla}</th>
              <th scope="col">{t.compareColumns.capacity}</th>
              <th scope="col"><span className="visually-hidden">{t.loadOption}</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map((o, i) => (
              <tr key={`${o.offering}-${o.edition ?? ''}-${o.billing ?? ''}`} data-rank={i + 1} data-offering={o.offering} data-total={o.total} data-complete={String(o.complete)}>
                <td>{i + 1}</td>
                <th scope="row">
                  {name(o)}
                  <small className="muted"> · {regionName(o)}</small>
                  {o.examplePrice && <span className="badge badge--example">{t.confidence.example}</span>}
                </th>
                <td className="amount" data-label={t.compareColumns.total}>
                  {o.complete ? formatMoney(o.total, locale) : <span className="muted">{t.priceOnRequest}</span>}
                  {o.complete && <CostBar value={o.total} max={maxShown} />}
                </td>
                <td data-label={t.compareColumns.sla}>{o.sla ? `${o.sla}%` : <span className="muted">{t.unlimited}</span>}</td>
                <td data-label={t.compareColumns.capacity}>
                  {o.capacity ? `${formatDecimal(String(o.capacity), locale)} QPS` : <span className="muted">{t.unlimited}</span>}
                  {o.headroom && <small className="muted"> · {t.headroom(formatDecimal(o.headroom.toString(), locale, 1))}</small>}
                </td>
                <td>
                  <button type="button" aria-label={t.loadOptionLabel(name(o))} onClick={() => load(o.scenario)}>
                    {t.loadOption}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {options.length > FIRST_ROWS && (
        <button type="button" className="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t.showFewer : t.showAll(options.length)}
        </button>
      )}
      {plan.excluded.length > 0 && (
        <div className="field__hint" data-testid="not-compared">
          <p>{t.notCompared}</p>
          <ul>
            {plan.excluded.map((x) => (
              <li key={x.offering} data-offering={x.offering}>{why(x)}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
