/**
 * What a total rests on, in words (RULES.md, "Comparisons must not mislead"): the engine's flags as
 * small tags beside the figure they qualify, in the comparison's rows and the spike plan alike, and
 * a legend that says what each tag shown means.
 */
import type { ReactNode } from 'react';
import { FLAGS, type Flag } from '../../../engine/decisions/compare.ts';
import { useT } from '../../../lib/i18n/locale.ts';

export function FlagTags({ flags, children }: { flags: readonly Flag[]; children?: ReactNode }) {
  const t = useT();
  if (flags.length === 0 && !children) return null;
  return (
    <ul className="tags" aria-label={t.flagsLabel}>
      {children}
      {flags.map((f) => (
        <li key={f} className={`tag tag--${f}`} data-flag={f}>
          {t.flags[f]}
        </li>
      ))}
    </ul>
  );
}

/** Each tag that appears in `shown`, with what it means, in the order of FLAGS. */
export function FlagLegend({ shown }: { shown: ReadonlySet<Flag> }) {
  const t = useT();
  const flags = FLAGS.filter((f) => shown.has(f));
  if (flags.length === 0) return null;
  return (
    <dl className="tag-legend" data-testid="tag-legend">
      {flags.map((f) => (
        <div key={f}>
          <dt>
            <span className={`tag tag--${f}`}>{t.flags[f]}</span>
          </dt>
          <dd>{t.flagHelp[f]}</dd>
        </div>
      ))}
    </dl>
  );
}
