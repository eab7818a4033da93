import { useId, type ReactNode } from 'react';

type SelectFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  disabled?: boolean;
  /** Used as the select's id; generated when left out. */
  id?: string;
  name?: string;
};

/** A native <select> with a visible label: keyboard- and screen-reader friendly for free. */
export function SelectField({
  label,
  value,
  onChange,
  children,
  disabled,
  id,
  name,
}: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  return (
    <div className="field">
      <label className="field__label" htmlFor={selectId}>
        {label}
      </label>
      <select
        id={selectId}
        name={name}
        className="field__control"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
