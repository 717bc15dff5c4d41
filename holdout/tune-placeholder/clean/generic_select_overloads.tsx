import type { ReactElement } from 'react';

type SingleProps<T> = { multiple?: false; value: T; onChange: (v: T) => void };
type MultiProps<T> = { multiple: true; value: T[]; onChange: (v: T[]) => void };

export function Select<T extends string>(props: SingleProps<T> & { options: T[] }): ReactElement;
export function Select<T extends string>(props: MultiProps<T> & { options: T[] }): ReactElement;
export function Select<T extends string>(props: (SingleProps<T> | MultiProps<T>) & { options: T[] }): ReactElement {
  if (props.multiple) {
    const { value, onChange, options } = props;
    return (
      <select multiple value={value} onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => o.value as T))}>
        {options.map((o) => <option key={o}>{o}</option>)}
      </select>
    );
  }
  const { value, onChange, options } = props;
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => <option key={o}>{o}</option>)}
    </select>
  );
}
