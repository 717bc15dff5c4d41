import { useState } from 'react';
import { BellIcon } from './icons';

export function NotificationBell({ notifications, onOpen }) {
  const [open, setOpen] = useState(false);
  const unread = notifications.filter((n) => !n.read).length;

  return (
    <div className="bell">
      <button
        aria-label={`Notifications (${unread} unread)`}
        onClick={() => {
          setOpen((o) => !o);
          onOpen?.();
        }}
      >
        <BellIcon />
<<<<<<< HEAD
=======
        {unread > 0 && <span className="bell__badge">{unread > 9 ? '9+' : unread}</span>}
>>>>>>> feat/unread-badge
      </button>
      {open && (
        <ul className="bell__list">
          {notifications.map((n) => (
            <li key={n.id} className={n.read ? '' : 'unread'}>{n.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
