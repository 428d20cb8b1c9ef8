/** The estimate's name (what a quote is called: a customer, a project) and what its prices date from. */
import { memo } from 'react';
import type { Catalogs } from '../../../engine/catalog.ts';
import type { FieldError } from '../../../engine/issues.ts';
import { vendorOf } from '../../../engine/offerings/registry.ts';
import { useT } from '../../../lib/i18n/locale.ts';
import { useCalculator } from '../../../stores/calculator.ts';
import { fieldError } from '../estimate-errors.ts';

export const EstimateHead = memo(function EstimateHead({ catalogs, errors }: { catalogs: Catalogs; errors: readonly FieldError[] }) {
  const t = useT();
  const name = useCalculator((s) => s.estimate.name ?? '');
  const setName = useCalculator((s) => s.setName);
  const count = useCalculator((s) => s.estimate.items.length);
  // The dates the prices were read, for the vendors in the estimate (one date, or the oldest and newest).
  const dates = useCalculator((s) =>
    [...new Set(s.estimate.items.map((i) => catalogs[vendorOf(i.scenario.offering)]?.asOf).filter((d) => d !== undefined))].toSorted().join(' '),
  );
  const [oldest, ...rest] = dates.split(' ');
  const newest = rest.at(-1);
  const error = fieldError(t, errors, 'name');
  return (
    <div className="estimate-head">
      <div className={`estimate-head__name${error ? ' field--invalid' : ''}`}>
        <label htmlFor="estimate-name" className="visually-hidden">
          {t.builder.estimateName}
        </label>
        <input
          id="estimate-name"
          name="estimateName"
          type="text"
          autoComplete="off"
          placeholder={t.builder.estimateNamePlaceholder}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'estimate-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {error && (
          <p className="field__error" id="estimate-name-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <p className="estimate-head__meta">
        <span>{t.builder.itemCount(count)}</span>
        {oldest && <span>{t.builder.pricesUpdated(newest && newest !== oldest ? `${oldest} – ${newest}` : oldest)}</span>}
      </p>
    </div>
  );
});
