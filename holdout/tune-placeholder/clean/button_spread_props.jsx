import clsx from 'clsx';

export default function Button({ variant = 'primary', size = 'md', className, children, ...props }) {
  return (
    <button
      type="button"
      className={clsx('btn', `btn-${variant}`, `btn-${size}`, className)}
      {...props}
    >
      {children}
    </button>
  );
}

export function ButtonGroup({ buttons }) {
  return (
    <div className="btn-group">
      {buttons.map(({ id, label, ...rest }) => (
        <Button key={id} {...rest}>
          {label}
        </Button>
      ))}
    </div>
  );
}
