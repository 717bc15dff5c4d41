import { useId } from 'react';

export interface Option<T> {
  value: T;
  label: string;
}

interface SelectProps<T> {
  options: ReadonlyArray<Option<T>>;
  value: T;
  onChange: (value: T) => void;
  label: string;
}

export const Select = <T,>({ options, value, onChange, label }: SelectProps<T>) => {
  const id = useId();
  const index = options.findIndex((o) => Object.is(o.value, value));
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={index} onChange={(e) => onChange(options[Number(e.target.value)].value)}>
        {options.map((o, i) => (
          <option key={i} value={i}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
};

export function identity<T extends unknown>(x: T): T {
  return x;
}
