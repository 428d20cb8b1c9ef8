/** A labelled form control with its unit, hint and error, wired for screen readers. */
import { memo, useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  hint?: ReactNode;
  /**
   * What the typed text reads as ("= 5 M calls"), shown before the hint but kept out of the field's
   * description: a description that changes with every keystroke is re-read by assistive technology,
   * and Chromium's form autofill re-analyses the whole form each time one does (some 20 ms of the
   * browser's time per keystroke).
   */
  echo?: ReactNode;
  error?: string;
  warning?: string;
  unit?: string;
  /** Renders the control, given its id and the ids that describe it. */
  children: (a11y: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

export function Field({ label, hint, echo, error, warning, unit, children }: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`, warning && `${id}-warning`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="field__control">
        {children({ id, ...(described && { 'aria-describedby': described }), ...(error && { 'aria-invalid': true as const }) })}
        {unit && <span className="field__unit">{unit}</span>}
      </div>
      {echo ? (
        <p className="field__hint">
          {echo}
          {hint && <span id={`${id}-hint`}>{hint}</span>}
        </p>
      ) : (
        hint && (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )
      )}
      {warning && (
        <p className="field__warning" id={`${id}-warning`}>
          {warning}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  value: unknown;
  onChange: (text: string) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  /** See Field: what the typed text reads as, not part of the field's description. */
  echo?: ReactNode;
  error?: string;
  warning?: string;
  unit?: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

/**
 * A text input for a number: typed text is kept as it is (never lost to a number parser). Memoized:
 * given a stable `onChange` (the store's textSetter), typing in one field leaves the others untouched, which
 * matters because React rewrites an input's name, type and value attributes whenever it re-renders.
 */
export const TextField = memo(function TextField({
  name,
  label,
  value,
  onChange,
  onBlur,
  hint,
  echo,
  error,
  warning,
  unit,
  placeholder,
  inputMode = 'decimal',
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} echo={echo} error={error} warning={warning} unit={unit}>
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          name={name}
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={value === undefined || value === null ? '' : String(value)}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
});

interface SelectFieldProps<T extends string> {
  name: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A labelled select of fixed choices. */
export function SelectField<T extends string>({ name, label, value, options, onChange }: SelectFieldProps<T>) {
  return (
    <Field label={label}>
      {(a11y) => (
        <select {...a11y} name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
