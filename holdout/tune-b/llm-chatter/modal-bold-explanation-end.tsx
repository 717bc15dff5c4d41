import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";

export function Modal({ open, onClose, children }: { open: boolean; onClose: () => void; children: React.ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return createPortal(
    <dialog ref={ref} onClose={onClose} className="modal">
      {children}
    </dialog>,
    document.body
  );
}

**Explanation:**
- **`<dialog>`**: uses the native element, so focus trapping and Escape handling come for free.
- **Portal**: renders into `document.body` to avoid z-index issues.
