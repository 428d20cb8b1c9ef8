/** Calls per month (with friendly magnitudes), peak QPS, payload sizes, optional monthly GB. */
import { memo, useCallback, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { formatDecimal, useLocale, useT } from '../../../lib/i18n/locale.ts';
import { describeCount, parseCount } from '../../../lib/magnitude.ts';
import { fieldMessage } from '../field-errors.ts';
import { useCalculatorApi, useFields } from '../../../stores/calculator.ts';

/** Sizes beyond these are almost surely a unit mistake (an API payload of 10 MB, 10^12 calls a month). */
const USUAL = { callsPerMonth: 1e12, responseKB: 10_240, requestKB: 10_240, peakQps: 1e6 } as const;

function unusual(value: unknown, limit: number): boolean {
  const n = Number(value);
  return Number.isFinite(n) && n > limit;
}

const FIELDS = ['callsPerMonth', 'peakQps', 'responseKB', 'requestKB', 'clientGB', 'backendGB'] as const;

export const WorkloadFields = memo(function WorkloadFields({ errorOf }: { errorOf: (field: string) => string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const inputs = useFields(FIELDS);
  const api = useCalculatorApi();
  const set = api.getState().textSetter;
  const err = (field: string) => fieldMessage(t, field, errorOf(field));
  // What the user is typing into calls (e.g. "5M"), until they leave the field; the store holds the count.
  const [callsDraft, setCallsDraft] = useState<string | null>(null);
  const calls = String(inputs.callsPerMonth ?? '');
  const magnitude = describeCount(calls, locale);
  const onCalls = useCallback(
    (text: string) => {
      setCallsDraft(text);
      const parsed = parseCount(text);
      api.getState().setField('callsPerMonth', parsed === '' ? undefined : parsed);
    },
    [api],
  );
  const endCallsDraft = useCallback(() => setCallsDraft(null), []);

  return (
    <fieldset className="panel">
      <legend>{t.workload}</legend>
      <TextField
        name="callsPerMonth"
        label={t.calls}
        inputMode="text"
        unit={t.callsUnit}
        value={callsDraft ?? calls}
        error={err('callsPerMonth')}
        warning={unusual(calls, USUAL.callsPerMonth) ? t.unusual(t.calls) : undefined}
        echo={
          <span data-testid="calls-magnitude">
            {magnitude ? `= ${magnitude} ${t.callsUnit} · ` : /^\d+$/.test(calls) ? `= ${formatDecimal(calls, locale)} · ` : ''}
          </span>
        }
        hint={t.callsHint}
        onChange={onCalls}
        onBlur={endCallsDraft}
      />
      <TextField
        name="peakQps"
        label={t.peakQps}
        unit="QPS"
        value={inputs.peakQps}
        hint={t.peakQpsHint}
        error={err('peakQps')}
        warning={unusual(inputs.peakQps, USUAL.peakQps) ? t.unusual(t.peakQps) : undefined}
        onChange={set('peakQps')}
      />
      <div className="pair">
        <TextField
          name="responseKB"
          label={t.responseKB}
          unit={t.kb}
          value={inputs.responseKB}
          error={err('responseKB')}
          warning={unusual(inputs.responseKB, USUAL.responseKB) ? t.unusual(t.responseKB) : undefined}
          onChange={set('responseKB')}
        />
        <TextField
          name="requestKB"
          label={t.requestKB}
          unit={t.kb}
          value={inputs.requestKB}
          error={err('requestKB')}
          warning={unusual(inputs.requestKB, USUAL.requestKB) ? t.unusual(t.requestKB) : undefined}
          onChange={set('requestKB')}
        />
      </div>
      <details className="more" open={inputs.clientGB !== undefined || inputs.backendGB !== undefined}>
        <summary>{t.gbKnown}</summary>
        <div className="pair">
          <TextField
            name="clientGB"
            label={t.clientGB}
            unit={t.gb}
            value={inputs.clientGB}
            hint={t.gbHint}
            error={err('clientGB')}
            onChange={set('clientGB')}
          />
          <TextField
            name="backendGB"
            label={t.backendGB}
            unit={t.gb}
            value={inputs.backendGB}
            hint={t.gbHint}
            error={err('backendGB')}
            onChange={set('backendGB')}
          />
        </div>
      </details>
    </fieldset>
  );
});
