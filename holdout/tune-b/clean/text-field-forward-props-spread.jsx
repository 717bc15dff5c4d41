import { forwardRef } from "react";

export const TextField = forwardRef(function TextField({ label, error, ...props }, ref) {
  const id = props.id || props.name;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} aria-invalid={Boolean(error)} {...props} />
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
});

export function TagList({ tags, extra = [] }) {
  return (
    <ul className="tags">
      {[...tags, ...extra].map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}
