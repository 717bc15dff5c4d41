import clsx from 'clsx';
import styles from './Button.module.css';

/**
 * Button with our design-system variants.
 * Any other prop (onClick, aria-*, data-*, etc.) is passed through unchanged.
 */
export function Button({ variant = 'primary', size = 'md', className, children, ...props }) {
  return (
    <button
      type="button"
      className={clsx(styles.button, styles[variant], styles[size], className)}
      {...props}
    >
      {children}
    </button>
  );
}

export function IconButton({ icon, label, ...rest }) {
  return (
    <Button variant="ghost" aria-label={label} {...rest}>
      {icon}
    </Button>
  );
}

export function LoadingButton({ loading, children, ...rest }) {
  return (
    <Button disabled={loading} {...rest}>
      {loading ? 'Saving...' : children}
    </Button>
  );
}
