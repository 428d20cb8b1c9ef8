/** One-click starting points: the vendors' worked examples, named by what each shows. */
import { memo } from 'react';
import { WORKED_EXAMPLES } from '../../../engine/worked-examples.ts';
import { formatMoney, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { useCalculator } from '../../../stores/calculator.ts';

export const Presets = memo(function Presets() {
  const t = useT();
  const locale = useLocale();
  const load = useCalculator((s) => s.load);
  return (
    <nav className="presets" aria-labelledby="presets-heading">
      <h2 id="presets-heading">{t.presets}</h2>
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
    </nav>
  );
});
