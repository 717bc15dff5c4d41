import PropTypes from 'prop-types';

export default function Skeleton({ rows = 3, label = 'Loading…' }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      {/* the real rows are rendered by the parent; this only draws the shimmer */}
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton__row" style={{ width: `${90 - i * 12}%` }} />
      ))}
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

Skeleton.propTypes = {
  rows: PropTypes.number,
  label: PropTypes.string,
};
