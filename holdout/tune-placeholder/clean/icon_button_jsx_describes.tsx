import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon?: ReactNode;
  label: string;
}

export function IconButton({ icon, label, className = '', ...props }: IconButtonProps) {
  return (
    <button type="button" className={`icon-button ${className}`} aria-label={label} {...props}>
      {/* The icon is optional; the label is rendered as-is for screen readers */}
      {icon}
      <span className="sr-only">{label}</span>
    </button>
  );
}
