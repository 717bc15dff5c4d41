src/components/Modal.tsx
```
<<<<<<< SEARCH
export function Modal({ children }: { children: React.ReactNode }) {
  return <div className="modal">{children}</div>;
}
=======
export function Modal({ open, children }: { open: boolean; children: React.ReactNode }) {
  if (!open) return null;
  return (
    <div className="modal" role="dialog" aria-modal="true">
      {children}
    </div>
  );
}
>>>>>>> REPLACE
```
