import { useEffect, useState } from "react";
import { Bell } from "lucide-react";
import { subscribe } from "@/lib/realtime";

export function NotificationBell({ userId }: { userId: string }) {
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    return subscribe(`user:${userId}`, (event) => {
      if (event.type === "notification") setUnread((n) => n + 1);
    });
  }, [userId]);

  return (
    <button className="bell" aria-label={`${unread} unread notifications`} onClick={() => setUnread(0)}>
      <Bell size={18} />
      {unread > 0 && <span className="bell__count">{unread > 9 ? "9+" : unread}</span>
    </button>
  );
}

export function NotificationBellSkeleton() {
  return (
    <span className="bell bell--loading" aria-hidden>
      <Bell size={18} />
    </span>
  );
}
