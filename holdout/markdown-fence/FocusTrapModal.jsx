import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import FocusTrap from 'focus-trap-react';

export default function FocusTrapModal({ open, onClose, title, children }) {
  const closeRef = useRef(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    closeRef.current?.focus();
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  if (!open) return null;

  return createPortal(
    <FocusTrap>
      <div className="modal__backdrop" onClick={onClose}>
        <div role="dialog" aria-modal="true" aria-label={title} onClick={(e) => e.stopPropagation()}>
          <h2>{title}</h2>
          {children}
          <button ref={closeRef} onClick={onClose}>Close</button>
        </div>
      </div>
    </FocusTrap>,
    document.body
  );
}
```

```bash
npm install focus-trap-react
```
