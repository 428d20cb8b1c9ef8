/**
 * The decision tools under the calculator: the estimate over its 36-month term, break-even (dedicated),
 * pay per call or dedicated (pay-per-call offerings), the cross-vendor comparison with a recommendation,
 * the spike plan, and 2–4 items or options side by side. They follow the inputs once typing pauses
 * (and at once when another item takes the focus), as a transition: while the user types, a keystroke
 * renders and paints the form, the totals and the items only.
 */
import { memo, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { cityOf, planComparison, planKey } from '../../../engine/decisions/compare.ts';
import type { EstimateDoc } from '../../../engine/estimates/document.ts';
import { markupOf, quoteEstimate } from '../../../engine/estimates/pricing.ts';
import { isDedicated, validateScenario, withMarkup, type Scenario, type ScenarioDoc } from '../../../engine/scenario.ts';
import { offers, restricts, usePartner } from '../../../lib/partner.ts';
import { useT } from '../../../lib/i18n/locale.ts';
import { useKeyed } from '../../../lib/use-keyed.ts';
import { useSettled } from '../../../lib/use-settled.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { MAX_PICKS, compareSettingsOf, firstYearEnds, itemColumn, optionColumn, pickId, resolvePick, termCash, type Column, type Pick } from '../term-data.ts';
import { BreakEvenPanel } from './break-even-panel.tsx';
import { catalogVersions } from './chart-format.ts';
import { ComparePanel } from './compare-panel.tsx';
import { SideBySidePanel } from './side-by-side.tsx';
import { SpikePanel } from './spike-panel.tsx';
import { TermPanel } from './term-panel.tsx';
import { VolumePanel } from './volume-panel.tsx';
import './decisions.css';

/** How long typing must pause before the decision tools follow (a fast typist's keys are 100–150 ms apart). */
const SETTLE_MS = 200;

export default function Decisions({ catalogs }: { catalogs: Catalogs }) {
  // While the inputs change, the content gets the settled ones, so memo skips it entirely.
  const inputs = useCalculator((s) => s.inputs);
  const estimate = useCalculator((s) => s.estimate);
  const focus = useCalculator((s) => s.focus);
  const current = useMemo(() => ({ inputs, estimate }), [inputs, estimate]);
  const settled = useSettled(current, SETTLE_MS, focus);
  return <DecisionsContent inputs={settled.inputs} estimate={settled.estimate} catalogs={catalogs} />;
}

const DecisionsContent = memo(function DecisionsContent({ inputs, estimate, catalogs }: { inputs: ScenarioDoc; estimate: EstimateDoc; catalogs: Catalogs }) {
  const t = useT();
  // Every option is priced with the partner's margin: the ranking compares what the partner sells.
  const { markupPercent } = usePartner();
  const v = useMemo(() => {
    const r = validateScenario(inputs, catalogs);
    return r.ok ? { ...r, scenario: withMarkup(r.scenario, markupOf({ markupPercent })) } : r;
  }, [inputs, catalogs, markupPercent]);
  const [picks, setPicks] = useState<Pick[]>([]);
  if (!v.ok) return null;
  return (
    // data-inputs names the scenario the tools show (a few hundred bytes): tests and bench:charts wait on it.
    <section className="decisions" aria-labelledby="decide-heading" data-testid="decisions" data-inputs={JSON.stringify(inputs)}>
      <h2 id="decide-heading">{t.decide}</h2>
      <p className="field__hint">{t.decideHint}</p>
      <DecisionTools scenario={v.scenario} inputs={inputs} estimate={estimate} catalogs={catalogs} picks={picks} setPicks={setPicks} />
    </section>
  );
});

interface ToolsProps {
  /** The item in focus, validated, and as typed. */
  scenario: Scenario;
  inputs: ScenarioDoc;
  estimate: EstimateDoc;
  catalogs: Catalogs;
  picks: Pick[];
  setPicks: Dispatch<SetStateAction<Pick[]>>;
}

function DecisionTools({ scenario, inputs, estimate, catalogs, picks, setPicks }: ToolsProps) {
  const t = useT();
  // The estimate over its term: priced here, in the deferred render, and only when the estimate
  // changes; totals and months only (no item's lines are explained).
  const { markupPercent } = usePartner();
  const term = useMemo(() => quoteEstimate(estimate, catalogs, { explain: false, markupPercent }), [estimate, catalogs, markupPercent]);
  const cash = useMemo(() => (term.ok ? termCash(term.output.months) : undefined), [term]);
  const firstYear = useMemo(() => (term.ok ? firstYearEnds(term.estimate, catalogs) : []), [term, catalogs]);
  // The comparison takes the estimate's vendor discounts, first-year months and growth.
  const settings = useMemo(() => (term.ok ? compareSettingsOf(term.estimate, inputs) : {}), [term, inputs]);
  const city = cityOf(catalogs, scenario.offering, scenario.region);
  // The option set depends on everything but the workload (and the vendors' discounts); typing calls only re-prices it.
  // Only the offerings the partner offers are compared.
  const partner = usePartner();
  const plan = useKeyed(JSON.stringify([planKey(scenario, city), settings.discounts ?? {}, catalogVersions(catalogs)]), () => {
    const all = planComparison(scenario, catalogs, { ...settings, city });
    return restricts(partner)
      ? { ...all, planned: all.planned.filter((p) => offers(partner, p.offering)), excluded: all.excluded.filter((x) => offers(partner, x.offering)) }
      : all;
  });

  // The picks as they stand now (an item moved, an option no longer compared), each priced for its column.
  const { live, columns } = useMemo(() => {
    const resolved = picks.map((p) => resolvePick(p, estimate)).filter((p) => p !== undefined);
    const priced = resolved.map((p) =>
      p.kind === 'item'
        ? itemColumn(estimate, p.index, term.ok ? term.output.items[p.index]?.monthly : undefined, catalogs, markupPercent)
        : optionColumn(plan, p.key, scenario, catalogs, settings),
    );
    return {
      live: resolved.filter((_, i) => priced[i] !== undefined),
      columns: priced.filter((c): c is Column => c !== undefined),
    };
  }, [picks, estimate, term, plan, scenario, catalogs, settings, markupPercent]);
  const ids = new Set(live.map(pickId));
  const full = live.length >= MAX_PICKS;
  const isPicked = (p: Pick) => ids.has(pickId(p));
  const toggle = (p: Pick) => {
    if (isPicked(p)) setPicks(live.filter((x) => pickId(x) !== pickId(p)));
    else if (!full) setPicks([...live, p]);
  };
  const remove = (id: string) => setPicks(live.filter((x) => pickId(x) !== id));

  const dedicated = isDedicated(scenario.offering);
  const several = estimate.items.length > 1;
  return (
    <>
      {term.ok && cash ? (
        <TermPanel
          estimate={estimate}
          output={term.output}
          cash={cash}
          firstYear={firstYear}
          catalogs={catalogs}
          isPicked={isPicked}
          full={full}
          onToggle={toggle}
        />
      ) : (
        <p className="notice notice--warn" data-testid="term-invalid">
          {t.termChart.invalid}
        </p>
      )}
      <div className="decisions__grid">
        {dedicated ? <BreakEvenPanel scenario={scenario} catalogs={catalogs} /> : <VolumePanel scenario={scenario} catalogs={catalogs} />}
        {dedicated && <SpikePanel key={`${scenario.offering} ${scenario.edition}`} scenario={scenario} catalogs={catalogs} />}
      </div>
      <ComparePanel
        scenario={scenario}
        catalogs={catalogs}
        plan={plan}
        settings={settings}
        {...(several && { itemLabel: estimate.items.find((item) => item.scenario === inputs)?.label })}
        isPicked={isPicked}
        full={full}
        picked={live.length}
        onToggle={toggle}
      />
      <SideBySidePanel columns={columns} catalogs={catalogs} onRemove={remove} />
    </>
  );
}
