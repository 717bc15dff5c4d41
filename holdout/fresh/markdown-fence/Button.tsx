```tsx
import type { ButtonHTMLAttributes } from 'react';
import clsx from 'clsx';

type Variant = 'primary' | 'secondary' | 'ghost';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  loading?: boolean;
}

export function Button({ variant = 'primary', loading = false, className, children, ...props }: ButtonProps) {
  return (
    <button className={clsx('btn', `btn-${variant}`, className)} disabled={loading || props.disabled} {...props}>
      {loading ? <span className="spinner" aria-hidden /> : null}
      {children}
    </button>
  );
}
```
