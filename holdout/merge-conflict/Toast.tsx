<<<<<<< HEAD
import { useEffect } from "react";
=======
import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
>>>>>>> b7d09aa (Render toasts in a portal)
import clsx from "clsx";

export type ToastTone = "info" | "success" | "error";

export interface ToastProps {
  message: string;
  tone?: ToastTone;
  durationMs?: number;
  onDismiss: () => void;
}

export function Toast({ message, tone = "info", durationMs = 4000, onDismiss }: ToastProps) {
  useEffect(() => {
    const t = setTimeout(onDismiss, durationMs);
    return () => clearTimeout(t);
  }, [durationMs, onDismiss]);

  return (
    <div role="status" className={clsx("toast", `toast--${tone}`)}>
      {message}
      <button aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
