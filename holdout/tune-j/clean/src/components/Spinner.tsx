import clsx from 'clsx';

interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  overlay?: boolean;
  label?: string;
}

export function Spinner({ size = 'md', overlay = false, label = 'Loading…' }: SpinnerProps) {
  return (
    <div className={clsx('spinner', `spinner--${size}`, overlay && 'spinner--overlay')} role="status">
      {/* pointer-events: none on the overlay, so the rest of the layout stays interactive */}
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="10" fill="none" strokeWidth="3" />
      </svg>
      <span className="sr-only">{label}</span>
    </div>
  );
}
