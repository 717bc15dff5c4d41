import { formatDistanceToNow } from 'date-fns';

export interface Notification {
  id: string;
  text: string;
  createdAt: string;
  read: boolean;
}

export default function NotificationList({ items }: { items: Notification[] }) {
  if (items.length === 0) {
    return <p className="muted">No notifications</p>;
  }
  return (
    <ul className="notifications">
      {items.map((item) => (
