import type { HTMLAttributes, ReactNode } from 'react';

interface EmptyStateProps extends HTMLAttributes<HTMLDivElement> {
  title?: string;
  action?: ReactNode;
}

export function EmptyState({ title = 'Nothing here yet', action, ...rest }: EmptyStateProps) {
  return (
    <div className="empty-state" role="status" {...rest}>
      <h3>{title}</h3>
      <p>
        When you create your first project it will show up here. Note: projects you archive are
        moved to the Archive tab rather than deleted.
      </p>
      {action}
    </div>
  );
}
