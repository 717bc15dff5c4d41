import { InboxIcon } from './icons';

export function EmptyState({ title = 'No messages', description, action }) {
  return (
    <div className="empty-state">
      <InboxIcon aria-hidden="true" className="empty-state__icon" />
      <h2>{title}</h2>
      {description && <p className="empty-state__description">{description}</p>}
      {action && (
        <div className="empty-state__action">
          {action}
        </div>
      )}
    </div