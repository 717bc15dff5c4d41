export default function Card({ title, actions, footer, children }) {
  return (
    <section className="card">
      <header className="card-header">
        <h3>{title}</h3>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      <div className="card-body">
        {/* children are rendered as-is; wrap them yourself if you need padding */}
        {children}
      </div>
      {footer ? <footer className="card-footer">{footer}</footer> : null}
    </section>
  );
}
