import { useEffect, useRef, type PropsWithChildren } from "react";
import { createPortal } from "react-dom";

type ModalProps = PropsWithChildren<{
  open: boolean;
  title: string;
  onClose(): void;
}>;

export function Modal({ open, title, onClose, children }: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  if (typeof document === "undefined") return null;

  return createPortal(
    <dialog ref={dialogRef} onCancel={onClose} aria-labelledby="modal-title">
      <header>
        <h2 id="modal-title">{title}</h2>
        <button type="button" aria-label="Close" onClick={onClose}>
          &times;
        </button>
      </header>
      {/* The rest of the content is provided by the caller. */}
      <div className="modal__body">{children}</div>
      <footer>
        {/* TODO(design): secondary action once the spec is final */}
        <button onClick={onClose}>Done</button>
      </footer>
    </dialog>,
    document.body,
  );
}
