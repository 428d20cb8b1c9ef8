/** The calculator's form, editing the item in focus, and the message of a link that could not be opened. */
import type { Catalogs } from '../../../engine/catalog.ts';
import { useT } from '../../../lib/i18n/locale.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import type { LinkProblem } from '../../../stores/initial-estimate.ts';
import type { EstimateView } from '../use-estimate.ts';
import { PricingFields, priceKeysOf } from './pricing-fields.tsx';
import { ProductFields } from './product-fields.tsx';
import { TopologyFields } from './topology-fields.tsx';
import { WorkloadFields } from './workload-fields.tsx';

export function LinkError({ problem }: { problem: LinkProblem }) {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert" data-testid="error">
      <p>{t.linkError(problem.fields.length > 0 ? t.linkFields(problem.fields.join(', ')) : '')}</p>
      <details>
        <summary>{t.details}</summary>
        <p>{problem.message}</p>
      </details>
    </div>
  );
}

/**
 * The form, editing the item in focus (inside a CalculatorProvider): product, workload, topology,
 * account and prices. Each section re-renders only when its own fields, errors or hints change.
 */
export function CalculatorForm({ catalogs, view }: { catalogs: Catalogs; view: EstimateView }) {
  const t = useT();
  const { inUse, missing } = priceKeysOf(view);
  const label = useCalculator((s) => s.estimate.items[s.focus]?.label ?? '');
  const focus = useCalculator((s) => s.focus);
  const count = useCalculator((s) => s.estimate.items.length);
  return (
    <form className="calculator__form" onSubmit={(e) => e.preventDefault()} noValidate aria-labelledby="form-heading">
      <h2 id="form-heading" className="form-heading">
        {count > 1 ? t.builder.editingItem(label.trim() === '' ? t.itemLabel(focus + 1) : label) : t.builder.configuration}
      </h2>
      <ProductFields catalogs={catalogs} errorOf={view.errorOf} />
      <WorkloadFields errorOf={view.errorOf} />
      <TopologyFields catalogs={catalogs} />
      <PricingFields catalogs={catalogs} errorOf={view.errorOf} keysInUse={inUse} missingKeys={missing} />
    </form>
  );
}
