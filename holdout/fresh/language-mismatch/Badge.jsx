import React from 'react';

type BadgeVariant = 'success' | 'warning' | 'danger';

interface BadgeProps {
  label: string;
  variant?: BadgeVariant;
  onClick?: () => void;
}

export default function Badge({ label, variant = 'success', onClick }: BadgeProps) {
  return (
    <span className={`badge badge-${variant}`} onClick={onClick}>
      {label}
    </span>
  );
}
