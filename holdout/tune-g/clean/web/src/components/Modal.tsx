import { useEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

type ModalProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
} & Omit<ComponentPropsWithoutRef<'dialog'>, 'open' | 'title'>;

/**
 * Accessible modal built on <dialog>.
 * Note: focus trapping is handled by the browser; the rest is styling.
 */
export function Modal({ open, title, onClose, children, ...dialogProps }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return createPortal(
    <dialog ref={ref} onClose={onClose} aria-labelledby="modal-title" {...dialogProps}>
      <h2 id="modal-title">{title}</h2>
      {children}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>,
    document.body,
  );
}
