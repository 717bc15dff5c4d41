import { useEffect } from 'react';
import { createPortal } from 'react-dom';

export default function Modal({ open, onClose, title, children, ...rest }) {
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  if (!open) return null;

  return createPortal(
    <>
      {/* backdrop: clicking it closes the dialog */}
      <div className="modal-backdrop" onClick={onClose} />
      <div role="dialog" aria-modal="true" aria-labelledby="modal-title" className="modal" {...rest}>
        <h2 id="modal-title">{title}</h2>
        {children}
        {/* footer buttons are provided by the caller via children */}
      </div>
    </>,
    document.body
  );
}
