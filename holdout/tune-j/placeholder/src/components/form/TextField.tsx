import { forwardRef, useId, type InputHTMLAttributes } from 'react';
import clsx from 'clsx';
import styles from './TextField.module.css';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  // …rest of the code unchanged
}

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, helperText, error, size = 'md', className, id, ...rest },
  ref,
) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const describedBy = helperText || error ? `${inputId}-desc` : undefined;

  return (
    <div className={clsx(styles.field, styles[size], error && styles.invalid, className)}>
      <label htmlFor={inputId}>{label}</label>
      <input ref={ref} id={inputId} aria-invalid={!!error} aria-describedby={describedBy} {...rest} />
      {describedBy && (
        <p id={describedBy} className={styles.help}>
          {error ?? helperText}
        </p>
      )}
    </div>
  );
});
