```JSX
import { useEffect } from 'react';

export function Toast({ message, kind = 'info', onDismiss, timeout = 4000 }) {
  useEffect(() => {
    const t = setTimeout(onDismiss, timeout);
    return () => clearTimeout(t);
  }, [onDismiss, timeout]);

  return (
    <div role="status" className={`toast toast-${kind}`}>
      <span>{message}</span>
      <button aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
```