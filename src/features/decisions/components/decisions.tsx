/**
 * The decision tools under the calculator: break-even (dedicated), pay per call or dedicated
 * (pay-per-call offerings), the cross-vendor comparison with a recommendation, and the spike plan.
 * They follow the inputs at lower priority than the form, so typing stays within a frame.
 */
import { memo, useDeferredValue, useMemo } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import { isDedicated, validateScenario, type ScenarioDoc } from '../../../engine/scenario.ts';
import { useT } from '../../../lib/i18n/locale.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { BreakEvenPanel } from './break-even-panel.tsx';
import { ComparePanel } from './compare-panel.tsx';
import { SpikePanel } from './spike-panel.tsx';
import { VolumePanel } from './volume-panel.tsx';
import './decisions.css';

export default function Decisions({ catalogs }: { catalogs: Catalogs }) {
  // The urgent render (a keystroke) hands the content the previous inputs, so memo skips it entirely;
  // the content re-renders only in the deferred render, with the new inputs.
  const inputs = useDeferredValue(useCalculator((s) => s.inputs));
  return <DecisionsContent inputs={inputs} catalogs={catalogs} />;
}

const DecisionsContent = memo(function DecisionsContent({ inputs, catalogs }: { inputs: ScenarioDoc; catalogs: Catalogs }) {
  const t = useT();
  const v = useMemo(() => validateScenario(inputs, catalogs), [inputs, catalogs]);
  if (!v.ok) return null;
  const dedicated = isDedicated(v.scenario.offering);
  return (
    // data-inputs names the scenario the tools show (a few hundred bytes): tests and bench:charts wait on it.
    <section className="decisions" aria-labelledby="decide-heading" data-testid="decisions" data-inputs={JSON.stringify(inputs)}>
      <h2 id="decide-heading">{t.decide}</h2>
      <p className="field__hint">{t.decideHint}</p>
      <div className="decisions__grid">
        {dedicated ? <BreakEvenPanel scenario={v.scenario} catalogs={catalogs} /> : <VolumePanel scenario={v.scenario} catalogs={catalogs} />}
        {dedicated && <SpikePanel key={`${v.scenario.offering} ${v.scenario.edition}`} scenario={v.scenario} catalogs={catalogs} />}
      </div>
      <ComparePanel scenario={v.scenario} catalogs={catalogs} />
    </section>
  );
});
