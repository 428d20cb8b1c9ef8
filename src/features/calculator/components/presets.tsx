/**
 * The vendors' own worked examples, in a drawer: each loads into the item in focus, so its figure can
 * be checked against the vendor's result.
 */
import { memo } from 'react';
import { WORKED_EXAMPLES } from '../../../engine/worked-examples.ts';
import { formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { useCalculator } from '../../../stores/calculator.ts';

export const Presets = memo(function Presets() {
  const t = useT();
  const locale = useLocale();
  const load = useCalculator((s) => s.load);
  return (
    <details className="presets panel" data-testid="presets">
      <summary>{t.builder.checkExamples}</summary>
      <p className="field__hint">{t.builder.checkExamplesHint}</p>
      <ul>
        {WORKED_EXAMPLES.map((e) => (
          <li key={e.id}>
            <button type="button" data-preset={e.id} onClick={() => load(e.scenario)}>
              <span>{e.title[locale]}</span>
              <small>{t.presetHint(formatMoney(e.total, locale))}</small>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
});
