/**
 * A cost drawn as a bar inside a table row: the bar chart of a ranking, with the exact amount beside
 * it as text. Plain HTML is accessible and nearly free to update, where a chart library costs ~20 ms
 * per update on a modest machine.
 */
import { dec } from '../../../engine/money.ts';

/** `value` relative to `max` (decimal strings); nothing is drawn for a zero maximum. Muted: an indicative figure. */
export function CostBar({ value, max, muted = false }: { value: string; max: string; muted?: boolean }) {
  const m = dec(max);
  const percent = m.isZero() ? 0 : dec(value).div(m).times(100).toDecimalPlaces(1).toNumber();
  return (
    <span className={muted ? 'cost-bar cost-bar--muted' : 'cost-bar'} aria-hidden="true">
      <span className="cost-bar__fill" style={{ width: `${percent}%` }} />
    </span>
  );
}
