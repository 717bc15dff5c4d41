import React from "react";

export default function Card({ title, loading = false, footer, children, ...props }) {
  return (
    <article className="card" {...props}>
      <header className="card-header">
        <h3>{title}</h3>
      </header>
      <div className="card-body">
        {loading ? <p className="muted">Loading...</p> : children}
      </div>
      {footer && <footer className="card-footer">{footer}</footer>}
    </article>
  );
}

export function CardGrid({ items, ...rest }) {
  return (
    <div className="card-grid" {...rest}>
      {items.map(({ id, ...item }) => (
        <Card key={id} {...item} />
      ))}
    </div>
  );
}
